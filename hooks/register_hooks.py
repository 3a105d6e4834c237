"""MkDocs hooks: load and check the data once, then add a generated page per record.

All logic lives in the `register` package; this file only connects it to MkDocs' events.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from register.opendata.exports import OpenData
from register.site import build, old_site, open_data_files

_state: build.SiteState | None = None
_open_data: OpenData | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _state, _open_data
    _state = build.load_for_build(config)  # stops the build with every problem listed
    config.plugins["macros"].register_variables({"register_state": _state})
    # JSON, CSV, SQLite, data package, 360Giving, DCAT: built once, from the checked register.
    _open_data = open_data_files.build_for_site(_state.register, config, build.last_changed(_state))
    config.plugins["macros"].register_variables({"open_data": _open_data})
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    old_site.set_aside(config)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    assert _state is not None
    assert _open_data is not None
    files = build.add_feed(_state, files, config)
    files = open_data_files.add_files(_open_data, files, config)
    return build.add_record_pages(_state, files, config)


@event_priority(100)  # before any other plugin reads the page
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _state is not None
    return build.page_content(_state, html, page.file.src_uri)


@event_priority(-100)  # after every plugin has added to the context
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    assert _state is not None
    return build.record_page_context(_state, context, page)


@event_priority(-100)  # after every plugin has seen the page
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    assert _state is not None
    build.page_written(_state, page, output)
    return output


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    assert _state is not None
    return build.tune_theme_environment(_state, env)


def on_post_build(config: MkDocsConfig) -> None:
    assert _state is not None
    build.finish_site(_state, config)


def on_build_error(error: Exception) -> None:
    build.build_failed(_state)

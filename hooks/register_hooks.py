"""MkDocs hooks: load and check the data once, then add a generated page per record.

All logic lives in the `register` package; this file only connects it to MkDocs' events.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from register import site

_state: site.SiteState | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _state
    _state = site.load_for_build(config)  # stops the build with every problem listed
    config.plugins["macros"].register_variables({"register_state": _state})
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    assert _state is not None
    return site.add_record_pages(_state, files, config)


@event_priority(-100)  # after every plugin has added to the context
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav: object) -> dict:
    assert _state is not None
    return site.record_page_context(_state, context, page)


@event_priority(-100)  # after every plugin has seen the page
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    assert _state is not None
    site.page_written(_state, page, output)
    return output


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    assert _state is not None
    return site.tune_theme_environment(_state, env)


def on_post_build(config: MkDocsConfig) -> None:
    assert _state is not None
    site.finish_site(_state, config)


def on_build_error(error: Exception) -> None:
    site.build_failed(_state)

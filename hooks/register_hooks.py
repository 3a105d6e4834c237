"""MkDocs hooks: load and check the data once, then add a generated page per record.

All logic lives in the `register` package; this file only connects it to MkDocs' events.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
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
    files = site.patch_search_worker(files, config)
    files = site.add_feed(_state, files, config)
    return site.add_record_pages(_state, files, config)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _state is not None
    return site.record_page_html(_state, page, html)

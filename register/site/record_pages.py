"""Record pages that skip Markdown and hold their HTML only while the theme renders them.

A record page has no Markdown to convert: its HTML comes from the record through the Jinja
templates. `RecordPage` therefore reads no source (no front matter to parse) and renders no
Markdown (MkDocs would build a new Markdown converter for every page). Its HTML is made
right before the theme template needs it (`fill`) and dropped once the page is written
(`release`), so a build holds one record page's HTML at a time instead of all of them: memory
stays flat as the register grows.
"""

from __future__ import annotations

from typing import Any

from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from register.core.registry import Register
from register.site.render import render_record, toc_tokens

# Record pages whose tables need the room: Material's per-page `hide` gives them the width the
# table of contents would take (a partnership's agreements, a body's grants in every column).
WIDE_KINDS = ("partnership", "body")


class RecordPage(Page):
    """The generated page of one record (kind, id), out of the navigation."""

    def __init__(self, title: str, file: File, config: MkDocsConfig, kind: str, record_id: str) -> None:
        # The theme prints titles as HTML (MkDocs' own titles come from rendered headings), and
        # this one comes from data: escape it, or a title with "<script>" would run.
        super().__init__(str(escape(title)), file, config)
        self.record_kind = kind
        self.record_id = record_id

    def read_source(self, config: MkDocsConfig) -> None:
        self.markdown = ""
        # Never evaluated as a template: text from data must stay text. The page template only
        # prints the page that register.site.page_frame has made (overrides/register-record.html).
        self.meta = {"title": self.title, "render_macros": False, "template": "register-record.html"}
        if self.record_kind in WIDE_KINDS:
            self.meta["hide"] = ["toc"]

    def render(self, config: MkDocsConfig, files: Files) -> None:
        self.content = ""  # filled in by `fill` just before the theme template runs
        self.toc = get_toc([])
        self.present_anchor_ids = None  # links to its anchors are not checked (they come from data)


def fill(register: Register, page: Any, **extra: Any) -> None:
    """Give a record page its HTML and table of contents (other pages are left alone).

    `extra` is what the page shows besides the record (build date, git history, links)."""
    if isinstance(page, RecordPage):
        page.content = render_record(register, page.record_kind, page.record_id, **extra)
        page.toc = get_toc(toc_tokens(page.content))  # type: ignore[arg-type]  # the TypedDict's keys


def release(page: Any) -> None:
    """Drop a written record page's HTML: thousands of pages would otherwise stay in memory."""
    if isinstance(page, RecordPage):
        page.content = ""
        page.toc = get_toc([])

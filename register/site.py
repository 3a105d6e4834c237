"""What the MkDocs hook does, kept here so the hook stays thin: load, check, add pages.

Record pages are generated in memory (never written to docs/) and kept out of the navigation,
so the build stays linear in the number of records. Their Markdown is only front matter; the
HTML is rendered straight from the validated records in `on_page_content`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path

import yaml
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from register import feed, glossary
from register.load import default_data_dir, load_register
from register.model import Decision
from register.problems import report
from register.record_extras import BuildInfo, build_info, record_context
from register.registry import Register
from register.render import PageRenderer, record_url, render_record, toc_tokens
from register.timeline import BuildDateError

log = get_plugin_logger(__name__)


@dataclass
class SiteState:
    """One build's validated register and which generated page shows which record."""

    register: Register
    data_dir: Path
    pages: dict[str, tuple[str, str]] = field(default_factory=dict)  # src_uri → (kind, id)
    info: BuildInfo | None = None  # build date, git dates, repository links (record_extras.py)


def load_for_build(config: MkDocsConfig) -> SiteState:
    """Load and check the data once per build; stop the build with every problem listed."""
    data_dir = default_data_dir()
    if not data_dir.is_absolute():
        data_dir = Path(config.config_file_path).parent / data_dir
    register, problems = load_register(data_dir, Path(config.docs_dir))
    if register is None:
        raise PluginError("Datan innehåller fel, så webbplatsen byggs inte:\n" + report(problems))
    try:
        info = build_info(config, data_dir)
    except BuildDateError as error:
        raise PluginError(str(error)) from None
    if info.history.reason:
        log.info("Datum för senaste ändring visas som 'uppgift saknas': %s", info.history.reason)
    # Hand-written pages explain the glossary's terms as abbreviations (Python-Markdown's abbr).
    config.mdx_configs.setdefault("abbr", {})["glossary"] = glossary.abbreviations()
    return SiteState(register, data_dir, info=info)


def add_feed(state: SiteState, files: Files, config: MkDocsConfig) -> Files:
    """The Atom feed of decisions at /feed.xml (linked from every page's head by overrides/main.html)."""
    info = state.info
    assert info is not None

    def last_changed(decision: Decision) -> date | None:
        return info.history.last_changed(info.data_file("decision", decision.case_number))

    content = feed.atom_feed(state.register, config.site_url or "", config.site_name, info.today, last_changed)
    files.append(File.generated(config, feed.FEED_PATH, content=content))
    return files


def add_record_pages(state: SiteState, files: Files, config: MkDocsConfig) -> Files:
    for kind, by_id in state.register.entries.items():
        for record_id, entry in by_id.items():
            src_uri = record_url(kind, record_id).rstrip("/") + ".md"
            # Material puts `title` into <title> and the header, and search `tags` into results via
            # innerHTML, all without escaping (MkDocs' theme Jinja has no autoescape): so both
            # are escaped here, once, and show as the literal text of the data. (Both are used as
            # element text, never attributes, so quotes need no escaping and stay searchable.)
            front = {"title": escape(_title(entry.record, kind), quote=False), "render_macros": False,
                     # Material boosts `tags` in search: the names a record is found by.
                     "tags": [escape(key, quote=False) for key in search_keys(kind, entry.record)]}
            content = "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=True) + "---\n"
            files.append(File.generated(config, src_uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV))
            state.pages[src_uri] = (kind, record_id)
    return files


SEARCH_WORKER_PATCH = Path(__file__).parent / "assets" / "search-stemming.js"


def patch_search_worker(files: Files, config: MkDocsConfig) -> Files:
    """Serve Material's search worker with the Swedish stemming fix appended (same file name)."""
    for file in list(files):
        uri = file.src_uri
        if uri.startswith("assets/javascripts/workers/search.") and uri.endswith(".min.js"):
            original = Path(file.abs_src_path or "").read_text(encoding="utf-8")
            patched = original + "\n" + SEARCH_WORKER_PATCH.read_text(encoding="utf-8")
            files.remove(file)
            files.append(File.generated(config, uri, content=patched))
    return files


def search_keys(kind: str, record: object) -> list[str]:
    """Identifiers and names a reader may type: case number, organisationsnummer, aliases."""
    if kind == "decision":
        return [getattr(record, "case_number")]
    keys = [str(getattr(record, "name")), *getattr(record, "aliases", [])]
    for extra in ("short_name", "org_number"):
        if getattr(record, extra, None):
            keys.append(str(getattr(record, extra)))
    return keys


def _title(record: object, kind: str) -> str:
    if kind == "decision":
        title = getattr(record, "title", None)
        number = getattr(record, "case_number")
        return f"{number}: {title}" if title else number
    return str(getattr(record, "name"))


def record_page_html(state: SiteState, page: Page, html: str) -> str:
    """The HTML of a record page, rendered from the record; other pages pass through."""
    target = state.pages.get(page.file.src_uri)
    if target is None:
        return html
    extra = record_context(state.register, state.info, *target) if state.info else {}
    rendered = render_record(state.register, *target, **extra)
    page.toc = get_toc(toc_tokens(rendered))
    return rendered


def renderer_for(state: SiteState, page_url: str) -> PageRenderer:
    return PageRenderer(state.register, page_url)

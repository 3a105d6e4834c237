"""What the MkDocs hook does, kept here so the hook stays thin: load, check, add pages.

Record pages are generated in memory (never written to docs/) and kept out of the navigation,
so the build stays linear in the number of records. They have no Markdown: their HTML is
rendered straight from the validated records when the theme needs it (register.record_pages).
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from register.core import subset
from register.core.load import default_data_dir, load_register
from register.core.model import Decision, NamedRecord, Record
from register.core.problems import report
from register.core.registry import Register
from register.core.urls import record_url
from register.site import (
    changes_feed,
    feed,
    glossary,
    page_frame,
    record_head,
    record_pages,
    redirects,
    search,
    sitemap,
)
from register.site.history import provenance
from register.site.page_cache import Kept, PageCache, cache_dir, html_digest, sources_digest
from register.site.raw_html import RawHtml
from register.site.record_extras import BuildInfo, build_info, record_context
from register.site.record_pages import RecordPage
from register.site.render import reset_templates
from register.site.search_parts import SearchParts, group_of, part_count, part_of
from register.site.timeline import BuildDateError
from register.site.tracked_register import Fingerprints, Token, TrackedRegister

log = get_plugin_logger(__name__)


@dataclass(repr=False)
class SiteState:
    """One build's validated register and which generated page shows which record."""

    register: Register
    data_dir: Path
    info: BuildInfo  # build date, git dates, repository links (record_extras.py)
    pages: dict[str, tuple[str, str]] = field(default_factory=dict)  # src_uri → (kind, id)
    frames: page_frame.Frames | None = None  # the theme's page per kind of record, set in on_env
    raw_html: RawHtml = field(default_factory=RawHtml)  # macros' HTML blocks, kept out of Markdown
    partial: bool = False  # not the whole register of data/ (a subset or another data folder)
    cache: PageCache = field(default_factory=lambda: PageCache(None))  # pages kept between builds
    sources: str = ""  # digest of what every page is made of besides its data (page_cache.py)
    fingerprints: Fingerprints | None = None
    kept: dict[str, Kept] = field(default_factory=dict)  # record page address → the page kept for it
    reading: dict[str, tuple[Token, ...]] = field(default_factory=dict)  # src_uri → what its page read
    parts: SearchParts | None = None  # the search index, in parts (search_parts.py)
    part_count: int = 1
    part_of_page: dict[str, int] = field(default_factory=dict)  # src_uri → its part of the search index
    page_order: list[str] = field(default_factory=list)  # every record page's address, in one order

    def __repr__(self) -> str:
        # mkdocs-macros writes every variable as JSON for its debug log, even when the log is
        # off; a full repr of thousands of records took longer than building their pages.
        count = sum(len(by_id) for by_id in self.register.entries.values())
        return f"SiteState({count} poster från {self.data_dir})"


def load_for_build(config: MkDocsConfig) -> SiteState:
    """Load and check the data once per build; stop the build with every problem listed."""
    reset_templates()
    data_dir = default_data_dir()
    if not data_dir.is_absolute():
        data_dir = Path(config.config_file_path).parent / data_dir
    patterns = subset.patterns_from_env()
    if patterns:  # make serve-subset: only some records and what they refer to
        register, problems = load_register(data_dir, Path(config.docs_dir), subset.reader(patterns))
    else:
        register, problems = load_register(data_dir, Path(config.docs_dir))
    if register is None:
        raise PluginError("Datan innehåller fel, så webbplatsen byggs inte:\n" + report(problems))
    if patterns:
        log.info(subset.describe(patterns, register.entries))
    try:
        info = build_info(config, data_dir)
    except BuildDateError as error:
        raise PluginError(str(error)) from None
    if info.history.reason:
        log.info("Datum för senaste ändring visas som 'uppgift saknas': %s", info.history.reason)
    # Hand-written pages explain the glossary's terms as abbreviations (Python-Markdown's abbr).
    config.mdx_configs.setdefault("abbr", {})["glossary"] = glossary.abbreviations()
    # Editorial pages name real records; a build of part of the register, or of another data
    # folder (tests, another committee), shows a note where such a record is missing.
    partial = bool(patterns) or bool(os.environ.get("REGISTER_DATA_DIR"))
    project = Path(config.config_file_path).parent
    settings = [config.site_url or "", repr(info.today), repr(info.repository), info.site_name, str(partial)]
    state = SiteState(register, data_dir, info, partial=partial, cache=PageCache(cache_dir()))
    state.sources = sources_digest(project, settings)
    state.fingerprints = Fingerprints(register, data_dir)
    return state


def last_changed(state: SiteState) -> Callable[[str, str], date | None]:
    """The day a record's data file last changed in git (for the open data), or None."""
    info = state.info

    def changed(kind: str, record_id: str) -> date | None:
        return info.history.last_changed(info.data_file(kind, record_id))

    return changed


def add_feed(state: SiteState, files: Files, config: MkDocsConfig) -> Files:
    """The Atom feeds: the register's at /feed.xml (linked from every page's head by
    overrides/main.html) and one per organisation, programme, partnership and body."""
    info = state.info

    def last_changed(decision: Decision) -> date | None:
        return info.history.last_changed(info.data_file("decision", decision.case_number))

    register, site_url = state.register, config.site_url or ""
    content = feed.atom_feed(register, site_url, config.site_name, info.today, last_changed)
    files.append(File.generated(config, feed.FEED_PATH, content=content))
    changes = changes_feed.changes_feed(register, info.history.changes, site_url, config.site_name)
    files.append(File.generated(config, changes_feed.CHANGES_PATH, content=changes))
    for kind in feed.RECORD_FEED_KINDS:
        for record_id in sorted(register.entries[kind]):
            spec = feed.record_feed(register, kind, record_id)
            content = feed.atom_feed(register, site_url, config.site_name, info.today, last_changed, spec)
            files.append(File.generated(config, spec.path, content=content))
    return files


def add_record_pages(state: SiteState, files: Files, config: MkDocsConfig) -> Files:
    """One page per record, out of the navigation, rendered from the record (no Markdown).

    A page kept from an earlier build with the same key (page_cache.py) is not handed to MkDocs:
    it is copied into the site when the build ends. The others go to MkDocs part by part of the
    search index, so each part is indexed as soon as its pages are written (search_parts.py)."""
    assert state.fingerprints is not None
    fingerprints = state.fingerprints
    records = [(kind, record_id) for kind, by_id in state.register.entries.items() for record_id in by_id]
    state.part_count = part_count(len(records))
    members: dict[int, list[str]] = {}
    to_make: dict[int, int] = {}
    digests: dict[str, str] = {}
    making: list[tuple[int, str, str, str]] = []
    written = [file.url.removeprefix("./") for file in files.documentation_pages()]  # hand-written: search part 0
    members[0], to_make[0] = ["/" + url for url in written], len(written)
    for kind, record_id in records:
        src_uri = record_url(kind, record_id).rstrip("/") + ".md"
        url = "/" + record_url(kind, record_id)
        group = group_of(kind, record_id, state.register.get(kind, record_id))
        part = state.part_of_page[src_uri] = 0 if group is None else part_of(group, state.part_count)
        members.setdefault(part, []).append(url)
        to_make.setdefault(part, 0)
        state.pages[src_uri] = (kind, record_id)
        state.page_order.append(url)
        base = page_base(state, kind, record_id)

        def key_of(tokens: tuple[Token, ...], base: str = base) -> str:
            return fingerprints.page_key(base, tokens)

        kept = state.cache.kept(src_uri, key_of)
        if kept is not None:
            state.kept[url] = kept
            digests[url] = kept.digest
        else:
            to_make[part] += 1
            making.append((part, kind, record_id, src_uri))
    for _, kind, record_id, src_uri in sorted(making, key=lambda item: item[0]):  # part by part
        file = File.generated(config, src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV)
        RecordPage(_title(state.register.get(kind, record_id)), file, config, kind, record_id)
        files.append(file)
    cache = state.cache
    state.parts = SearchParts(
        members, to_make, lambda url: cache.read(state.kept[url].key), digests, cache.folder if cache.enabled else None
    )
    return files


def page_base(state: SiteState, kind: str, record_id: str) -> str:
    """What a record page's key holds besides the data it read: what every page shares and
    the git history of its own data file."""
    info = state.info
    label = state.register.name_of(kind, record_id)
    shown = provenance(
        info.history, info.repository, info.data_file(kind, record_id), info.page_url(kind, record_id), label
    )
    return f"{state.sources}|{kind}|{record_id}|{shown!r}"


def _title(record: Record) -> str:
    if isinstance(record, Decision):
        return f"{record.case_number}: {record.title}" if record.title else record.case_number
    assert isinstance(record, NamedRecord)
    return record.name


def record_page_context(state: SiteState, context: dict[str, Any], page: Page) -> dict[str, Any]:
    """Render a record page from the record, and put it into the theme's page frame."""
    if isinstance(page, RecordPage):
        assert state.frames is not None
        kind, record_id = page.record_kind, page.record_id
        register = TrackedRegister(state.register)  # what the page reads is its cache key
        extra = record_context(register, state.info, kind, record_id)
        page.meta["register_head"] = record_head.head_html(register, kind, record_id, state.info.site_url)
        page.meta["description"] = record_head.description(register, kind, record_id)
        page.meta["search_kind"] = search.KIND_NAMES[kind]
        record_pages.fill(register, page, **extra)
        context["register_page"] = state.frames.render(page.record_kind, context, page)
        state.reading[page.file.src_uri] = (("file", kind, record_id), *register.seen)  # its title too
    return context


def page_content(state: SiteState, html: str, page_file: str = "") -> str:
    """A hand-written page after Markdown: put back the HTML blocks its macros set aside."""
    return state.raw_html.restore(html, page_file)


def page_written(state: SiteState, page: Page, html: str) -> None:
    """Keep a record page for later builds, hand every page to its part of the search index,
    and drop a record page's HTML."""
    assert state.parts is not None and state.fingerprints is not None
    searched = search.indexable(html)  # what the index reads; its digest keys the page's part
    digest = html_digest(searched)
    part = 0  # hand-written pages are in the main part of the search index
    if isinstance(page, RecordPage):
        tokens = tuple(sorted(set(state.reading.pop(page.file.src_uri))))
        key = state.fingerprints.page_key(page_base(state, page.record_kind, page.record_id), tokens)
        state.cache.keep(page.file.src_uri, key, tokens, html, digest)
        part = state.part_of_page[page.file.src_uri]
    state.parts.add_page(page.url, searched, digest, part)
    record_pages.release(page)


def build_failed(state: SiteState | None) -> None:
    """Stop the search indexer of a build that failed (else `mkdocs serve` keeps one per error)."""
    if state is not None and state.parts is not None:
        state.parts.close()
        state.parts = None


def tune_theme_environment(state: SiteState, env: Environment) -> Environment:
    """The theme's templates do not change during a build: stop Jinja checking their files
    on every include (each page includes dozens of partials). Record pages get their frames."""
    env.auto_reload = False
    state.frames = page_frame.Frames(env)
    return env


def finish_site(state: SiteState, config: MkDocsConfig) -> None:
    """After MkDocs has written the site: the search index, the sitemap as an index of parts, and
    the addresses people type for a case (redirect pages, in neither of the two)."""
    site_dir = Path(config.site_dir)
    if state.frames is not None:
        log.info(state.frames.summary())
    for url, kept in state.kept.items():  # the pages no edit touched, as the last build made them
        state.cache.copy_to(kept.key, site_dir / url.strip("/") / "index.html")
    log.info(f"{len(state.kept)} postsidor oförändrade sedan förra bygget, kopierade ur cachen")
    assert state.parts is not None
    parts, state.parts = state.parts, None
    waited = time.perf_counter()
    parts.write(site_dir)
    waited = time.perf_counter() - waited
    log.info(
        f"Sökindexet: {len(parts.members)} delar, {parts.indexed} indexerade nu, resten oförändrade; "
        f"bygget väntade {waited:.1f} s på det efter sista sidan"
    )
    state.cache.save()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    log.info(f"MkDocs-processens minnestopp {peak} MB (Pagefind räknas för sig)")
    base = config.site_url or ""
    kept_urls = [base.rstrip("/") + url for url in state.kept]
    sitemap.write_index(site_dir, base, extra=kept_urls, order=[base.rstrip("/") + url for url in state.page_order])
    redirects.write(site_dir, state.register.entries["decision"], config.site_url or "")

"""Over every file of the built site: internal links and anchors resolve, the sitemap lists every
page and nothing else, search results point at real places, and nothing is loaded from another
host (the static half of the privacy gate; tests/browser/test_privacy.py is the live half).
"""

from __future__ import annotations

import gzip
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from built_html import html_files, parse
from site_pages import built_pages

IGNORED_SCHEMES = {"mailto", "tel", "javascript", "data", "blob"}


def site_root_url(site: Path) -> str:
    """The configured site_url, as the start page's canonical link gives it ('' without one)."""
    canonical = [r.value for r in parse(site / "index.html").references if r.tag == "link" and r.rel == "canonical"]
    return canonical[0] if canonical else ""


def served_path(site: Path, file: Path) -> str:
    """The path a browser uses for a built file, below the site root: 'beslut/' for beslut/index.html."""
    relative = file.relative_to(site).as_posix()
    return relative.removesuffix("index.html") if relative.endswith("index.html") else relative


class Resolver:
    """Maps a link found on a page to a file (and id) in the built site, or says why it cannot."""

    def __init__(self, site: Path) -> None:
        self.site = site
        self.root = site_root_url(site)
        self.root_parts = urlsplit(self.root or "http://site.invalid/")
        self.prefix = self.root_parts.path if self.root_parts.path.endswith("/") else self.root_parts.path + "/"

    def internal(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme in IGNORED_SCHEMES:
            return False
        if not parts.scheme and not parts.netloc:
            return True
        return (parts.scheme, parts.netloc) == (self.root_parts.scheme, self.root_parts.netloc)

    def target(self, page: Path, url: str) -> str:
        """Where `url`, found on `page`, leads: a path below the site root ('om/'), or '..' + path."""
        base = f"{self.root_parts.scheme}://{self.root_parts.netloc}{self.prefix}{served_path(self.site, page)}"
        path = unquote(urlsplit(urljoin(base, url)).path)
        return path[len(self.prefix) :] if path.startswith(self.prefix) else ".." + path

    def problem(self, page: Path, url: str) -> str | None:
        """None when `url` (found on `page`) resolves to an existing file and, if given, id."""
        path = self.target(page, url)
        if path.startswith(".."):
            return f"points outside the site ({path[2:]})"
        file = self.site / path
        if path.endswith("/") or file.is_dir():
            file = file / "index.html"
        if not file.is_file():
            return f"no such file: {file.relative_to(self.site).as_posix()}"
        fragment = unquote(urlsplit(url).fragment)
        if fragment and file.suffix == ".html" and fragment not in parse(file).ids:
            return f"no id '{fragment}' in {file.relative_to(self.site).as_posix()}"
        return None


@pytest.fixture(scope="module")
def resolver(built_site: Path) -> Resolver:
    return Resolver(built_site)


def test_every_internal_link_and_anchor_resolves(built_site: Path, resolver: Resolver) -> None:
    problems = []
    checked = 0
    for page in html_files(built_site):
        for reference in parse(page).references:
            if not resolver.internal(reference.value):
                continue
            checked += 1
            problem = resolver.problem(page, reference.value)
            if problem:
                where = page.relative_to(built_site).as_posix()
                problems.append(f'{where}: <{reference.tag} {reference.attribute}="{reference.value}">: {problem}')
    assert checked > 100, f"only {checked} internal links found: is the parser reading the pages?"
    assert not problems, "Trasiga interna länkar:\n" + "\n".join(problems)


def test_the_link_checker_notices_broken_links(built_site: Path, resolver: Resolver) -> None:
    page = built_site / "beslut" / "index.html"
    assert resolver.problem(page, "../om/") is None
    assert resolver.problem(page, "../om/index.html") is None
    assert resolver.problem(page, "../om/#personuppgifter") is None
    assert resolver.problem(page, "#__search") is None  # Material's search toggle
    assert resolver.problem(page, "../om/#finns-inte") is not None
    assert resolver.problem(page, "../finns-inte/") is not None
    assert resolver.problem(page, "../../../utanfor/") is not None


def pagefind_pages(site: Path) -> list[dict]:
    """Every page in Pagefind's index: each fragment is gzip of b"pagefind_dcd" + JSON."""
    pages = []
    for fragment in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        assert data.startswith(b"pagefind_dcd"), fragment
        pages.append(json.loads(data[len(b"pagefind_dcd") :]))
    return pages


def test_every_search_result_points_at_a_real_place(built_site: Path, resolver: Resolver) -> None:
    indexed = pagefind_pages(built_site)
    problems = [
        f"{doc['url']}: {problem}"
        for doc in indexed
        if (problem := resolver.problem(built_site / "index.html", doc["url"].lstrip("/") or "./"))
    ]
    record_pages = [
        p
        for p in built_pages(built_site)
        if p.count("/") == 3 and p.split("/")[1] in {"beslut", "organisationer", "verksamheter", "partnerskap", "organ"}
    ]
    assert {doc["url"] for doc in indexed} >= set(record_pages), "record pages missing from the search index"
    assert not problems, "Sökträffar som leder fel:\n" + "\n".join(problems)


def test_no_id_is_used_twice_on_a_page(built_site: Path) -> None:
    """A repeated id is invalid HTML, and a link, label or chart fill then picks either one."""
    repeated = {
        page.relative_to(built_site).as_posix(): sorted(parse(page).repeated_ids)
        for page in html_files(built_site)
        if parse(page).repeated_ids
    }
    assert not repeated, repeated


def test_the_sitemap_lists_every_page_and_nothing_else(built_site: Path, resolver: Resolver) -> None:
    raw = (built_site / "sitemap.xml").read_bytes()
    assert gzip.decompress((built_site / "sitemap.xml.gz").read_bytes()) == raw
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    parts = [loc.text or "" for loc in ET.fromstring(raw).findall("s:sitemap/s:loc", namespace)]
    assert parts and all(part.startswith(resolver.root) for part in parts), parts
    locations = [
        loc.text or ""
        for part in parts
        for loc in ET.parse(built_site / part[len(resolver.root) :]).findall("s:url/s:loc", namespace)
    ]
    assert resolver.root and all(loc.startswith(resolver.root) for loc in locations), (
        f"sitemap entries outside {resolver.root!r}: {[loc for loc in locations if not loc.startswith(resolver.root)]}"
    )
    listed = ["/" + loc[len(resolver.root) :] for loc in locations]
    assert len(listed) == len(set(listed)), "the sitemap lists a page twice"
    # 404.html is what the server sends for a missing address, not a page to be found by search engines.
    pages = set(built_pages(built_site)) - {"/404.html"}
    assert set(listed) == pages, (
        f"missing from the sitemap: {sorted(pages - set(listed))}; listed but not built: {sorted(set(listed) - pages)}"
    )


def test_nothing_is_loaded_from_another_host(built_site: Path, resolver: Resolver) -> None:
    """No script, style sheet, font, image, frame or preconnect points at another host."""
    problems = []
    for page in html_files(built_site):
        for reference in parse(page).references:
            if (
                reference.loads
                and not resolver.internal(reference.value)
                and urlsplit(reference.value).scheme not in ("data", "blob")
            ):
                problems.append(
                    f'{page.relative_to(built_site)}: <{reference.tag} {reference.attribute}="{reference.value}">'
                )
    css_url = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?//[^'")\s]+)""", re.I)
    for sheet in sorted(built_site.rglob("*.css")):
        for match in css_url.finditer(sheet.read_text(encoding="utf-8")):
            problems.append(f"{sheet.relative_to(built_site)}: {match.group(1)}")
    assert not problems, "Resurser från andra värdar:\n" + "\n".join(problems)

"""A re-user downloads the data: every record page links its JSON, the "Öppna data" page
links every published file, and each link gives the file."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect
from site_pages import is_redirect
from support import data_under_test

from register.core.model import KINDS


def _published(built_site: Path) -> set[str]:
    """Every whole-register file the build wrote (site paths), found on disk, not in our code."""
    found = set()
    for folder, patterns in (("oppna-data", ("*.json", "*.csv", "*.gz", "*.jsonld")), ("schema", ("*.json",))):
        for pattern in patterns:
            found |= {"/" + p.relative_to(built_site).as_posix() for p in (built_site / folder).glob(pattern)}
    return found


def test_every_record_page_links_its_json(page: Page, site_url: str, built_site: Path) -> None:
    checked = 0
    for kind in KINDS.values():
        pages = {p.parent.name for p in (built_site / kind.url_segment).glob("*/index.html") if not is_redirect(p)}
        assert pages == {p.stem for p in (built_site / kind.url_segment).glob("*.json")}
        for json_file in sorted((built_site / kind.url_segment).glob("*.json")):
            page.goto(f"{site_url}/{kind.url_segment}/{json_file.stem}/")
            link = page.locator(".register-download a", has_text="JSON")
            expect(link).to_have_count(1)
            href = urljoin(page.url, link.get_attribute("href") or "")
            assert urlsplit(href).path == f"/{kind.url_segment}/{json_file.name}"
            response = page.request.get(href)
            assert response.ok and "json" in response.headers["content-type"]
            document = response.json()
            assert (document["kind"], urlsplit(document["url"]).path) == (
                kind.name,
                f"/{kind.url_segment}/{json_file.stem}/",
            )
            checked += 1
    assert checked == len(list(data_under_test().rglob("*.yml")))  # one per record


def test_open_data_page_links_every_file(page: Page, site_url: str, built_site: Path) -> None:
    page.goto(site_url + "/")
    page.locator("nav.md-nav--primary").get_by_role("link", name="Öppna data").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Öppna data")
    hrefs = page.locator("article a").evaluate_all("links => links.map(a => a.href)")
    linked = {urlsplit(h).path for h in hrefs if urlsplit(h).hostname == "127.0.0.1"}
    published = _published(built_site)
    assert {
        "/oppna-data/register.json.gz",
        "/oppna-data/register.sqlite.gz",
        "/oppna-data/grants.csv",
        "/oppna-data/datapackage.json",
        "/schema/decision.schema.json",
    } <= published
    assert published <= linked, sorted(published - linked)
    for path in sorted(published):
        response = page.request.get(site_url + path)
        assert response.ok, path
        if path.endswith(".json"):
            json.loads(response.text())
        elif path.endswith(".json.gz"):  # served as it is, for the reader to unpack
            json.loads(gzip.decompress(response.body()))
    expect(page.locator("article")).to_contain_text("Ingen 360Giving-fil publiceras ännu")


def test_open_data_page_is_accessible(page: Page, site_url: str) -> None:
    """The page's own content (its tables of files and fields); the theme's frame is tested elsewhere."""
    page.goto(site_url + "/oppna-data/")
    results = Axe().run(
        page,
        context="article",
        options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}},
    )
    assert results.violations_count == 0, results.generate_report()

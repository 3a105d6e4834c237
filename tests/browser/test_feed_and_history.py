"""Following changes: the Atom feed (linked from every page's head, valid Atom by a real feed
parser) and each record page's last change from git, history link and error-report link."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from urllib.parse import parse_qs, urljoin, urlsplit

import feedparser
import pytest
from conftest import FIXED_REPOSITORY, FIXED_SITE_URL
from playwright.sync_api import Page, expect
from support import REPO_ROOT, data_under_test

DECISION_COUNT = len(list((data_under_test() / "decisions").glob("*.yml")))

# The record the tests look at, in the frozen register the suite builds (tests/conftest.py).
DATA_FILE = (data_under_test() / "decisions" / "ASN-2024-17401.yml").relative_to(REPO_ROOT).as_posix()


def git_date(path: str) -> date:
    out = subprocess.run(
        ["git", "log", "-1", "--format=%cs", "--", path], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    return date.fromisoformat(out)


@pytest.mark.parametrize("path", ["/", "/beslut/asn-2024-17401/", "/pengar/", "/ordlista/"])
def test_every_page_links_the_feed_in_its_head(page: Page, site_url: str, path: str) -> None:
    page.goto(site_url + path)
    feeds = page.locator("head link[rel=alternate][type='application/atom+xml']")
    hrefs = {urljoin(page.url, feeds.nth(i).get_attribute("href") or "") for i in range(feeds.count())}
    # The register's feed and the feed of changes on every page (a record page adds its own).
    assert {site_url + "/feed.xml", site_url + "/andringar.xml"} <= hrefs
    for href in hrefs:
        assert page.request.get(href).ok, href


def test_the_feed_is_valid_atom_newest_first_with_absolute_links(
    page: Page, site_built_on: Callable[[str], str]
) -> None:
    base = site_built_on("2025-10-15")
    response = page.request.get(base + "/feed.xml")
    assert response.ok
    feed = feedparser.parse(response.body())
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.id == FIXED_SITE_URL + "feed.xml"
    assert feed.feed.updated_parsed is not None
    entries = feed.entries
    assert len(entries) == DECISION_COUNT
    assert len({e.id for e in entries}) == len(entries)
    assert [e.id for e in entries[:2]] == [
        FIXED_SITE_URL + "beslut/asn-2024-17401/",
        FIXED_SITE_URL + "beslut/asn-2022-14203/",
    ]
    for entry in entries:
        assert entry.link.startswith(FIXED_SITE_URL)
        assert entry.updated_parsed is not None
    newest = entries[0]
    assert newest.title == "ASN-2024-17401: Förlängning Idéburet offentligt partnerskap med ThaiWISE"
    assert newest.published.startswith("2024-10-03")
    assert newest.updated.startswith(git_date(DATA_FILE).isoformat())
    assert "650\u00a0000\u00a0kr (föreslaget – beslutet är inte registrerat)" in newest.summary


def test_a_record_page_says_when_it_changed_and_links_history_and_error_report(
    page: Page, site_built_on: Callable[[str], str]
) -> None:
    page.goto(site_built_on("2025-10-15") + "/beslut/asn-2024-17401/")
    section = page.locator(".register-provenance")
    changed = git_date(DATA_FILE)
    expect(section.locator("time")).to_have_attribute("datetime", changed.isoformat())
    history = section.get_by_role("link", name=f"Ändringshistorik för datafilen {DATA_FILE}")
    expect(history).to_have_attribute("href", f"https://github.com/{FIXED_REPOSITORY}/commits/main/{DATA_FILE}")
    report = section.get_by_role("link", name="Rapportera ett fel i uppgifterna")
    href = report.get_attribute("href") or ""
    assert href.startswith(f"https://github.com/{FIXED_REPOSITORY}/issues/new?")
    query = parse_qs(urlsplit(href).query)
    assert query["title"] == ["Fel i registret: ASN-2024-17401"]
    assert FIXED_SITE_URL + "beslut/asn-2024-17401/" in query["body"][0]
    assert DATA_FILE in query["body"][0]

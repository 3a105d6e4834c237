"""What a citizen does on the site: open a decision, search for it, follow links between records."""

from __future__ import annotations

import re

import pytest
from browser_helpers import open_search
from playwright.sync_api import Page, expect


def search(page: Page, site_url: str, query: str) -> list[str]:
    """Search the site for `query` (Pagefind) and return the result links (site paths)."""
    page.goto(site_url + "/")
    open_search(page, query)
    return [
        re.sub(r"^https?://[^/]+", "", href or "")
        for href in page.locator(".register-search__link").evaluate_all("links => links.map(a => a.href)")
    ]


def test_decision_page_shows_the_memo_facts(page: Page, site_url: str) -> None:
    page.goto(site_url + "/beslut/asn-2024-17401/")
    main = page.locator("article")
    expect(page.locator("h1")).to_have_text("ASN-2024-17401: Förlängning Idéburet offentligt partnerskap med ThaiWISE")
    expect(main).to_contain_text("Beslutet är inte registrerat")
    expect(main).to_contain_text("650\u00a0000\u00a0kr")
    expect(main).to_contain_text("föreslaget – beslutet är inte registrerat")
    expect(main).to_contain_text("3 oktober 2024")
    expect(main).to_contain_text("cecilia.vidgren@malmo.se")
    expect(main).to_contain_text("Delmål 2. Förbättrad tillgång till anständiga arbetsvillkor")


@pytest.mark.parametrize("query", ["ASN-2024-17401", "ASN 2024-17401", "asn-2024-17401"])
def test_search_finds_a_decision_by_case_number_in_any_spelling(page: Page, site_url: str, query: str) -> None:
    assert search(page, site_url, query)[0].startswith("/beslut/asn-2024-17401/")


def test_search_finds_an_organisation_by_its_number(page: Page, site_url: str) -> None:
    assert search(page, site_url, "802438-1355")[0].startswith("/organisationer/hela-manniskan-i-malmo/")


def test_search_finds_a_programme_by_an_alias(page: Page, site_url: str) -> None:
    assert search(page, site_url, "Thaimise")[0].startswith("/verksamheter/thaiwise/")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("föreningarna", "/beslut/asn-2024-17401/"),  # occurs nowhere; its stem "förening" does
        ("Thaimise", "/verksamheter/thaiwise/"),  # typed in full: stems to "thaimis"
    ],
)
def test_search_uses_swedish_stemming(page: Page, site_url: str, query: str, expected: str) -> None:
    paths = search(page, site_url, query)
    assert any(p.startswith(expected) for p in paths), paths


def test_cross_links_run_both_ways(page: Page, site_url: str) -> None:
    page.goto(site_url + "/beslut/asn-2024-17401/")
    page.locator("article").get_by_role("link", name="Hela Människan i Malmö").first.click()
    expect(page).to_have_url(re.compile(r"/organisationer/hela-manniskan-i-malmo/$"))
    expect(page.locator("article")).to_contain_text("802438-1355")
    page.locator("article").get_by_role("link", name="ASN-2024-17401").first.click()
    expect(page).to_have_url(re.compile(r"/beslut/asn-2024-17401/$"))

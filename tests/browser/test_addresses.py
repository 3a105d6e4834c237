"""Addresses that are not a page: the Swedish 404 page (with the search and the listings) and
the case numbers people type as the memos print them (register/site/redirects.py)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect


def test_a_missing_address_gets_the_swedish_404_page(page: Page, site_url: str) -> None:
    response = page.goto(site_url + "/beslut/finns-inte/")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_have_text("Sidan finns inte")
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    assert "Not found" not in page.locator("article").inner_text()
    for listing in ("Beslut", "Organisationer", "Verksamheter", "Partnerskap", "Organ"):
        link = page.locator("article").get_by_role("link", name=listing, exact=True)
        expect(link).to_have_attribute("href", f"/{listing.lower()}/")
    field = page.get_by_role("searchbox", name="Sök på diarienummer, organisationsnummer, namn eller ord")
    field.fill("802438-1355")
    field.press("Enter")
    expect(page.locator(".register-search__link").first).to_have_attribute(
        "href", re.compile(r"/organisationer/hela-manniskan-i-malmo/$"), timeout=15_000
    )


def test_a_case_number_as_the_memos_print_it_reaches_its_page(page: Page, site_url: str) -> None:
    for typed in ("/beslut/ASN-2024-17401/", "/beslut/ASN%202024-17401/", "/beslut/ASN-2024-17401"):
        page.goto(site_url + typed)
        expect(page).to_have_url(site_url + "/beslut/asn-2024-17401/")
        expect(page.locator("h1")).to_contain_text("ASN-2024-17401")

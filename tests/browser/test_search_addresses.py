"""Search that can be shared: `?q=` on any page opens it, the address follows typing, results name their kind."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

KINDS = ("Beslut", "Organisation", "Verksamhet", "Partnerskap", "Organ", "Sida")


def search_box(page: Page):  # type: ignore[no-untyped-def]
    return page.get_by_role("search", name="Sök i registret", exact=True).get_by_role("searchbox")


def test_a_search_address_opens_the_search_with_its_results(page: Page, site_url: str) -> None:
    page.goto(site_url + "/pengar/?q=802438-1355")
    expect(search_box(page)).to_have_value("802438-1355", timeout=15_000)
    first = page.locator(".register-search__result").first
    expect(first.locator(".register-search__link")).to_have_attribute(
        "href", re.compile(r"/organisationer/hela-manniskan-i-malmo/$"), timeout=10_000
    )
    expect(first.locator(".register-search__kind")).to_have_text("Slag: Organisation")


def test_the_address_follows_what_is_typed(page: Page, site_url: str) -> None:
    page.goto(site_url + "/organisationer/")
    page.keyboard.press("/")
    box = search_box(page)
    expect(box).to_be_focused(timeout=15_000)
    box.press_sequentially("ASN-2024")
    expect(page).to_have_url(re.compile(r"/organisationer/\?q=ASN-2024$"))
    box.press("Backspace")
    expect(page).to_have_url(re.compile(r"/organisationer/\?q=ASN-202$"))
    # The address now opens the same search for someone else.
    other = page.context.new_page()
    other.goto(page.url)
    expect(search_box(other)).to_have_value("ASN-202", timeout=15_000)
    expect(other.locator(".register-search__link").first).to_be_visible(timeout=10_000)
    page.keyboard.press("Escape")  # closing the search takes the query out of the address
    expect(page).to_have_url(re.compile(r"/organisationer/$"))


def test_every_result_names_its_kind(page: Page, site_url: str) -> None:
    page.goto(site_url + "/?q=ASN-2024-17401")
    first = page.locator(".register-search__result").first
    expect(first.locator(".register-search__link")).to_have_attribute(
        "href", re.compile(r"/beslut/asn-2024-17401/$"), timeout=15_000
    )
    expect(first.locator(".register-search__kind")).to_have_text("Slag: Beslut")
    results = page.locator(".register-search__result")
    expect(results.nth(1).locator(".register-search__kind")).to_be_visible(timeout=10_000)
    tags = results.locator(".register-search__kind").all_inner_texts()
    assert len(tags) == results.count() and len(tags) > 1, tags
    assert {tag.removeprefix("Slag: ") for tag in tags} <= set(KINDS), tags
    page.goto(site_url + "/?q=Hela%20M%C3%A4nniskan")  # an organisation, its cases, the listings
    expect(results.nth(4).locator(".register-search__kind")).to_be_visible(timeout=15_000)
    tags = results.locator(".register-search__kind").all_inner_texts()
    assert len(tags) == results.count() and {"Slag: Organisation", "Slag: Beslut"} <= set(tags), tags


def test_the_start_page_has_a_search_field(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    field = page.get_by_role("searchbox", name="Sök på diarienummer, organisationsnummer, namn eller ord")
    field.fill("Thaimise")
    field.press("Enter")
    expect(search_box(page)).to_have_value("Thaimise", timeout=15_000)
    expect(page.locator(".register-search__link").first).to_have_attribute(
        "href", re.compile(r"/verksamheter/thaiwise/$"), timeout=10_000
    )
    expect(page).to_have_url(re.compile(r"/\?q=Thaimise$"))


def test_a_search_on_the_filter_page_keeps_the_filters_in_the_address(page: Page, site_url: str) -> None:
    page.goto(site_url + "/filtrera/?ar=2022&q=ASN-2024")
    expect(search_box(page)).to_have_value("ASN-2024", timeout=15_000)
    expect(page.locator("select[name=ar]")).to_have_value("2022")
    expect(page).to_have_url(re.compile(r"/filtrera/\?q=ASN-2024&ar=2022$|/filtrera/\?ar=2022&q=ASN-2024$"))
    page.keyboard.press("Escape")
    page.select_option("select[name=sortera]", "belopp-storst")
    expect(page).to_have_url(re.compile(r"/filtrera/\?ar=2022&sortera=belopp-storst$"))
    page.keyboard.press("/")
    search_box(page).press_sequentially("Hela")
    expect(page).to_have_url(re.compile(r"/filtrera/\?ar=2022&sortera=belopp-storst&q=Hela$"))
    page.keyboard.press("Escape")
    page.select_option("select[name=sortera]", "datum-aldst")  # a filter change keeps an open query out
    expect(page).to_have_url(re.compile(r"/filtrera/\?ar=2022&sortera=datum-aldst$"))

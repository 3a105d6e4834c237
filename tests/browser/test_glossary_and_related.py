"""Words explained where they appear (Ordlista) and related decisions on decision pages."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

REQUIRED_TERMS = [
    "IOP",
    "diarienummer",
    "tjänsteskrivelse",
    "nämnd",
    "förvaltning",
    "arbetsutskott",
    "beredning",
    "justering",
    "kommunbidrag",
    "organisationsnummer",
]


def test_the_ordlista_explains_the_terms_a_reader_meets(page: Page, site_url: str) -> None:
    page.goto(site_url + "/ordlista/")
    terms = page.locator("dl.register-glossary dt").all_inner_texts()
    for term in REQUIRED_TERMS:
        assert any(t == term or t.startswith(term + " ") for t in terms), term
    expect(page.locator("#justering + dd")).to_contain_text("protokollet")


def test_record_pages_explain_terms_and_link_to_the_ordlista(page: Page, site_url: str) -> None:
    page.goto(site_url + "/beslut/asn-2024-17401/")
    term = page.locator("dl.register-facts a.register-term", has_text="Diarienummer")
    expect(term).to_have_attribute("title", re.compile(r"^diarienummer: Numret ett ärende får"))
    term.click()
    expect(page).to_have_url(re.compile(r"/ordlista/#diarienummer$"))
    expect(page.locator("#diarienummer")).to_be_in_viewport()


def test_terms_in_the_memo_text_are_explained_where_they_first_appear(page: Page, site_url: str) -> None:
    page.goto(site_url + "/beslut/asn-2022-14203/")
    justerar = page.locator("article a.register-term", has_text=re.compile("^justerar$"))
    expect(justerar).to_have_count(1)  # only the first occurrence on the page
    expect(justerar).to_have_attribute("href", "../../ordlista/#justering")
    expect(page.locator("article")).to_contain_text("justerar paragrafen omedelbart")


def test_markdown_pages_explain_terms_as_abbreviations(page: Page, site_url: str) -> None:
    page.goto(site_url + "/om/")
    abbr = page.locator("article abbr", has_text="protokoll").first
    expect(abbr).to_have_attribute("title", re.compile(r"^protokoll: "))


def test_a_decision_page_lists_related_decisions_with_the_reason(page: Page, site_url: str) -> None:
    page.goto(site_url + "/beslut/asn-2024-17401/")
    section = page.locator("ul.register-related")
    related = section.locator("li")
    first = related.filter(has=page.get_by_role("link", name=re.compile("^ASN-2022-14203")))
    expect(first).to_contain_text("samma organisation (Hela Människan i Malmö)")
    expect(first).to_contain_text("samma verksamhet (ThaiWISE)")
    expect(first).to_contain_text("samma partnerskap (Idéburet offentligt partnerskap med ThaiWISE)")
    # The cases of the partnership's agreements are related through the partnership.
    expect(section).to_contain_text("ASN-2022-16170")
    expect(section).not_to_contain_text("ASN-2024-17401 ")
    page.get_by_role("link", name=re.compile("^ASN-2022-14203")).first.click()
    expect(page.locator("ul.register-related")).to_contain_text("ASN-2024-17401")

"""Citing a record: a "Citera" block on every record page, and a meta description from its facts."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from site_pages import RECORD_SAMPLES as SAMPLES
from site_pages import record_pages


@pytest.mark.parametrize("path", SAMPLES)
def test_a_record_page_says_how_to_cite_it(page: Page, site_url: str, path: str) -> None:
    records, register = record_pages()
    kind, record_id = records[path]
    page.goto(site_url + path)
    citation = page.locator("#citera ~ p.register-citation")
    expect(citation).to_have_count(1)
    text = citation.inner_text()
    title = page.locator("article h1").inner_text()
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    assert text.startswith(title + ". I: Registret över ASN:s bidrag och partnerskap. ")
    assert canonical and canonical in text.replace("\n", "")
    assert "Uppgifterna ändrades senast" in text
    source = register.get(kind, record_id).sources[0].title
    assert f"Källa: {source}" in text
    expect(citation.get_by_role("link").first).to_have_attribute("href", canonical)


def test_meta_descriptions_say_the_facts(page: Page, site_url: str) -> None:
    def description(path: str) -> str:
        page.goto(site_url + path)
        return page.locator('meta[name="description"]').get_attribute("content") or ""

    decision = description("/beslut/asn-2024-17401/")
    assert "650 000 kr till Hela Människan i Malmö (2025): föreslaget – beslutet är inte registrerat" in decision
    assert "beviljat." not in decision
    organisation = description("/organisationer/hela-manniskan-i-malmo/")
    assert "organisationsnummer 802438-1355: föreslaget 1 650 000 kr" in organisation
    partnership = description("/partnerskap/iop-thaiwise/")
    assert "mellan Arbetsmarknads- och socialnämnden och Hela Människan i Malmö sedan 2020" in partnership

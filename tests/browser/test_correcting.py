"""Reporting an error without a GitHub account: every record page and the about page say what to
send, where and what happens next, before anything about YAML or pull requests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from site_pages import RECORD_SAMPLES as SAMPLES


def correction_text(page: Page) -> str:
    """The text of the "Rätta en uppgift" section: from its heading to the next one."""
    return str(
        page.evaluate(
            """() => {
            const heading = document.querySelector('article h2#ratta-en-uppgift');
            if (!heading) return '';
            let text = '';
            for (let e = heading.nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) text += e.innerText + '\\n';
            return text;
        }"""
        )
    )


@pytest.mark.parametrize("path", SAMPLES)
def test_a_record_page_says_how_to_report_an_error_without_an_account(page: Page, site_url: str, path: str) -> None:
    page.goto(site_url + path)
    text = correction_text(page)
    assert "du behöver inget konto" in text
    assert "vilken sida det gäller" in text and path in text.replace("\n", "")
    assert "vad som är fel" in text
    assert "jämför vi uppgiften med källdokumenten" in text  # what happens next
    # mkdocs.yml has no contact address (extra.register.contact_email: null): no invented one.
    section = page.locator("article h2#ratta-en-uppgift ~ p")
    expect(section.get_by_role("link", name="malmo.se")).to_have_attribute("href", "https://malmo.se/")
    assert "@" not in text


def test_with_a_repository_the_prefilled_issue_stays(page: Page, site_built_on: Callable[[str], str]) -> None:
    page.goto(site_built_on("2025-10-15") + "/beslut/asn-2024-17401/")
    link = page.locator("article h2#ratta-en-uppgift ~ p").get_by_role("link", name="skriva felrapporten där")
    assert (link.get_attribute("href") or "").startswith("https://github.com/example-org/asn-register/issues/new?")


def test_the_about_page_speaks_to_citizens_before_staff(page: Page, site_url: str) -> None:
    page.goto(site_url + "/om/")
    text = page.locator("article").inner_text()
    start = text.index("Rätta en uppgift")
    section = text[start:]
    for said in ("inget konto", "Vad du skriver", "Vart du skickar det", "malmo.se", "Vad som händer sedan"):
        assert said in section, said
        assert section.index(said) < section.index("YAML"), f"{said!r} comes after the text for staff"

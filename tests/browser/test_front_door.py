"""The start page answers "how much, to whom" in plain words (on the frozen register, which has no
minutes yet): proposed and decided apart and why decided is 0 kr, the largest recipients, the
latest decisions with recipient and amount, and the day the data last changed."""

from __future__ import annotations

import re
import subprocess

from playwright.sync_api import Browser, Page, expect
from support import REPO_ROOT, data_under_test


def test_the_headline_figures_say_what_they_count(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    figures = page.locator("article .register-overview dl.register-kpis")
    expect(figures).to_contain_text("Föreslaget till idéburna organisationer1\u00a0950\u00a0000\u00a0kr")
    expect(figures).to_contain_text("0\u00a0kr")
    expect(figures).to_contain_text("registret har ännu inga protokoll")
    expect(figures).to_contain_text("Medel med okänt belopp3 poster")


def test_the_largest_recipients_come_first(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    rows = page.locator("article table.register-largest tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Hela Människan i Malmö")
    expect(rows.nth(0)).to_contain_text("1\u00a0650\u00a0000\u00a0kr")
    expect(rows.nth(1)).to_contain_text("Internationella Kvinnoföreningen")


def test_the_latest_decisions_name_recipient_and_amount(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    newest = page.locator("article .register-latest li").first
    expect(newest).to_contain_text("ASN-2024-17401")
    expect(newest).to_contain_text("650\u00a0000\u00a0kr till Hela Människan i Malmö")
    expect(newest).to_contain_text("föreslaget – beslutet är inte registrerat")


def test_the_start_page_says_when_the_data_last_changed(page: Page, site_url: str) -> None:
    newest = subprocess.run(
        ["git", "log", "-1", "--format=%cs", "--", str(data_under_test())],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    page.goto(site_url + "/")
    changed = page.locator("article .register-data-changed")
    expect(changed).to_contain_text("Uppgifterna ändrades senast:")
    expect(changed.locator("time")).to_have_attribute("datetime", newest)


def test_without_javascript_the_search_field_says_where_to_look_instead(browser: Browser, site_url: str) -> None:
    """Pagefind needs JavaScript: without it the start page's field cannot search, so the page
    says so and links the listings and the filter table (which work without it)."""
    context = browser.new_context(java_script_enabled=False, locale="sv-SE")
    page = context.new_page()
    try:
        page.goto(site_url + "/")
        note = page.locator(".register-noscript")
        expect(note).to_be_visible()
        expect(note).to_contain_text("Sökningen behöver JavaScript")
        note.get_by_role("link", name="Filtrera").click()
        expect(page).to_have_url(re.compile(r"/filtrera/$"))
    finally:
        context.close()

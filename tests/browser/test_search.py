"""The search panel: the register's own result list over Pagefind's JavaScript API, served by
the site itself, loaded only when a reader shows intent, and each result's text only when shown."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, quote_plus

from playwright.sync_api import Page, expect

from register.bench.local_server import served


def test_search_loads_nothing_until_opened_and_only_from_the_site(page: Page, site_url: str) -> None:
    page.goto(site_url + "/beslut/asn-2024-17401/")
    page.wait_for_load_state("load")
    seen: list[str] = page.requests_seen
    assert not [url for url in seen if "/pagefind/" in url]
    page.get_by_role("button", name="Sök i registret").click()
    box = page.get_by_role("search").get_by_role("searchbox", name="Sök i registret")
    expect(box).to_be_focused(timeout=15_000)
    box.fill("802438-1355")
    expect(page.locator(".register-search__link").first).to_have_attribute(
        "href", re.compile(r"/organisationer/hela-manniskan-i-malmo/"), timeout=10_000
    )
    search_files = [url for url in seen if "/pagefind/" in url]
    assert any(url.endswith("/pagefind/pagefind.js") for url in search_files), search_files
    assert any("/pagefind/index/" in url for url in search_files), search_files
    # This site has one bundle: the list of bundles to merge is asked for and empty (a missing
    # list: test_search_bundles). Pagefind's own interface and its worker are never loaded.
    assert any(url.endswith("/pagefind/register-bundles.json") for url in search_files), search_files
    assert not [url for url in search_files if "pagefind-ui" in url or "pagefind-worker" in url], search_files
    assert all(url.startswith(site_url + "/") for url in seen), [u for u in seen if not u.startswith(site_url)]


def test_search_is_usable_by_keyboard_alone(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    toggle = page.get_by_role("button", name="Sök i registret")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("s")
    box = page.get_by_role("search").get_by_role("searchbox", name="Sök i registret")
    expect(box).to_be_focused(timeout=15_000)
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.type("Thaimise")
    first = page.locator(".register-search__link").first
    expect(first).to_have_attribute("href", re.compile(r"/verksamheter/thaiwise/"), timeout=10_000)
    for _ in range(5):  # from the field to the first result
        page.keyboard.press("Tab")
        if first.evaluate("a => a === document.activeElement"):
            break
    expect(first).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.get_by_role("search", name="Sök i registret", exact=True)).to_be_hidden()
    expect(toggle).to_be_focused()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Enter")  # the focused toggle opens the search again
    expect(box).to_be_focused()
    expect(toggle).to_have_attribute("aria-expanded", "true")


def test_search_results_work_below_a_path(page: Page, built_site: Path, tmp_path: Path) -> None:
    """GitHub Pages serves a project site below /<repository>/: result links must keep that path."""
    (tmp_path / "registret").symlink_to(built_site, target_is_directory=True)
    with served(tmp_path) as url:
        base = url + "/registret"
        page.goto(base + "/organisationer/")
        page.keyboard.press("/")
        box = page.get_by_role("search").get_by_role("searchbox", name="Sök i registret")
        expect(box).to_be_focused(timeout=15_000)
        box.fill("802438-1355")
        first = page.locator(".register-search__link").first
        expect(first).to_have_attribute("href", "/registret/organisationer/hela-manniskan-i-malmo/", timeout=10_000)
        first.click()
        expect(page.locator("h1")).to_have_text("Hela Människan i Malmö")


def test_focus_in_the_start_pages_field_starts_loading_the_search(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    page.wait_for_load_state("networkidle")
    seen: list[str] = page.requests_seen
    assert not [url for url in seen if "/pagefind/" in url]
    page.get_by_role("searchbox", name="Sök på diarienummer, organisationsnummer, namn eller ord").focus()
    expect(page.locator("[data-register-search]")).to_have_attribute("data-state", "ready", timeout=15_000)
    assert any(url.endswith("/pagefind/pagefind.js") for url in seen), seen
    assert not [url for url in seen if "/pagefind/index/" in url or "/pagefind/fragment/" in url], seen


def test_results_come_ten_at_a_time_with_their_text_fetched_only_when_shown(page: Page, site_url: str) -> None:
    page.goto(site_url + "/?q=ASN-2024")
    status = page.locator("[data-register-search]").get_by_role("status")
    expect(status).to_have_text(re.compile(r"^ASN-2024 gav \d+ träffar$"), timeout=15_000)
    total = int(re.search(r"gav (\d+) träffar", status.inner_text()).group(1))  # type: ignore[union-attr]
    assert total > 10, f"the frozen register should give more than ten hits for ASN-2024 ({total})"
    results = page.locator(".register-search__result")
    expect(results).to_have_count(10)
    fragments = [url for url in page.requests_seen if "/pagefind/fragment/" in url]
    assert len(fragments) == 10, fragments
    excerpt = results.first.locator(".register-search__excerpt")
    expect(excerpt.locator("mark").first).to_contain_text("ASN-2024")  # the query's words, highlighted

    more = page.get_by_role("button", name="Visa fler träffar")
    more.focus()
    page.keyboard.press("Enter")
    expect(results).to_have_count(min(total, 20))
    expect(results.nth(10).locator(".register-search__link")).to_be_focused()  # go on from the first new hit
    fragments = [url for url in page.requests_seen if "/pagefind/fragment/" in url]
    assert len(fragments) == min(total, 20), fragments
    if total <= 20:
        expect(more).to_be_hidden()
    expect(status).to_have_text(f"ASN-2024 gav {total} träffar")


def test_a_query_without_hits_says_so(page: Page, site_url: str) -> None:
    page.goto(site_url + "/?q=qxzqxzqxz")
    expect(page.locator("[data-register-search]").get_by_role("status")).to_have_text(
        "qxzqxzqxz gav inga träffar", timeout=15_000
    )
    expect(page.locator(".register-search__result")).to_have_count(0)
    expect(page.get_by_role("button", name="Visa fler träffar")).to_be_hidden()


def test_a_case_number_is_searched_as_the_register_writes_it_however_it_is_typed(page: Page, site_url: str) -> None:
    """ "ASN 2024-17401" would otherwise be "asn" and "2024": a weak hit on nearly every page."""
    found: dict[str, list[str]] = {}
    for typed in ("ASN-2024-17401", "ASN 2024-17401", "asn_2024-017401"):
        page.goto(site_url + "/?q=" + quote(typed))
        expect(page.locator("[data-register-search]").get_by_role("status")).to_have_text(
            re.compile("^" + re.escape(typed) + r" gav \d+ träff"), timeout=15_000
        )
        expect(page).to_have_url(re.compile(re.escape(quote_plus(typed)) + "$"))  # the address keeps what was typed
        found[typed] = page.locator(".register-search__link").evaluate_all("links => links.map(a => a.href)")
    assert found["ASN-2024-17401"][0].endswith("/beslut/asn-2024-17401/"), found
    assert found["ASN 2024-17401"] == found["ASN-2024-17401"] == found["asn_2024-017401"], found


def test_a_short_query_is_searched_once_the_reader_pauses(page: Page, site_url: str) -> None:
    """A short last word ("Th", searched as the start of every word) waits for a pause, then shows."""
    page.goto(site_url + "/")
    page.keyboard.press("/")
    page.keyboard.type("Th")
    expect(page.locator("[data-register-search]").get_by_role("status")).to_have_text(
        re.compile(r"^Th gav \d+ träff"), timeout=10_000
    )
    expect(page.locator(".register-search__link").first).to_be_visible()

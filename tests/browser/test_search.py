"""The search panel: Pagefind, served by the site itself, loaded only when a reader opens it."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from register.bench.local_server import served


def test_search_loads_nothing_until_opened_and_only_from_the_site(page: Page, site_url: str) -> None:
    page.goto(site_url + "/beslut/asn-2024-17401/")
    page.wait_for_load_state("load")
    seen: list[str] = page.requests_seen
    assert not [url for url in seen if "/pagefind/" in url]
    page.get_by_role("button", name="Sök i registret").click()
    box = page.get_by_role("search").get_by_role("textbox", name="Sök i registret")
    expect(box).to_be_focused(timeout=15_000)
    box.fill("802438-1355")
    expect(page.locator(".pagefind-ui__result-link").first).to_have_attribute(
        "href", re.compile(r"/organisationer/hela-manniskan-i-malmo/"), timeout=10_000
    )
    search_files = [url for url in seen if "/pagefind/" in url]
    assert any(url.endswith("/pagefind/pagefind.js") for url in search_files), search_files
    assert any("/pagefind/index/" in url for url in search_files), search_files
    assert all(url.startswith(site_url + "/") for url in seen), [u for u in seen if not u.startswith(site_url)]


def test_search_is_usable_by_keyboard_alone(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    toggle = page.get_by_role("button", name="Sök i registret")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("s")
    box = page.get_by_role("search").get_by_role("textbox", name="Sök i registret")
    expect(box).to_be_focused(timeout=15_000)
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.type("Thaimise")
    first = page.locator(".pagefind-ui__result-link").first
    expect(first).to_have_attribute("href", re.compile(r"/verksamheter/thaiwise/"), timeout=10_000)
    for _ in range(5):  # past the clear button to the first result
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
        box = page.get_by_role("search").get_by_role("textbox", name="Sök i registret")
        expect(box).to_be_focused(timeout=15_000)
        box.fill("802438-1355")
        first = page.locator(".pagefind-ui__result-link").first
        expect(first).to_have_attribute("href", "/registret/organisationer/hela-manniskan-i-malmo/", timeout=10_000)
        first.click()
        expect(page.locator("h1")).to_have_text("Hela Människan i Malmö")

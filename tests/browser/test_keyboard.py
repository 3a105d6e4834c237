"""Keyboard only: Tab reaches every link, button and field, focus is always visible, search works.

On every page type (tests/site_pages.py) at desktop width and at 320 px, the test presses Tab
until focus leaves the page and checks:
- every visible focusable element was reached (none only reachable by mouse);
- each focused element is on screen and on top (not off canvas or covered), and
- shows a focus ring (outline) that was not there before, with at least 3:1 contrast against
  what lies behind it (WCAG 2.4.7, 1.4.11), or a box shadow that was not there before.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser_helpers import context_for
from playwright.sync_api import Browser, Page, expect
from site_pages import pages_to_check, search_query

KEYBOARD_JS = Path(__file__).with_name("keyboard.js")
MIN_RING_CONTRAST = 3.0
NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; animation: none !important; }"


def tab_through(page: Page) -> tuple[list[dict], list[dict]]:
    """(elements that should be reachable, what Tab focused in order) on the loaded page."""
    # Final states at once: no waiting for Material's fades and slides between key presses.
    page.add_style_tag(content=NO_TRANSITIONS)
    page.add_script_tag(path=KEYBOARD_JS)
    candidates = page.evaluate("registerKeyboard.candidates()")
    reached: list[dict] = []
    seen: set[str | None] = set()
    for _ in range(len(candidates) + 20):
        page.keyboard.press("Tab")
        state = page.evaluate("registerKeyboard.focused()")
        if state is None:  # focus left the document: one full round
            if reached:
                break
            continue
        if state["id"] in seen and state["id"] is not None:
            break
        seen.add(state["id"])
        reached.append(state)
    return candidates, reached


def focus_problems(where: str, candidates: list[dict], reached: list[dict]) -> list[str]:
    problems = []
    reached_ids = {state["id"] for state in reached}
    for candidate in candidates:
        if candidate["id"] not in reached_ids:
            problems.append(f"{where}: nås inte med Tab: {candidate['label']}")
    for state in reached:
        if not state["visible"]:
            problems.append(f"{where}: fokus syns inte (utanför skärmen eller dolt): {state['label']}")
        ring_ok = state["ring"] and state["ringChanged"] and (state["ringContrast"] or 0) >= MIN_RING_CONTRAST
        if not (ring_ok or state["shadow"]):
            detail = f"fokusring med kontrast {state['ringContrast']:.2f}:1" if state["ring"] else "ingen fokusring"
            problems.append(f"{where}: ingen synlig fokusmarkering ({detail}): {state['label']}")
    return problems


@pytest.mark.parametrize("viewport", ["1280px", "320px"])
def test_tab_reaches_everything_with_visible_focus(
    browser: Browser, site_url: str, built_site: Path, viewport: str
) -> None:
    problems: list[str] = []
    with context_for(browser, viewport) as context:
        page = context.new_page()
        for target in pages_to_check(built_site):
            page.goto(site_url + target.path)
            candidates, reached = tab_through(page)
            assert reached, f"{target.path}: Tab focused nothing"
            problems += focus_problems(f"{target.path} [{target.why}, {viewport}]", candidates, reached)
    assert not problems, "Tangentbordsproblem:\n" + "\n".join(problems)


@pytest.mark.parametrize("viewport", ["1280px", "320px"])
def test_search_without_a_mouse(browser: Browser, site_url: str, viewport: str) -> None:
    """Tab to the search button, Enter opens the search, type, Tab to the first hit, Enter."""
    query = search_query()
    with context_for(browser, viewport) as context:
        page = context.new_page()
        page.goto(site_url + "/")
        toggle = page.get_by_role("button", name="Sök i registret")
        for _ in range(10):  # Tab to the search button in the header
            page.keyboard.press("Tab")
            if toggle.evaluate("el => el === document.activeElement"):
                break
        expect(toggle).to_be_focused()
        page.keyboard.press("Enter")  # opens the search and moves focus into its box
        box = page.get_by_role("search").get_by_role("searchbox", name="Sök i registret")
        expect(box).to_be_focused(timeout=15_000)
        page.keyboard.type(query)
        # The number of hits is announced to screen readers (a live status region).
        status = page.get_by_role("status").filter(has_text="träff")
        expect(status).to_have_text(re.compile("^" + re.escape(query) + r" gav (\d+|en) träff"), timeout=10_000)
        first = page.locator(".register-search__link").first
        expect(first).to_have_attribute("href", re.compile("/" + re.escape(query.lower()) + "/"))
        for _ in range(5):  # Tab from the box to the first hit
            page.keyboard.press("Tab")
            if first.evaluate("el => el === document.activeElement"):
                break
        expect(first).to_be_focused()
        href = urlsplit(first.get_attribute("href") or "")
        page.keyboard.press("Enter")
        expect(page).to_have_url(re.compile("^" + re.escape(site_url + href.path)))
        expect(page.locator("h1").first).to_contain_text(query)

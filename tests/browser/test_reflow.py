"""Reflow (WCAG 1.4.10): at 320 CSS px and at 1280 px zoomed to 200 % no page scrolls sideways.

Tables may be wider than the screen, but only inside their own scrolling box: the test also
looks for content that sticks out of the screen outside such a box (it would be cut off).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_helpers import context_for, open_search
from playwright.sync_api import Browser, Page
from site_pages import pages_to_check, search_query

# Elements of the page (not the off-canvas menu) that reach outside the viewport without a
# scrolling ancestor to hold them.
OVERFLOW_JS = """() => {
  const root = document.scrollingElement;
  const out = {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, sticking: []};
  const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
  for (const el of document.querySelectorAll('.md-main *, .md-footer *, .md-header *')) {
    if (el.closest('.md-sidebar, .md-search')) continue;  // the drawer is off canvas by design
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || !el.checkVisibility({visibilityProperty: true})) continue;
    if (r.right <= innerWidth + 1 && r.left >= -1) continue;
    let box = el.parentElement;
    while (box && box !== document.body && !scrolls(box)) box = box.parentElement;
    const held = box && box !== document.body && box.getBoundingClientRect().right <= innerWidth + 1;
    if (!held) out.sticking.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().replace(/\\s+/g, '.') : '')
                                 + ` (${Math.round(r.left)}–${Math.round(r.right)} px)`);
  }
  out.sticking = out.sticking.slice(0, 5);
  return out;
}"""


def overflow_problems(page: Page, where: str) -> list[str]:
    state = page.evaluate(OVERFLOW_JS)
    problems = []
    if state["scrollWidth"] > state["clientWidth"]:
        problems.append(
            f"{where}: sidan rullar i sidled ({state['scrollWidth']} px innehåll i {state['clientWidth']} px bredd)"
        )
    if state["sticking"]:
        problems.append(f"{where}: innehåll sticker ut utanför skärmen: {', '.join(state['sticking'])}")
    return problems


@pytest.mark.parametrize("viewport", ["320px", "1280px-200%"])
def test_no_page_scrolls_sideways(browser: Browser, site_url: str, built_site: Path, viewport: str) -> None:
    problems: list[str] = []
    with context_for(browser, viewport) as context:
        page = context.new_page()
        for target in pages_to_check(built_site):
            page.goto(site_url + target.path)
            problems += overflow_problems(page, f"{target.path} [{target.why}, {viewport}]")
        page.goto(site_url + "/")
        open_search(page, search_query())
        problems += overflow_problems(page, f"/ [sökningen med träffar, {viewport}]")
    assert not problems, "Sidor som inte flödar om:\n" + "\n".join(problems)


def test_the_check_sees_content_wider_than_the_screen(browser: Browser, site_url: str) -> None:
    """The check above sees overflow: a block wider than 320 px sticks out, and the same block in
    a scrolling box (as a table in .register-table-wrap) is held. The register's own tables fit
    at 320 px (tests/browser/test_tables_read.py), so the wide block is made here."""
    with context_for(browser, "320px") as context:
        page = context.new_page()
        page.goto(site_url + "/beslut/")
        page.evaluate(
            """() => {
            const wide = document.createElement('div');
            wide.style.width = '900px';
            wide.textContent = 'bred';
            document.querySelector('article').append(wide);
        }"""
        )
        assert overflow_problems(page, "/beslut/"), "a 900 px block in a 320 px screen was not seen"
        page.evaluate(
            """() => {
            const wide = document.querySelector('article > div:last-child');
            const box = document.createElement('div');
            box.className = 'register-table-wrap';
            wide.replaceWith(box);
            box.append(wide);
        }"""
        )
        sizes = page.locator("article > .register-table-wrap").last.evaluate("w => [w.scrollWidth, w.clientWidth]")
        assert sizes[0] > sizes[1], sizes
        assert overflow_problems(page, "/beslut/") == []

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


def test_a_wide_table_scrolls_in_its_own_box(browser: Browser, site_url: str, built_site: Path) -> None:
    """The check above sees overflow: a table wider than 320 px is there, and it scrolls in its box."""
    with context_for(browser, "320px") as context:
        page = context.new_page()
        page.goto(site_url + "/beslut/")
        wrap = page.locator(".register-table-wrap").first
        sizes = wrap.evaluate("w => [w.scrollWidth, w.clientWidth, w.getBoundingClientRect().right]")
        assert sizes[0] > sizes[1], f"the decision table fits in 320 px, so this test proves nothing: {sizes}"
        assert sizes[2] <= 320
        assert overflow_problems(page, "/beslut/") == []

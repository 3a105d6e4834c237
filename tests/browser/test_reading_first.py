"""What a reader sees first on a record page: the key facts, with a decision's amounts and recipients.

Measured in Chromium at 1280×900 and 375×812: every amount and recipient a decision names in its
key facts lies within the first screen at 1280 px and within the first two screens at 375 px, and
every record page opens with its key facts (a summary list) in the first screen.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser
from site_pages import record_pages

from register.site import formatting

SCREENS = {"1280": ({"width": 1280, "height": 900}, 1), "375": ({"width": 375, "height": 812}, 2)}

# The bottom edge (page coordinates) of the first visible text in the page's article that reads
# `needle`, or null: where a reader first sees it, whatever element it is in.
FIRST_SEEN_JS = """needles => needles.map(needle => {
  const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    const at = node.data.indexOf(needle);
    if (at < 0 || !node.parentElement.checkVisibility()) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    const box = range.getBoundingClientRect();
    if (box.height) return Math.round(box.bottom + scrollY);
  }
  return null;
})"""

KEY_FACTS_TOP_JS = """() => {
  const facts = document.querySelector('article dl.register-keyfacts');
  return facts ? Math.round(facts.getBoundingClientRect().top + scrollY) : null;
}"""


@pytest.mark.parametrize("width", list(SCREENS))
def test_a_decisions_amounts_and_recipients_are_in_the_first_screens(
    browser: Browser, site_url: str, width: str
) -> None:
    viewport, screens = SCREENS[width]
    limit = viewport["height"] * screens
    records, register = record_pages()
    decisions = [p for p, (kind, rid) in records.items() if kind == "decision" and register.grants_of(rid)]
    assert decisions, "the register has no decision with money, so this test proves nothing"
    problems = []
    context = browser.new_context(locale="sv-SE", viewport=viewport)
    page = context.new_page()
    for path in sorted(decisions):
        page.goto(site_url + path)
        rows = register.grants_of(records[path][1])
        needles = [formatting.amount(r.grant.amount_sek) for r in rows]
        needles += [register.name_of("organisation", r.grant.recipient) for r in rows]
        for needle, bottom in zip(needles, page.evaluate(FIRST_SEEN_JS, needles), strict=True):
            if bottom is None or bottom > limit:
                problems.append(
                    f"{path}: {needle!r} first seen at {bottom} px, not within {screens} screen(s) ({limit} px)"
                )
    context.close()
    assert not problems, f"at {width} px:\n" + "\n".join(problems)


@pytest.mark.parametrize("width", list(SCREENS))
def test_every_record_page_opens_with_its_key_facts(browser: Browser, site_url: str, width: str) -> None:
    viewport, _ = SCREENS[width]
    records, _ = record_pages()
    problems = []
    context = browser.new_context(locale="sv-SE", viewport=viewport)
    page = context.new_page()
    for path in sorted(records):
        page.goto(site_url + path)
        top = page.evaluate(KEY_FACTS_TOP_JS)
        if top is None or top > viewport["height"] / 2:
            problems.append(
                f"{path}: the key facts (dl.register-keyfacts) start at {top} px, not in the first half screen"
            )
    context.close()
    assert not problems, f"at {width} px:\n" + "\n".join(problems)

"""Tables and fact blocks that read at every width (WCAG 1.4.10 Reflow), measured in Chromium.

On every record page and every listing (and the start page and Pengar), at 320, 375, 800 and
1280 px:
- no word is broken inside itself in a table or a fact block: an identifier (case number,
  organisationsnummer, date, year range) stays on one line, any other word wraps only after a
  hyphen it already has, and an address only after a slash (each part is measured with a
  Range: one line box per part);
- at 320 and 375 px no table needs sideways scrolling (its scrolling box is as wide as its content);
- every data cell carries its column's header as `data-label`, which the narrow layout shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser_helpers import context_for
from playwright.sync_api import Browser
from site_pages import built_pages, record_pages

LISTINGS = ["/", "/beslut/", "/organisationer/", "/verksamheter/", "/partnerskap/", "/organ/", "/pengar/"]
WIDTHS = {
    "320": {"width": 320, "height": 640},
    "375": {"width": 375, "height": 812},
    "800": {"width": 800, "height": 900},  # the first width with tables as tables
    "1280": {"width": 1280, "height": 900},
}

# Words (split at white space, no-break spaces included) of every text in the article's tables
# and fact lists that lie on more than one line, where they may not.
BROKEN_WORDS_JS = r"""() => {
  const identifier = /\d/;  // case numbers, organisationsnummer, dates, years: never wrap
  const broken = [];
  for (const block of document.querySelectorAll('article table, article dl')) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
      if (!node.parentElement.checkVisibility()) continue;
      for (const word of node.data.matchAll(/\S+/g)) {
        // Parts that must each stay on one line: the whole identifier, else the word's parts
        // after each hyphen it has (IOP-|finansiering may wrap, Kvinno|föreningen may not).
        // An address may wrap after a slash: each of its parts is a word of its own.
        // A soft hyphen (U+00AD) is a break the text itself offers, like a hyphen.
        const parts = word[0].match(/[^/]+\/*|\/+/g)
          .flatMap(part => identifier.test(part) ? [part] : part.match(/[^-–\u00ad]+[-–\u00ad]*|[-–\u00ad]+/g));
        let at = word.index;
        for (const part of parts) {
          const range = document.createRange();
          // After a soft hyphen Chrome adds the drawn hyphen's box to the next part's rects:
          // measure that part from its second letter.
          range.setStart(node, node.data[at - 1] === '\u00ad' && part.length > 1 ? at + 1 : at);
          range.setEnd(node, at + part.length);
          const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
          if (lines.size > 1) broken.push(`${word[0]} (in <${node.parentElement.tagName.toLowerCase()}>)`);
          at += part.length;
        }
      }
    }
  }
  return [...new Set(broken)];
}"""

SIDEWAYS_JS = """() => [...document.querySelectorAll('article table')].map(table => {
  let box = table.parentElement;
  while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
  box = box || document.scrollingElement;
  return [table.querySelector('caption')?.textContent || table.className, box.scrollWidth, box.clientWidth];
}).filter(([, scroll, client]) => scroll > client)"""

LABELS_JS = """() => [...document.querySelectorAll('article table')].flatMap(table => {
  const headers = [...table.querySelectorAll('thead th')].map(th => th.textContent.trim());
  const column = cell => [...cell.parentElement.cells].slice(0, cell.cellIndex).reduce((n, c) => n + c.colSpan, 0);
  return [...table.querySelectorAll('tbody td, tfoot td')]
    .filter(td => td.textContent.trim() && td.dataset.label !== headers[column(td)])
    .map(td => `${td.dataset.label ?? '(none)'} in column "${headers[column(td)]}"`);
})"""


def pages(site: Path) -> list[str]:
    records, _ = record_pages()
    built = set(built_pages(site))
    missing = [p for p in LISTINGS if p not in built]
    assert not missing, f"listings missing from the build: {missing}"
    return LISTINGS + sorted(records)


def on_every_page(browser: Browser, site_url: str, site: Path, width: str, script: str) -> list[tuple[str, Any]]:
    """(path, what `script` returns) on every listing and record page at `width`."""
    context = browser.new_context(locale="sv-SE", viewport=WIDTHS[width])
    page = context.new_page()
    results = []
    for path in pages(site):
        page.goto(site_url + path)
        results.append((path, page.evaluate(script)))
    context.close()
    return results


@pytest.mark.parametrize("width", list(WIDTHS))
def test_no_word_is_broken_inside_itself(browser: Browser, site_url: str, built_site: Path, width: str) -> None:
    found = on_every_page(browser, site_url, built_site, width, BROKEN_WORDS_JS)
    problems = [f"{path}: {', '.join(broken[:6])}" for path, broken in found if broken]
    assert not problems, f"words broken inside themselves at {width} px:\n" + "\n".join(problems)


@pytest.mark.parametrize("width", ["320", "375"])
def test_no_table_scrolls_sideways_on_a_phone(browser: Browser, site_url: str, built_site: Path, width: str) -> None:
    problems = [
        f"{path}: {caption!r} is {scroll} px wide in a {client} px box"
        for path, tables in on_every_page(browser, site_url, built_site, width, SIDEWAYS_JS)
        for caption, scroll, client in tables
    ]
    assert not problems, f"tables that scroll sideways at {width} px:\n" + "\n".join(problems)


def test_every_cell_is_labelled_with_its_column(browser: Browser, site_url: str, built_site: Path) -> None:
    problems = []
    with context_for(browser, "1280px") as context:
        page = context.new_page()
        for path in pages(built_site):
            page.goto(site_url + path)
            problems += [f"{path}: {p}" for p in page.evaluate(LABELS_JS)]
    assert not problems, "cells whose data-label is not their column's header:\n" + "\n".join(problems[:20])


def test_the_cards_are_still_a_table_to_a_screen_reader(browser: Browser, site_url: str) -> None:
    """Chromium's accessibility tree has the same table, headers and cells at 375 px (cards) as
    at 1280 px: the narrow layout changes how rows look, not what they are."""
    counts = {}
    for width in ("375", "1280"):
        context = browser.new_context(locale="sv-SE", viewport=WIDTHS[width])
        page = context.new_page()
        page.goto(site_url + "/beslut/")
        tree = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")
        roles = [node.get("role", {}).get("value") for node in tree["nodes"]]
        counts[width] = {role: roles.count(role) for role in ("table", "row", "columnheader", "cell")}
        context.close()
    assert counts["375"] == counts["1280"], counts
    assert counts["375"]["table"] >= 1 and counts["375"]["columnheader"] >= 5, counts


# Cards' labels (td::before, floated in a column of fixed width): the widest unbreakable part of
# each label, measured in the label's own font, against the column's width.
LABEL_FIT_JS = r"""() => {
  const probe = document.createElement('span');
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
  document.body.append(probe);
  const problems = [];
  for (const td of document.querySelectorAll('article table td[data-label]')) {
    const label = getComputedStyle(td, '::before');
    if (label.content === 'none' || label.float === 'none' || !td.checkVisibility()) continue;
    Object.assign(probe.style, {fontFamily: label.fontFamily, fontSize: label.fontSize, fontWeight: label.fontWeight});
    for (const part of td.dataset.label.split(/[\s\u00ad]+/)) {
      probe.textContent = part + (td.dataset.label.includes(part + '\u00ad') ? '-' : '');
      if (probe.getBoundingClientRect().width > parseFloat(label.width) + 0.5)
        problems.push(`${td.dataset.label}: "${part}" is ${Math.round(probe.getBoundingClientRect().width)} px in a ${label.width} label`);
    }
  }
  probe.remove();
  return [...new Set(problems)];
}"""


@pytest.mark.parametrize("width", ["320", "375"])
def test_every_card_label_fits_its_column(browser: Browser, site_url: str, built_site: Path, width: str) -> None:
    """A label wider than its column would run into the value beside it."""
    found = on_every_page(browser, site_url, built_site, width, LABEL_FIT_JS)
    problems = [f"{path}: {p}" for path, labels in found for p in labels]
    assert not problems, f"card labels that do not fit at {width} px:\n" + "\n".join(problems[:20])


@pytest.mark.parametrize("width", [1280, 1920])
def test_the_filter_table_reads_on_a_desktop(browser: Browser, site_url: str, width: int) -> None:
    """/filtrera/ keeps its nine columns as a table (it scrolls in its own box on a phone): on a
    desktop it gets the width and no word in it breaks inside itself."""
    context = browser.new_context(locale="sv-SE", viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(site_url + "/filtrera/")
    broken, sideways = page.evaluate(BROKEN_WORDS_JS), page.evaluate(SIDEWAYS_JS)
    context.close()
    assert (broken, sideways) == ([], [])

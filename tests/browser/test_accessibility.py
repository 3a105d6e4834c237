"""axe-core in Chromium: zero WCAG 2.1 A/AA violations on every page type, search open included.

The pages come from the build (tests/site_pages.py): every page that is not a generated record
page, and a sample of record pages covering each kind. A failure lists page, rule, impact and the
failing elements, for every page at once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_helpers import context_for, describe_violations, open_search, rules_run, run_axe
from playwright.sync_api import Browser
from site_pages import pages_to_check, search_query

# Rules that must be among those run: if a tag name changed in a new axe-core, the gate would
# quietly check less.  (Contrast, names of links/buttons/fields, language, landmarks, focus order.)
ESSENTIAL_RULES = {
    "color-contrast",
    "link-name",
    "button-name",
    "label",
    "html-has-lang",
    "image-alt",
    "list",
    "link-in-text-block",
    "scrollable-region-focusable",
    "aria-allowed-attr",
    "duplicate-id-aria",
    "document-title",
}


@pytest.mark.parametrize("viewport", ["1280px", "320px"])
def test_no_axe_violations_on_any_page_type(browser: Browser, site_url: str, built_site: Path, viewport: str) -> None:
    problems: list[str] = []
    ran: set[str] = set()
    with context_for(browser, viewport) as context:
        page = context.new_page()
        for target in pages_to_check(built_site):
            page.goto(site_url + target.path)
            result = run_axe(page)
            ran |= rules_run(result)
            problems += describe_violations(f"{target.path} [{target.why}, {viewport}]", result["violations"])

        # The search (Pagefind), open with results (its panel and result list are on every page).
        page.goto(site_url + "/")
        open_search(page, search_query())
        result = run_axe(page)
        problems += describe_violations(f"/ [sökningen med träffar, {viewport}]", result["violations"])

    assert not problems, "axe-core hittade brott mot WCAG 2.1 AA:\n" + "\n".join(problems)
    assert ran >= ESSENTIAL_RULES, f"axe did not run {sorted(ESSENTIAL_RULES - ran)}"


def test_every_page_type_is_in_the_sample(built_site: Path) -> None:
    """The sample covers every kind of record page, both kinds of decision, and the 404 page."""
    kinds = {target.why for target in pages_to_check(built_site)}
    assert {
        "beslut med tjänsteskrivelse",
        "beslut känt genom hänvisning",
        "post: organisation",
        "post: verksamhet",
        "post: partnerskap",
        "post: organ",
    } <= kinds
    paths = {target.path for target in pages_to_check(built_site)}
    assert {"/", "/beslut/", "/tillganglighet/", "/personuppgifter/", "/404.html"} <= paths

"""Helpers for the browser quality gates: contexts per viewport, axe-core, the search open."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserContext, Page, expect

# axe-core as bundled by axe-playwright-python (no network: the file is injected into the page).
AXE_JS = Path(str(files("axe_playwright_python") / "axe.min.js"))
WCAG_21_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

# Desktop; a phone held upright (WCAG 1.4.10's 320 CSS px); 1280 px at 200 % zoom.
VIEWPORTS: dict[str, dict[str, Any]] = {
    "1280px": {"viewport": {"width": 1280, "height": 900}},
    "320px": {"viewport": {"width": 320, "height": 640}},
    "1280px-200%": {"viewport": {"width": 640, "height": 450}, "device_scale_factor": 2},
}


@contextmanager
def context_for(browser: Browser, viewport: str) -> Iterator[BrowserContext]:
    context = browser.new_context(locale="sv-SE", **VIEWPORTS[viewport])
    try:
        yield context
    finally:
        context.close()


def run_axe(page: Page) -> dict[str, Any]:
    """axe-core's WCAG 2.0/2.1 A and AA check of the page as it is now (axe's result object)."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.add_script_tag(path=AXE_JS)
    return dict(
        page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            WCAG_21_AA_TAGS,
        )
    )


def rules_run(result: dict[str, Any]) -> set[str]:
    """The ids of every rule axe ran, whether it applied, passed, failed or needs review."""
    return {rule["id"] for key in ("violations", "passes", "incomplete", "inapplicable") for rule in result[key]}


def describe_violations(where: str, violations: list[dict[str, Any]]) -> list[str]:
    lines = []
    for violation in violations:
        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:8])
        more = len(violation["nodes"]) - 8
        checks = [check for node in violation["nodes"][:1] for key in ("any", "all", "none") for check in node[key]]
        detail = "; ".join(check["message"] for check in checks[:2])
        lines.append(
            f"{where}: {violation['id']} ({violation['impact']}): {violation['help']} — "
            f"{targets}{f' (+{more} more)' if more > 0 else ''}" + (f"\n    {detail}" if detail else "")
        )
    return lines


def open_search(page: Page, query: str) -> None:
    """Open the site's search (Pagefind) on the current page with the keyboard and type `query`."""
    page.keyboard.press("/")
    box = page.get_by_role("search").get_by_role("searchbox", name="Sök i registret")
    expect(box).to_be_focused(timeout=15_000)
    box.press_sequentially(query)
    expect(page.locator("[data-register-search-status]")).to_have_text(
        re.compile("^" + re.escape(query) + r" gav \d+ träff"), timeout=10_000
    )
    expect(page.locator(".register-search__link").first).to_be_visible(timeout=10_000)

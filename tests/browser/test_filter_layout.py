"""The filter page does not jump when its script starts: cumulative layout shift under 0.1
(Core Web Vitals' "good") on a phone held upright and on a desktop, measured by Chromium."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Browser

# Every layout shift from the start of the page, as Chromium reports it (not those right after
# the reader's own input, which CLS leaves out too).
OBSERVE_SHIFTS = """
window.__shifts = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__shifts.push(entry.value);
  }
}).observe({type: "layout-shift", buffered: true});
"""
PROFILES: dict[str, dict[str, Any]] = {
    "375px-phone": {
        "viewport": {"width": 375, "height": 812},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
    },
    "375px": {"viewport": {"width": 375, "height": 812}},
    "1280px": {"viewport": {"width": 1280, "height": 900}},
}


def layout_shift(browser: Browser, url: str, profile: dict[str, Any]) -> float:
    context = browser.new_context(locale="sv-SE", **profile)
    try:
        page = context.new_page()
        page.add_init_script(OBSERVE_SHIFTS)
        page.goto(url, wait_until="load")
        page.wait_for_function("document.getElementById('register-filter-status').textContent !== ''")
        page.wait_for_timeout(500)  # let any late shift arrive
        return float(page.evaluate("window.__shifts.reduce((a, b) => a + b, 0)"))
    finally:
        context.close()


@pytest.mark.parametrize("profile", PROFILES, ids=list(PROFILES))
def test_the_filter_page_does_not_jump_when_its_script_starts(browser: Browser, site_url: str, profile: str) -> None:
    shift = layout_shift(browser, site_url + "/filtrera/", PROFILES[profile])
    assert shift < 0.1, f"cumulative layout shift on /filtrera/ at {profile}: {shift:.3f}"

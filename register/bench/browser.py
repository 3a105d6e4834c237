"""What a reader's browser does on a built site, measured in headless Chromium (register.bench).

The site is served on 127.0.0.1 as plain files (no compression, like the browser tests). For a
search it reports the bytes fetched for the search (interface, index, fragments) and how long
results take to show; for a decision page, the bytes of a cold page load.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Start the clock, type the query and wait (in the page) until the first result link shows.
_TIMED_SEARCH = """async (query) => {
  const box = document.querySelector("#register-search input");
  const start = performance.now();
  box.value = query;
  box.dispatchEvent(new Event("input", { bubbles: true }));
  while (performance.now() - start < 20000) {
    const message = document.querySelector(".pagefind-ui__message");
    const link = document.querySelector(".pagefind-ui__result-link");
    if (link && message && message.textContent.startsWith(query + " gav ")) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return -1;
}"""


@dataclass(frozen=True)
class SearchFigures:
    query: str
    ms_first: float  # first query after the search opened: loads the index as well
    ms_again: float  # the same query once more (index loaded, fragments cached)
    bytes_fetched: int  # everything the search fetched: interface, wasm, index, fragments
    requests: int
    first_result: str


@contextmanager
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def _sizes(page: Any) -> list[tuple[str, int]]:
    """(url, bytes) of every response the page receives, recorded from now on."""
    seen: list[tuple[str, int]] = []

    def done(request: Any) -> None:
        sizes = request.sizes()
        seen.append((request.url, sizes["responseBodySize"] + sizes["responseHeadersSize"]))

    page.on("requestfinished", done)
    return seen


def search(browser: Any, base: str, query: str) -> SearchFigures:
    page = browser.new_page(locale="sv-SE", viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/")
        page.wait_for_load_state("load")
        seen = _sizes(page)
        page.keyboard.press("/")
        page.wait_for_selector("#register-search input", state="visible", timeout=20_000)
        ms_first = page.evaluate(_TIMED_SEARCH, query)
        page.wait_for_load_state("networkidle")
        fetched = list(seen)
        first = page.eval_on_selector(".pagefind-ui__result-link", "a => new URL(a.href).pathname")
        page.evaluate("""() => { const box = document.querySelector("#register-search input");
                          box.value = ""; box.dispatchEvent(new Event("input", { bubbles: true })); }""")
        page.wait_for_timeout(300)
        ms_again = page.evaluate(_TIMED_SEARCH, query)
        return SearchFigures(query, ms_first, ms_again, sum(size for _, size in fetched), len(fetched), first)
    finally:
        page.close()


def page_weight(browser: Any, base: str, path: str) -> tuple[int, int]:
    """(bytes of the HTML, bytes of everything a cold load of `path` fetches)."""
    page = browser.new_page(locale="sv-SE")
    try:
        seen = _sizes(page)
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        html = next((size for url, size in seen if url.rstrip("/").endswith(path.rstrip("/"))), 0)
        return html, sum(size for _, size in seen)
    finally:
        page.close()

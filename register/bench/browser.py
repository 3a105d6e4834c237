"""What a reader's browser does on a built site, measured in headless Chromium (register.bench).

The site is served on 127.0.0.1 as plain files (no compression, like the browser tests). For a
search it reports the bytes fetched from opening the search until results show (pagefind.js,
its WebAssembly, the index's metadata and chunks, the shown results' fragments), how long the
search takes to be ready after opening, and how long results take to show after the query is
typed; for a decision page, the bytes of a cold page load.
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

# Before the search is opened: note in the page when the panel says it is ready (pagefind.js,
# its WebAssembly and the index's metadata in, every bundle merged: docs/assets/search.js sets
# data-state="ready"), and keep every resource timing entry, so the bytes can be read in the
# page itself once results show (Playwright's request events arrive after the fact).
_WATCH = """() => {
  performance.setResourceTimingBufferSize(5000);
  const root = document.querySelector("[data-register-search]");
  new MutationObserver(() => {
    if (root.dataset.state === "ready" && !window.registerBenchReady) window.registerBenchReady = performance.now();
  }).observe(root, { attributes: true, attributeFilter: ["data-state"] });
  return performance.now();
}"""
_READY = "[data-register-search][data-state=ready]"

# Start the clock, put the query in the field as one input event (as a reader's paste, or the
# last key typed), and wait (in the page) until the result count and the first result show.
_TIMED_SEARCH = """async (query) => {
  const box = document.querySelector("[data-register-search-input]");
  const status = document.querySelector("[data-register-search-status]");
  const start = performance.now();
  box.value = query;
  box.dispatchEvent(new Event("input", { bubbles: true }));
  while (performance.now() - start < 20000) {
    const link = document.querySelector(".register-search__link");
    if (link && status.textContent.startsWith(query + " gav ")) return [start, performance.now()];
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return [start, -1];
}"""

# Every resource the page fetched between two moments: [url, bytes with headers].
_FETCHED = """([from, to]) => performance.getEntriesByType("resource")
  .filter((entry) => entry.startTime >= from && entry.responseEnd <= to)
  .map((entry) => [entry.name, entry.transferSize])"""

_CLEAR = """() => { const box = document.querySelector("[data-register-search-input]");
  box.value = ""; box.dispatchEvent(new Event("input", { bubbles: true })); }"""


@dataclass(frozen=True)
class SearchFigures:
    query: str
    ms_first: float  # typing to results, the first query once the search is ready (its chunks and fragments)
    ms_again: float  # the same query once more (chunks and fragments cached)
    ms_ready: float  # opening the search ("/") to ready: pagefind.js, wasm, the index's metadata, bundles
    bytes_fetched: int  # everything from opening the search until results show: script, wasm, index, fragments
    requests: int
    first_result: str
    fetched: tuple[tuple[str, int], ...] = ()  # (site path, bytes) of each of those requests


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
    """Open the search on the start page with "/", wait until it is ready (a reader takes a
    moment to type), then time the query; count every byte from opening until results show.

    The bytes are the page's resource timings: a request made by a web worker would not be in
    them, so a worker's script (pagefind-worker.js) stops the measurement instead."""
    page = browser.new_page(locale="sv-SE", viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "/")
        page.wait_for_load_state("networkidle")
        opened = page.evaluate(_WATCH)
        page.keyboard.press("/")
        page.wait_for_selector(_READY, state="attached", timeout=20_000)
        ms_ready = page.evaluate("() => window.registerBenchReady") - opened
        start, shown = page.evaluate(_TIMED_SEARCH, query)
        if shown < 0:
            raise RuntimeError(f"no results for {query!r} within 20 s")
        fetched = page.evaluate(_FETCHED, [opened, shown])
        workers = [url for url, _ in fetched if url.endswith("pagefind-worker.js")]
        if workers:
            raise RuntimeError(f"the search started a web worker, whose requests are not counted: {workers}")
        first = page.eval_on_selector(".register-search__link", "a => new URL(a.href).pathname")
        page.evaluate(_CLEAR)
        page.wait_for_timeout(300)
        again_start, again_shown = page.evaluate(_TIMED_SEARCH, query)
        return SearchFigures(
            query,
            ms_first=shown - start,
            ms_again=again_shown - again_start,
            ms_ready=ms_ready,
            bytes_fetched=sum(size for _, size in fetched),
            requests=len(fetched),
            first_result=first,
            fetched=tuple((url.removeprefix(base), size) for url, size in fetched),
        )
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

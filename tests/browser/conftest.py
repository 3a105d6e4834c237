"""Fixtures for the browser tests: build the site once, serve it on 127.0.0.1, drive Chromium.

Set REGISTER_TEST_SITE_DIR=/path/to/built/site to skip the MkDocs build while iterating.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from playwright.sync_api import Error as PlaywrightError

from register.bench.local_server import served

BROWSER_TESTS_DIR = Path(__file__).resolve().parent

# Debian's chromium; without the background-networking flags it tries to reach Google.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test below tests/browser as `browser` (hooks here see all collected items)."""
    for item in items:
        if BROWSER_TESTS_DIR in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Serve built_site on a free port of 127.0.0.1; yields e.g. "http://127.0.0.1:40123"."""
    with served(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Headless Debian chromium.  A missing browser fails (never skips) the tests."""
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.access(executable, os.X_OK):
        pytest.fail(f"chromium not found ({executable}); run `make chromium`", pytrace=False)
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        except PlaywrightError as exc:
            pytest.fail(f"could not launch {executable}: {exc}\n(run `make chromium`?)", pytrace=False)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """Fresh context + page per test.  `page.requests_seen` lists every requested URL, in order."""
    context = browser.new_context(locale="sv-SE", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests_seen: list[str] = []
    page.on("request", lambda request: requests_seen.append(request.url))
    page.requests_seen = requests_seen  # Page has no such attribute; setattr keeps type checkers quiet
    try:
        yield page
    finally:
        context.close()


# --- Sites built with a fixed build date and a known repository ---------------------------

FIXED_REPOSITORY = "example-org/asn-register"
FIXED_SITE_URL = "https://register.example/asn/"


@pytest.fixture(scope="session")
def site_built_on(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """site_built_on("2025-10-15") → base URL of a site built and served with REGISTER_TODAY set.

    Built with SITE_URL and GITHUB_REPOSITORY fixed too, so the feed's absolute links and the
    history and error-report links are known. Each date is built once per session.
    """
    import support

    servers = contextlib.ExitStack()
    urls: dict[str, str] = {}

    def build_and_serve(today: str) -> str:
        if today not in urls:
            site = tmp_path_factory.mktemp(f"site-{today}")
            env = {
                "REGISTER_TODAY": today,
                "SITE_URL": FIXED_SITE_URL,
                "GITHUB_REPOSITORY": FIXED_REPOSITORY,
                "GITHUB_SERVER_URL": "https://github.com",
            }
            result = support.build_site(site, env, without=("SOURCE_DATE_EPOCH",))
            if result.returncode != 0:
                pytest.fail(f"build with REGISTER_TODAY={today} failed:\n{result.stderr}", pytrace=False)
            urls[today] = servers.enter_context(served(site))
        return urls[today]

    with servers:
        yield build_and_serve

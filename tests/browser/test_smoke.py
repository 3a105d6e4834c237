"""Smoke test: the built start page loads, is Swedish, and needs no third-party host."""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import Page


def test_start_page_loads_from_localhost_only(page: Page, site_url: str) -> None:
    response = page.goto(site_url + "/")
    assert response is not None
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "sv"

    # Let late requests (search index, worker, fonts) happen before checking hosts.
    page.wait_for_load_state("networkidle")
    requests_seen: list[str] = page.requests_seen
    assert requests_seen, "no requests recorded"
    foreign = [
        url
        for url in requests_seen
        # data:/blob: URLs are not network requests.
        if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname != "127.0.0.1"
    ]
    assert foreign == [], f"requests to other hosts than 127.0.0.1: {foreign}"

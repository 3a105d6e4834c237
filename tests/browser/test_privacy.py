"""No visitor is leaked: no request to any host but the site's own, no cookies, nothing stored.

One browser visit goes through every page type (tests/site_pages.py), opens the search, types,
follows a hit and opens a source document, recording every request, WebSocket and service
worker on the way (lagen om elektronisk kommunikation 9 kap. 28 §; no Google Fonts, no CDN).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from browser_helpers import context_for, open_search
from playwright.sync_api import Browser, Page, expect
from site_pages import pages_to_check, search_query

STORAGE_JS = (
    """() => ({cookie: document.cookie, local: Object.keys(localStorage), session: Object.keys(sessionStorage)})"""
)


def stored_in_browser(page: Page, where: str) -> list[str]:
    state = page.evaluate(STORAGE_JS)
    return [f"{where}: {what} = {value!r}" for what, value in state.items() if value]


def test_pages_talk_only_to_their_own_host_and_store_nothing(browser: Browser, site_url: str, built_site: Path) -> None:
    host = urlsplit(site_url).hostname
    requests: list[str] = []
    stored: list[str] = []
    with context_for(browser, "1280px") as context:
        context.on("request", lambda request: requests.append(request.url))
        context.on("page", lambda page: page.on("websocket", lambda ws: requests.append(ws.url)))
        page = context.new_page()
        for target in pages_to_check(built_site):
            page.goto(site_url + target.path)
            page.wait_for_load_state("networkidle")  # late requests: search index, worker, fonts
            stored += stored_in_browser(page, target.path)

        # Use the site as a reader does: search, follow a hit, open its source document.
        page.goto(site_url + "/")
        open_search(page, search_query())
        page.locator(".register-search__link").first.click()  # follow the best hit
        expect(page).not_to_have_url(site_url + "/")
        page.wait_for_load_state("networkidle")
        stored += stored_in_browser(page, page.url)
        source = page.locator("article a[href$='.txt']").first
        expect(source).to_be_attached()
        source.click()
        page.wait_for_load_state("networkidle")

        cookies = context.cookies()
        service_workers = [worker.url for worker in context.service_workers]

    assert len(requests) > len(pages_to_check(built_site)), "too few requests recorded: is the recorder on?"
    foreign = sorted(
        {url for url in requests if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname != host}
    )
    problems = [f"anrop till annan värd än {host}: {url}" for url in foreign]
    problems += [f"kaka satt: {cookie['name']} ({cookie['domain']})" for cookie in cookies]
    problems += [f"sparat i webbläsaren: {item}" for item in stored]
    problems += [f"service worker: {url}" for url in service_workers]
    assert not problems, "Integritetsproblem:\n" + "\n".join(problems)

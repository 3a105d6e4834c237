"""An index in several Pagefind bundles: pagefind/register-bundles.json lists the bundles that
docs/assets/search.js merges into pagefind/ (mergeIndex) before it searches.

The contract: {"bundles": ["pagefind/b01/", …]}, paths relative to the site's root, each a
Pagefind bundle of the same version and language as pagefind/ (which stays the bundle whose
pagefind.js and WebAssembly are loaded). The list is fetched on intent, like the rest of the
search; the build writes it with an empty list for one bundle (register/site/search.py), and
without it (404) pagefind/ is searched alone. A path that is not below the site is refused:
the search says it could not load and asks no other host.

The site here is the session's build below /registret/ (as on GitHub Pages), with a bundle
b01 of two pages indexed by Pagefind's Python API, which only b01 holds.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pagefind.index import PagefindIndex
from playwright.sync_api import Page, Route, expect

from register.bench.local_server import served

# Pages only bundle b01 has; the second also names an organisation that pagefind/ has.
B01_PAGES = {
    "/beslut/tn-2099-1/": ("Beslut", "TN-2099-1: Qwertyprovet", "Ett ärende som bara finns i paketet b01."),
    "/beslut/tn-2099-2/": (
        "Beslut",
        "TN-2099-2: Bidrag till Hela Människan i Malmö",
        "Qwertyprovet igen: Hela Människan i Malmö får ett bidrag i paketet b01.",
    ),
}


def page_html(kind: str, title: str, text: str) -> str:
    return (
        '<html lang="sv"><head><title>x</title></head><body><article class="md-content__inner">'
        f'<span hidden data-pagefind-meta="slag:{kind}"></span><h1>{title}</h1><p>{text}</p>'
        "</article></body></html>"
    )


async def write_bundle(folder: Path) -> None:
    config = {"root_selector": "article.md-content__inner", "force_language": "sv", "output_path": str(folder)}
    async with PagefindIndex(config=config) as index:  # type: ignore[arg-type]
        for url, (kind, title, text) in B01_PAGES.items():
            await index.add_html_file(content=page_html(kind, title, text), url=url)


@pytest.fixture(scope="module")
def merged_site(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site at /registret/ with pagefind/b01/ merged in; yields the site's address."""
    served_root = tmp_path_factory.mktemp("bundles")
    site = served_root / "registret"
    site.mkdir()
    for entry in built_site.iterdir():  # everything shared with the session's site but pagefind/
        if entry.name != "pagefind":
            (site / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    shutil.copytree(built_site / "pagefind", site / "pagefind")
    with ThreadPoolExecutor(1) as thread:  # Playwright's sync API runs an event loop in this one
        thread.submit(asyncio.run, write_bundle(site / "pagefind" / "b01")).result()
    assert (site / "pagefind" / "b01" / "pagefind-entry.json").is_file()
    assert len(list((site / "pagefind" / "b01" / "fragment").iterdir())) == len(B01_PAGES)
    (site / "pagefind" / "register-bundles.json").write_text(json.dumps({"bundles": ["pagefind/b01/"]}))
    with served(served_root) as url:
        yield url + "/registret"


def result_links(page: Page) -> list[str]:
    return page.locator(".register-search__link").evaluate_all("links => links.map(a => a.getAttribute('href'))")


def test_a_result_from_a_merged_bundle_shows(page: Page, merged_site: str) -> None:
    page.goto(merged_site + "/beslut/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in page.requests_seen if "/pagefind/" in url]  # nothing before intent
    page.keyboard.press("/")
    page.get_by_role("searchbox", name="Sök i registret").fill("Qwertyprovet")
    status = page.locator("[data-register-search]").get_by_role("status")
    expect(status).to_have_text("Qwertyprovet gav 2 träffar", timeout=15_000)
    first = page.locator(".register-search__result").first
    expect(first.locator(".register-search__link")).to_have_text("TN-2099-1: Qwertyprovet")
    expect(first.locator(".register-search__link")).to_have_attribute("href", "/registret/beslut/tn-2099-1/")
    expect(first.locator(".register-search__kind")).to_have_text("Slag: Beslut")
    expect(first.locator(".register-search__excerpt mark")).to_have_text([re.compile(r"^Qwertyprovet")])
    fetched = page.requests_seen
    assert any(url.endswith("/registret/pagefind/register-bundles.json") for url in fetched), fetched
    assert any("/registret/pagefind/b01/pagefind-entry.json" in url for url in fetched), fetched
    assert any("/registret/pagefind/b01/fragment/" in url for url in fetched), fetched
    assert not [url for url in fetched if "/b01/pagefind.js" in url or "/b01/wasm." in url], fetched


def test_a_query_finds_pages_of_every_bundle(page: Page, merged_site: str) -> None:
    page.goto(merged_site + "/?q=Hela%20M%C3%A4nniskan")
    expect(page.locator("[data-register-search]").get_by_role("status")).to_have_text(
        re.compile(r"^Hela Människan gav \d+ träffar$"), timeout=15_000
    )
    links = result_links(page)
    assert "/registret/organisationer/hela-manniskan-i-malmo/" in links, links  # from pagefind/
    assert "/registret/beslut/tn-2099-2/" in links, links  # from pagefind/b01/


def test_without_the_list_pagefind_is_searched_alone(page: Page, merged_site: str) -> None:
    page.route("**/pagefind/register-bundles.json", lambda route: route.fulfill(status=404, body="Sidan finns inte"))
    page.goto(merged_site + "/?q=Hela%20M%C3%A4nniskan")
    expect(page.locator("[data-register-search]")).to_have_attribute("data-state", "ready", timeout=15_000)
    expect(page.locator(".register-search__link").first).to_be_visible(timeout=15_000)
    links = result_links(page)
    assert "/registret/organisationer/hela-manniskan-i-malmo/" in links, links
    assert "/registret/beslut/tn-2099-2/" not in links, links
    assert not [url for url in page.requests_seen if "/b01/" in url]


def test_a_bundle_outside_the_site_is_refused(page: Page, merged_site: str) -> None:
    def elsewhere(route: Route) -> None:
        route.fulfill(json={"bundles": ["pagefind/b01/", "https://example.org/pagefind/"]})

    page.route("**/pagefind/register-bundles.json", elsewhere)
    page.goto(merged_site + "/?q=Qwertyprovet")
    expect(page.locator("[data-register-search]").get_by_role("status")).to_have_text(
        "Sökningen kunde inte laddas. Ladda om sidan och försök igen.", timeout=15_000
    )
    expect(page.locator("[data-register-search]")).to_have_attribute("data-state", "failed")
    assert not [url for url in page.requests_seen if "example.org" in url]

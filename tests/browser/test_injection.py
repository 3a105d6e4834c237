"""Text from the data that looks like Jinja or HTML is shown as literal text and never runs.

The site is built from tests/fixtures/injection/, a valid register whose text fields hold
`{{ config }}`, `{% include 'x' %}`, `<script>…</script>`, `<img src=x onerror=…>` and
`</title><script>…`. MkDocs' theme templates do not autoescape, so the places Material fills
from page meta (<title>, the header, the search index) are checked as well as the page bodies.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from browser_helpers import open_search
from playwright.sync_api import Page, expect
from support import REPO_ROOT, build_site, output_of

from register.bench.local_server import served

INJECTION_DATA = REPO_ROOT / "tests" / "fixtures" / "injection"
SITE_NAME = "Registret över ASN:s bidrag och partnerskap"

DECISION_TITLE = "TN-2024-1: Bidrag </title><script>alert('decision-title')</script> {{ config }}"
ORGANISATION = "Föreningen <img src=x onerror=alert('org-img')> {{ config }}"
PROGRAMME = "Verksamheten {{ config }} <script>alert('programme-script')</script>"
PARTNERSHIP = "IOP </title><script>alert('iop-title')</script>"
BODY = "Testnämnden {{ config }}"

# Each page and the literal texts a reader must see on it.
PAGES: dict[str, tuple[str | None, list[str]]] = {
    "/beslut/tn-2024-1/": (
        DECISION_TITLE,
        [
            "Sammanfattning {{ config }} och {% include 'x' %}.",
            "<script>alert('summary-script')</script> <img src=x onerror=alert('summary-img')>",
            "Beviljar <b>100 000</b> kronor {{ 7*7 }}.",
            "Rubrik <img src=x onerror=alert('heading-img')> {{ config }}",
            "Text {% include 'x' %} <script>alert('section-script')</script>",
            "Test <img src=x onerror=alert('official-img')>",
            ORGANISATION,
            PROGRAMME,
            PARTNERSHIP,
            BODY,
        ],
    ),
    "/organisationer/injektionsforeningen/": (
        ORGANISATION,
        [
            "{% include 'x' %} alias",
            "</title><script>alert('alias-title')</script>",
            "Beskrivning med <script>alert('org-script')</script> och {{ config.site_name }}.",
            "&lt;b&gt;inte fet&lt;/b&gt; och [länk](javascript:alert('md')) och **inte fet**.",
            "{% raw %}ideell förening{% endraw %}",
            "Stadgar {{ 7*7 }}",
        ],
    ),
    "/verksamheter/injektionsverksamheten/": (
        PROGRAMME,
        ["<img src=x onerror=alert('target-img')>", "driver {% include 'x' %}", ORGANISATION],
    ),
    "/partnerskap/iop-injektion/": (
        PARTNERSHIP,
        ["Syfte {{ config }}", "<img src=x onerror=alert('goal-img')>", "Första {% include 'x' %}"],
    ),
    "/organ/testnamnden/": (
        BODY,
        [
            "Nämnden <script>alert('body-script')</script> och {% include 'x' %}.",
            "Testdata <img src=x onerror=alert('body-img')>",
        ],
    ),
    "/beslut/": (None, [DECISION_TITLE.removeprefix("TN-2024-1: ")]),
    "/organisationer/": (None, [ORGANISATION]),
    "/verksamheter/": (None, [PROGRAMME]),
    "/partnerskap/": (None, [PARTNERSHIP]),
    "/organ/": (None, [BODY]),
    "/": (None, [DECISION_TITLE.removeprefix("TN-2024-1: ")]),
}

# Anything a payload would create if it were parsed as HTML instead of shown as text.
# JSON-LD is data the browser never runs: text from the data may stand in it, as long as it
# stays inside its one element and parses as JSON (LINKED_DATA_BROKEN).
INJECTED_NODES = """() => [
    ...document.querySelectorAll('img[src="x"]'),
    ...[...document.scripts].filter(s => s.type !== "application/ld+json" && s.textContent.includes("alert(")),
    ...document.querySelectorAll('[onerror], [onmouseover]'),
].length"""
LINKED_DATA_BROKEN = """() => [...document.querySelectorAll('script[type="application/ld+json"]')].filter(s => {
    try { JSON.parse(s.textContent); return false; } catch (e) { return true; }
}).length"""


@pytest.fixture(scope="module")
def injection_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built (strictly) from the injection register, served on 127.0.0.1."""
    site = tmp_path_factory.mktemp("injection-site")
    # REGISTER_CHECK_FRAMES=all: every record page made from the frame is compared with the
    # theme's full render, and the build stops at a difference: hostile text must not break the
    # frame's markers any more than it may run.
    result = build_site(site, {"REGISTER_DATA_DIR": str(INJECTION_DATA), "REGISTER_CHECK_FRAMES": "all"})
    assert result.returncode == 0, output_of(result)
    records = sum(1 for folder in INJECTION_DATA.iterdir() if folder.is_dir() for _ in folder.glob("*.yml"))
    assert f"register: {records} postsidor ur sidramar, 0 renderade i sin helhet" in result.stderr
    with served(site) as url:
        yield url


def watch_dialogs(page: Page) -> list[str]:
    """Every alert/confirm/prompt a page opens (a payload that ran would open one)."""
    dialogs: list[str] = []

    def record(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", record)
    return dialogs


def assert_nothing_ran(page: Page, dialogs: list[str]) -> None:
    page.wait_for_load_state("networkidle")
    assert dialogs == []
    assert page.evaluate(INJECTED_NODES) == 0
    assert page.evaluate(LINKED_DATA_BROKEN) == 0
    requested = [url for url in page.requests_seen if re.search(r"/x$", url)]
    assert requested == [], "an injected <img src=x> was loaded"


@pytest.mark.parametrize("path", list(PAGES))
def test_page_shows_data_as_literal_text(page: Page, injection_url: str, path: str) -> None:
    dialogs = watch_dialogs(page)
    page.goto(injection_url + path)
    title, texts = PAGES[path]
    if title is not None:
        assert page.title() == f"{title} - {SITE_NAME}"
        expect(page.locator("h1")).to_have_text(title)
        header = page.locator('[data-md-component="header-topic"]').first
        expect(header).to_have_text(title)
    article = page.locator("article")
    for text in texts:
        expect(article).to_contain_text(text)
    assert_nothing_ran(page, dialogs)


def test_search_results_show_titles_literally(page: Page, injection_url: str) -> None:
    dialogs = watch_dialogs(page)
    page.goto(injection_url + "/")
    open_search(page, "alias")
    result = page.locator(".register-search__link").filter(has_text="Föreningen").first
    expect(result).to_have_text(ORGANISATION)
    assert_nothing_ran(page, dialogs)


def test_search_excerpts_show_the_text_literally(page: Page, injection_url: str) -> None:
    """An excerpt is the page's text with the query's words marked, never markup from the data:
    not the description's <script>, and "&lt;b&gt;" stays those characters (not "<b>")."""
    dialogs = watch_dialogs(page)
    page.goto(injection_url + "/")
    open_search(page, "Beskrivning")
    result = page.locator(".register-search__result").filter(has_text="Föreningen").first
    excerpt = result.locator(".register-search__excerpt")
    expect(excerpt).to_contain_text("Beskrivning med <script>alert('org-script')</script> och {{ config.site_name }}.")
    expect(excerpt).to_contain_text("&lt;b&gt;inte")
    expect(excerpt.locator("mark")).to_have_text(["Beskrivning"])
    assert excerpt.evaluate("p => [...p.querySelectorAll('*')].every(e => e.tagName === 'MARK')")
    assert_nothing_ran(page, dialogs)


OTHER_RECORDS = {ORGANISATION, PROGRAMME, PARTNERSHIP, BODY}

# Pagefind's own client, run in the page: what the index holds for each page (plain text).
PAGEFIND_PAGES = """async (base) => {
    const pagefind = await import(base + "/pagefind/pagefind.js");
    await pagefind.init();
    const found = {};
    for (const word of ["config", "include", "script", "alert", "alias", "Testnämnden", "Syfte"]) {
        const search = await pagefind.search(word);
        for (const result of search.results) {
            const data = await result.data();
            found[data.url] = {title: data.meta.title, content: data.content};
        }
    }
    return found;
}"""


def test_search_index_holds_the_literal_text(page: Page, injection_url: str) -> None:
    page.goto(injection_url + "/")
    indexed = page.evaluate(PAGEFIND_PAGES, injection_url)
    for path, (title, texts) in PAGES.items():
        if title is None:  # listings repeat the record pages and are not indexed
            continue
        assert path in indexed, f"{path} is not in the search index"
        content = re.sub(r"\s+", " ", indexed[path]["content"])
        assert indexed[path]["title"] == title
        # Names of other records stand in link lists the index leaves out (they repeat pages).
        for text in (t for t in texts if t not in OTHER_RECORDS or t == title):
            assert text in content, (path, text)


def _fetch(page: Page, url: str) -> str:
    response = page.request.get(url)
    assert response.ok, url
    return response.text()


def test_exports_and_feed_carry_the_text_as_it_is(page: Page, injection_url: str) -> None:
    """Open data and the feed hold the literal text: never executed, never escaped into markup."""
    import csv
    import io

    import feedparser

    packed = page.request.get(injection_url + "/oppna-data/register.json.gz")
    assert packed.ok
    register = json.loads(gzip.decompress(packed.body()))
    assert register["records"]["organisations"]["injektionsforeningen"]["name"] == ORGANISATION
    record = json.loads(_fetch(page, injection_url + "/beslut/tn-2024-1.json"))
    assert record["record"]["title"] == DECISION_TITLE.removeprefix("TN-2024-1: ")
    rows = list(
        csv.DictReader(io.StringIO(_fetch(page, injection_url + "/oppna-data/organisations.csv").lstrip("\ufeff")))
    )
    assert ORGANISATION in [row["name"] for row in rows]
    feed = feedparser.parse(_fetch(page, injection_url + "/feed.xml"))
    assert feed.bozo == 0
    assert feed.entries[0].title == DECISION_TITLE  # the parser unescapes exactly once

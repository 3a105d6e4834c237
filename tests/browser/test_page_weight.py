"""A page costs a visitor the same whatever the size of the register.

A cold load (empty cache) of every page type fetches the page itself and the site's fixed
assets, nothing that lists every page. Material's script fetches sitemap.xml on every page that
has a `<link rel="alternate">` (the Atom feed): while sitemap.xml listed every page, that was
1.6 MB per page at 10 000 decisions (register/site/sitemap.py).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

from browser_helpers import context_for
from playwright.sync_api import Browser, Response
from site_pages import pages_to_check

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_a_cold_page_load_fetches_nothing_that_grows_with_the_register(
    browser: Browser, site_url: str, built_site: Path
) -> None:
    problems: list[str] = []
    sitemap_seen = False
    for target in pages_to_check(built_site):
        responses: list[Response] = []
        with context_for(browser, "1280px") as context:  # a new context: nothing cached

            def seen(response: Response, into: list[Response] = responses) -> None:
                into.append(response)

            context.on("response", seen)
            page = context.new_page()
            page.goto(site_url + target.path)
            page.wait_for_load_state("networkidle")
            for response in responses:
                path = urlsplit(response.url).path
                if response.url.startswith("data:") or path in (target.path, "/assets/images/favicon.png"):
                    continue
                if path.startswith("/assets/"):
                    continue  # the theme's and the register's own scripts and styles: fixed size
                if path == "/sitemap.xml":
                    sitemap_seen = True
                    root = ET.fromstring(response.body())
                    if root.tag != f"{SITEMAP_NS}sitemapindex" or root.find(f"{SITEMAP_NS}url") is not None:
                        problems.append(f"{target.path}: sitemap.xml listar sidor ({len(response.body())} byte)")
                    continue
                problems.append(f"{target.path}: hämtar {path} ({len(response.body())} byte)")
    assert sitemap_seen, "no page fetched sitemap.xml: does Material still do it? then update this test"
    assert not problems, "Sidor som hämtar mer än sig själva och de fasta resurserna:\n" + "\n".join(problems)

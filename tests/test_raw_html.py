"""Macros' HTML blocks skip Python-Markdown and come back unchanged (register/site/raw_html.py)."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from support import REPO_ROOT, data_under_test

from register.core.load import load_register
from register.site import listings
from register.site.raw_html import RawHtml


def site_markdown() -> markdown.Markdown:
    config = load_config(str(REPO_ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


def test_a_block_set_aside_comes_back_as_markdown_would_have_left_it() -> None:
    register, problems = load_register(data_under_test(), REPO_ROOT / "docs")
    assert register is not None, problems
    html = listings.listing(register, "beslut/", "decision")
    page = "# Beslut\n\nAlla beslut i registret.\n\n{}\n\nSlut på *listan*.\n"

    direct = site_markdown().convert(page.format(html))
    raw = RawHtml()
    kept = raw.restore(site_markdown().convert(page.format(raw.keep(html))))
    assert "data-register-raw" not in kept
    assert kept == direct
    assert raw.restore(kept) == kept  # each block is handed back once


def test_no_placeholder_is_left_in_the_built_site(built_site: Path) -> None:
    left = [
        p.relative_to(built_site).as_posix()
        for p in built_site.rglob("*.html")
        if "data-register-raw" in p.read_text(encoding="utf-8")
    ]
    assert not left, left
    assert "register-table-wrap" in (built_site / "beslut" / "index.html").read_text(encoding="utf-8")


def test_a_lost_placeholder_stops_the_build_with_a_message() -> None:
    raw = RawHtml()
    raw.keep("<table></table>")
    with pytest.raises(PluginError, match=r"på sidan beslut\.md \(block vars platshållare försvann i Markdown: 1\)"):
        raw.restore("<p>inget här</p>", "beslut.md")


def test_a_repeated_placeholder_stops_the_build_with_a_message() -> None:
    raw = RawHtml()
    placeholder = raw.keep("<table></table>")
    with pytest.raises(PluginError, match="platshållare som står flera gånger: 1"):
        raw.restore(placeholder + placeholder, "beslut.md")


def test_a_placeholder_without_a_block_stops_the_build_with_a_message() -> None:
    raw = RawHtml()
    placeholder = raw.keep("<p>a</p>")
    with pytest.raises(PluginError, match="platshållare utan block: 7"):
        raw.restore(placeholder + '<div data-register-raw="7"></div>')

"""A sitemap over the protocol's limit becomes a sitemap index of parts; a short one is untouched."""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from pathlib import Path

from register.sitemap import NAMESPACE, split_if_needed

NS = {"s": NAMESPACE}


def write_sitemap(site: Path, count: int) -> list[str]:
    urls = [f"https://example.org/register/beslut/asn-2024-{n}/" for n in range(1, count + 1)]
    body = "".join(f"<url><loc>{u}</loc><lastmod>2025-01-0{n % 9 + 1}</lastmod></url>" for n, u in enumerate(urls))
    (site / "sitemap.xml").write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{NAMESPACE}">{body}</urlset>\n', encoding="utf-8")
    (site / "sitemap.xml.gz").write_bytes(gzip.compress((site / "sitemap.xml").read_bytes()))
    return urls


def test_a_long_sitemap_becomes_an_index_of_parts(tmp_path: Path) -> None:
    urls = write_sitemap(tmp_path, 5)
    original = ET.parse(tmp_path / "sitemap.xml").getroot()
    assert split_if_needed(tmp_path, "https://example.org/register/", limit=2) == 3

    index = ET.parse(tmp_path / "sitemap.xml").getroot()
    assert index.tag == f"{{{NAMESPACE}}}sitemapindex"
    parts = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    assert parts == [f"https://example.org/register/sitemap-{n}.xml" for n in (1, 2, 3)]
    assert gzip.decompress((tmp_path / "sitemap.xml.gz").read_bytes()) == (tmp_path / "sitemap.xml").read_bytes()

    listed, lastmods = [], []
    for number in (1, 2, 3):
        part = ET.parse(tmp_path / f"sitemap-{number}.xml").getroot()
        assert part.tag == f"{{{NAMESPACE}}}urlset"
        locs = [loc.text for loc in part.findall("s:url/s:loc", NS)]
        assert len(locs) <= 2
        listed += locs
        lastmods += [m.text for m in part.findall("s:url/s:lastmod", NS)]
    assert listed == urls  # every URL once, in order
    assert lastmods == [m.text for m in original.findall("s:url/s:lastmod", NS)]


def test_a_sitemap_within_the_limit_is_left_alone(tmp_path: Path) -> None:
    write_sitemap(tmp_path, 5)
    before = (tmp_path / "sitemap.xml").read_bytes()
    assert split_if_needed(tmp_path, "https://example.org/", limit=5) == 0
    assert (tmp_path / "sitemap.xml").read_bytes() == before
    assert not list(tmp_path.glob("sitemap-*.xml"))


def test_the_built_site_has_a_single_sitemap(built_site: Path) -> None:
    root = ET.parse(built_site / "sitemap.xml").getroot()
    assert root.tag == f"{{{NAMESPACE}}}urlset"
    assert any(loc.text and loc.text.endswith("/beslut/asn-2024-17401/") for loc in root.findall("s:url/s:loc", NS))

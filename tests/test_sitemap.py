"""sitemap.xml is always a small index of parts of at most 50 000 URLs (see register/site/sitemap.py)."""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from pathlib import Path

from register.site.sitemap import NAMESPACE, write_index

NS = {"s": NAMESPACE}


def write_sitemap(site: Path, count: int) -> list[str]:
    urls = [f"https://example.org/register/beslut/asn-2024-{n}/" for n in range(1, count + 1)]
    body = "".join(f"<url><loc>{u}</loc><lastmod>2025-01-0{n % 9 + 1}</lastmod></url>" for n, u in enumerate(urls))
    (site / "sitemap.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{NAMESPACE}">{body}</urlset>\n', encoding="utf-8"
    )
    (site / "sitemap.xml.gz").write_bytes(gzip.compress((site / "sitemap.xml").read_bytes()))
    return urls


def test_a_long_sitemap_becomes_an_index_of_parts(tmp_path: Path) -> None:
    urls = write_sitemap(tmp_path, 5)
    original = ET.parse(tmp_path / "sitemap.xml").getroot()
    assert write_index(tmp_path, "https://example.org/register/", limit=2) == 3

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


def test_a_short_sitemap_becomes_an_index_of_one_part(tmp_path: Path) -> None:
    """Material fetches sitemap.xml on every page (for its language links): it must stay small."""
    urls = write_sitemap(tmp_path, 5)
    before = (tmp_path / "sitemap.xml").read_bytes()
    assert write_index(tmp_path, "https://example.org/", limit=50_000) == 1
    index = ET.parse(tmp_path / "sitemap.xml").getroot()
    assert index.tag == f"{{{NAMESPACE}}}sitemapindex"
    assert [loc.text for loc in index.findall("s:sitemap/s:loc", NS)] == ["https://example.org/sitemap-1.xml"]
    part = (tmp_path / "sitemap-1.xml").read_bytes()
    assert [loc.text for loc in ET.fromstring(part).findall("s:url/s:loc", NS)] == urls
    assert ET.fromstring(part).findall("s:url/s:lastmod", NS) and len(part) >= len(before) - 100


def test_an_index_is_left_as_it_is(tmp_path: Path) -> None:
    write_sitemap(tmp_path, 3)
    write_index(tmp_path, "https://example.org/")
    index, part = (tmp_path / "sitemap.xml").read_bytes(), (tmp_path / "sitemap-1.xml").read_bytes()
    assert write_index(tmp_path, "https://example.org/") == 0
    assert (tmp_path / "sitemap.xml").read_bytes() == index and (tmp_path / "sitemap-1.xml").read_bytes() == part


def test_the_built_site_has_a_sitemap_index_of_one_part(built_site: Path) -> None:
    index = ET.parse(built_site / "sitemap.xml").getroot()
    assert index.tag == f"{{{NAMESPACE}}}sitemapindex"
    assert [loc.text.rsplit("/", 1)[-1] for loc in index.findall("s:sitemap/s:loc", NS) if loc.text] == [
        "sitemap-1.xml"
    ]
    part = ET.parse(built_site / "sitemap-1.xml").getroot()
    assert any(loc.text and loc.text.endswith("/beslut/asn-2024-17401/") for loc in part.findall("s:url/s:loc", NS))


def test_pages_kept_from_an_earlier_build_are_listed_in_the_order_of_a_full_build(tmp_path: Path) -> None:
    urls = write_sitemap(tmp_path, 3)  # what MkDocs wrote: the pages it made in this build
    kept = ["https://example.org/register/organisationer/a/", "https://example.org/register/beslut/asn-2024-9/"]
    order = [urls[2], kept[1], urls[0], kept[0], urls[1]]
    write_index(tmp_path, "https://example.org/register/", extra=kept, order=order)
    part = ET.parse(tmp_path / "sitemap-1.xml").getroot()
    assert [loc.text for loc in part.findall("s:url/s:loc", NS)] == order
    day = part.find("s:url/s:lastmod", NS)
    assert day is not None and all(url.findtext("s:lastmod", namespaces=NS) for url in part.findall("s:url", NS)), (
        "a kept page has the build's date like the others"
    )

"""Turn MkDocs' sitemap into a sitemap index of parts of at most 50 000 URLs.

MkDocs writes one sitemap.xml (and sitemap.xml.gz) listing every page. Two reasons to move the
list into sitemap-1.xml, sitemap-2.xml, … and make sitemap.xml their index, always:

- Material's script fetches sitemap.xml on every page that has a `<link rel="alternate">` (ours:
  the Atom feed), to find pages in other languages. A list of every page cost each visitor
  1.6 MB per page at 10 000 decisions; the index is a few hundred bytes whatever the size.
- The sitemap protocol allows at most 50 000 URLs (and 50 MB) in one file, so a large register
  needs parts anyway; the address search engines know (sitemap.xml) stays the same.
"""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
MAX_URLS = 50_000  # per sitemap file, by the protocol
_FIELDS = ("loc", "lastmod", "changefreq", "priority")


def write_index(
    site_dir: Path, site_url: str, limit: int = MAX_URLS, extra: Sequence[str] = (), order: Sequence[str] = ()
) -> int:
    """Move the URLs of `site_dir`/sitemap.xml into parts of at most `limit` URLs and make
    sitemap.xml their index; return the number of parts (0 when there is no sitemap).

    `extra`: addresses of pages MkDocs did not write (kept from an earlier build), listed like
    the others; `order`: the order of the pages it names, whichever build made them (the rest
    come first, in MkDocs' order), so a build with kept pages writes the same sitemap."""
    sitemap = site_dir / "sitemap.xml"
    if not sitemap.is_file():
        return 0
    root = ET.parse(sitemap).getroot()
    if root.tag != f"{{{NAMESPACE}}}urlset":
        return 0  # already an index: MkDocs did not write a new sitemap in this build
    urls = [
        {name: (url.findtext(f"{{{NAMESPACE}}}{name}") or "").strip() for name in _FIELDS}
        for url in root.iter(f"{{{NAMESPACE}}}url")
    ]
    if extra:
        day = next((url["lastmod"] for url in urls if url["lastmod"]), "")
        urls += [{"loc": loc, "lastmod": day, "changefreq": "", "priority": ""} for loc in extra]
    if order:
        rank = {loc: number for number, loc in enumerate(order)}
        urls.sort(key=lambda url: rank.get(url["loc"], -1))
    base = site_url if site_url.endswith("/") else site_url + "/"
    parts = [urls[start : start + limit] for start in range(0, len(urls), limit)] or [[]]
    entries = []
    for number, part in enumerate(parts, start=1):
        name = f"sitemap-{number}.xml"
        (site_dir / name).write_text(_urlset(part), encoding="utf-8")
        entries.append(f"<sitemap><loc>{escape(base + name)}</loc></sitemap>")
    index = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="{NAMESPACE}">\n' + "\n".join(entries) + "\n</sitemapindex>\n"
    )
    sitemap.write_text(index, encoding="utf-8")
    (site_dir / "sitemap.xml.gz").write_bytes(gzip.compress(index.encode("utf-8"), mtime=0))
    return len(parts)


def _urlset(urls: list[dict[str, str]]) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{NAMESPACE}">']
    for url in urls:
        fields = "".join(f"<{name}>{escape(url[name])}</{name}>" for name in _FIELDS if url[name])
        lines.append(f"<url>{fields}</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"

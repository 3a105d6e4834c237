"""Split MkDocs' sitemap into a sitemap index when it lists more URLs than a sitemap may hold.

The sitemap protocol allows at most 50 000 URLs (and 50 MB) in one sitemap file. MkDocs always
writes a single sitemap.xml (and sitemap.xml.gz); with more pages than that, the URLs are
written to sitemap-1.xml, sitemap-2.xml, … and sitemap.xml becomes the index of those files, so
the address search engines already know keeps working.
"""

from __future__ import annotations

import gzip
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
MAX_URLS = 50_000  # per sitemap file, by the protocol
_FIELDS = ("loc", "lastmod", "changefreq", "priority")


def split_if_needed(site_dir: Path, site_url: str, limit: int = MAX_URLS) -> int:
    """Split `site_dir`/sitemap.xml into parts of at most `limit` URLs; return the number of parts
    written (0 when the sitemap is short enough, or missing, and is left as it is)."""
    sitemap = site_dir / "sitemap.xml"
    if not sitemap.is_file():
        return 0
    urls = [
        {name: (url.findtext(f"{{{NAMESPACE}}}{name}") or "").strip() for name in _FIELDS}
        for url in ET.parse(sitemap).getroot().iter(f"{{{NAMESPACE}}}url")
    ]
    if len(urls) <= limit:
        return 0
    base = site_url if site_url.endswith("/") else site_url + "/"
    parts = [urls[start:start + limit] for start in range(0, len(urls), limit)]
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

"""Addresses people type for a case: the case number as the memos print it.

A decision's page is `/beslut/asn-2024-17401/` (lower case), but readers type the case number
as the memos print it: `ASN-2024-17401`, or `ASN 2024-17401` with a space. A static site
cannot answer those with a server redirect, so the build writes a small page at each such
address that sends the browser on to the permalink (`<meta http-equiv="refresh">`, with a
link for when that is turned off). These pages are written after the site (not MkDocs pages),
so they are in neither the sitemap nor the search index; each says `noindex` and names the
permalink as canonical, so search engines list only the permalink.

On a file system that ignores case (macOS) the upper-case folder is the permalink's own
folder: an address whose folder already exists is left alone, so a redirect never replaces
the page it points to.

Measured at 10 000 decisions (December 2026): 20 000 pages of 471 to 495 bytes, 9.9 MB. A
shorter page would save nothing that counts: each is already under one 512-byte block of the
Pages upload (a tar: 1.5 kB a page with its folder's and its own header, 31 MB in all) and one
block on disk. Fewer pages would lose an address: the 404 page can send a reader on only with
JavaScript (and answers 404 first), and a file `beslut/ASN-2024-17401.html` instead of a folder
answers the address without a trailing slash but not the one with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from markupsafe import escape

from register.core.urls import record_url

_PAGE = """<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{case} – vidare till ärendet</title>
<link rel="canonical" href="{canonical}">
<meta http-equiv="refresh" content="0; url={target}">
</head>
<body>
<p>Ärendet {case} finns på <a href="{target}">{target_path}</a>.</p>
</body>
</html>
"""


def typed_addresses(case_number: str) -> list[str]:
    """The folders (below the site) people may type for a case, besides its permalink:
    'beslut/ASN-2024-17401/' and 'beslut/ASN 2024-17401/'."""
    folder = record_url("decision", case_number).split("/")[0]
    spaced = case_number.replace("-", " ", 1)
    own = record_url("decision", case_number)
    candidates = [f"{folder}/{case_number.upper()}/", f"{folder}/{spaced.upper()}/"]
    return [address for address in dict.fromkeys(candidates) if address != own]


def redirect_page(case_number: str, site_url: str) -> str:
    """The page at a typed address: on to the permalink at once, with a link besides."""
    own = record_url("decision", case_number)
    base = site_url if site_url.endswith("/") else site_url + "/"
    target = "../" + own.split("/", 1)[1]  # from beslut/ASN-…/ to beslut/asn-…/, under any base path
    return _PAGE.format(
        case=escape(case_number), canonical=escape(base + own), target=escape(target), target_path=escape("/" + own)
    )


def write(site_dir: Path, case_numbers: Iterable[str], site_url: str) -> int:
    """Write the redirect pages of every case; return how many were written."""
    written = 0
    for case_number in case_numbers:
        for address in typed_addresses(case_number):
            folder = site_dir / address
            if folder.exists():  # the permalink itself (a case-insensitive file system), or a page
                continue
            folder.mkdir(parents=True)
            (folder / "index.html").write_text(redirect_page(case_number, site_url), encoding="utf-8")
            written += 1
    return written

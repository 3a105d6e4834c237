"""The addresses people type for a case (register/site/redirects.py): redirect pages to the
permalink, in neither the sitemap nor the search index."""

from __future__ import annotations

from pathlib import Path

from test_search_index import indexed

from register.site import redirects


def test_upper_case_and_spaced_case_numbers_have_redirect_pages(built_site: Path) -> None:
    assert redirects.typed_addresses("ASN-2024-17401") == ["beslut/ASN-2024-17401/", "beslut/ASN 2024-17401/"]
    for address in redirects.typed_addresses("ASN-2024-17401"):
        html = (built_site / address / "index.html").read_text(encoding="utf-8")
        assert '<meta name="robots" content="noindex">' in html
        assert '<link rel="canonical" href="http://127.0.0.1:8000/beslut/asn-2024-17401/">' in html
        assert 'http-equiv="refresh" content="0; url=../asn-2024-17401/"' in html


def test_redirect_pages_are_in_neither_the_sitemap_nor_the_search(built_site: Path) -> None:
    sitemap = "".join(p.read_text(encoding="utf-8") for p in built_site.glob("sitemap-*.xml"))
    assert "beslut/asn-2024-17401/" in sitemap
    assert "ASN-2024-17401/" not in sitemap and "ASN%202024" not in sitemap and "ASN 2024" not in sitemap
    urls = set(indexed(built_site))
    assert "/beslut/asn-2024-17401/" in urls
    assert not [url for url in urls if "ASN" in url], sorted(urls)


def test_a_redirect_never_replaces_the_page_it_points_to(tmp_path: Path) -> None:
    """On a case-insensitive file system the upper-case folder is the permalink's own."""
    own = tmp_path / "beslut" / "ASN-2024-17401"
    own.mkdir(parents=True)
    (own / "index.html").write_text("the record page", encoding="utf-8")
    assert redirects.write(tmp_path, ["ASN-2024-17401"], "https://example.org/") == 1
    assert (own / "index.html").read_text(encoding="utf-8") == "the record page"
    assert (tmp_path / "beslut" / "ASN 2024-17401" / "index.html").is_file()

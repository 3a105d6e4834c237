"""The search index as Pagefind wrote it (register/site/search.py): each page says its kind,
and excerpts keep a label apart from its value."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from register.site.search import KIND_NAMES, PAGE_KIND, indexable


def indexed(site: Path) -> dict[str, dict]:
    """Every page in the index by its address: each fragment is gzip of b"pagefind_dcd" + JSON."""
    pages = {}
    for fragment in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        page = json.loads(gzip.decompress(fragment.read_bytes())[len(b"pagefind_dcd") :])
        pages[page["url"]] = page
    return pages


def test_every_page_in_the_index_says_its_kind(built_site: Path) -> None:
    kinds = {url: page["meta"].get("slag") for url, page in indexed(built_site).items()}
    assert kinds["/beslut/asn-2024-17401/"] == "Beslut"
    assert kinds["/organisationer/hela-manniskan-i-malmo/"] == "Organisation"
    assert kinds["/verksamheter/thaiwise/"] == "Verksamhet"
    assert kinds["/partnerskap/iop-thaiwise/"] == "Partnerskap"
    assert kinds["/organ/kommunstyrelsen/"] == "Organ"
    assert kinds["/ordlista/"] == "Sida"
    assert set(kinds.values()) <= {*KIND_NAMES.values(), PAGE_KIND}, kinds


def test_excerpts_keep_labels_apart_from_values(built_site: Path) -> None:
    pages = indexed(built_site)
    organisation = pages["/organisationer/hela-manniskan-i-malmo/"]["content"]
    assert "Organisationsform: förening." in organisation
    assert "Organisationsformförening" not in organisation
    decision = pages["/beslut/asn-2024-17401/"]["content"]
    assert "Rubrikuppgift" not in decision and "DiarienummerASN" not in decision


def test_the_indexed_page_separates_terms_and_cells() -> None:
    assert indexable("<dt>Rubrik</dt><dd>uppgift saknas</dd><dt>Nämnd</dt><dd><a>ASN</a></dd>") == (
        "<dt>Rubrik:</dt> <dd>uppgift saknas.</dd> <dt>Nämnd:</dt> <dd><a>ASN</a></dd> "
    )
    assert indexable("<th>Ärende</th><th>Belopp</th>") == "<th>Ärende</th> <th>Belopp</th> "

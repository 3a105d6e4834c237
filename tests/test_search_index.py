"""The search index as Pagefind wrote it (register/site/search.py): each page says its kind,
and excerpts keep a label apart from its value."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from register.core.load import default_data_dir
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


def test_pages_that_list_every_record_leave_their_rows_out_of_the_index(built_site: Path) -> None:
    """The filter table and the Öppna data page's list of grants left out of 360Giving repeat
    records whose own pages are searched. Indexed, they grow with the register (200 000 words
    at 10 000 decisions) and a hit on either page fetches every row as its fragment."""
    pages = indexed(built_site)
    cases = {path.stem for path in (default_data_dir() / "decisions").glob("*.yml")}
    filtering, open_data = pages["/filtrera/"]["content"], pages["/oppna-data/"]["content"]
    assert filtering.startswith("Filtrera ärenden och medel")  # the page itself is still found
    assert sorted(case for case in cases if case in filtering) == []
    assert "360Giving publicerar" in open_data
    # ASN-2024-17401 stands in the field reference as an example ("t.ex. 'Tjänsteskrivelse …'").
    assert sorted(case for case in cases - {"ASN-2024-17401"} if case in open_data) == []


def test_the_list_of_bundles_to_merge_is_written_and_empty_for_one_bundle(built_site: Path) -> None:
    listed = built_site / "pagefind" / "register-bundles.json"
    assert json.loads(listed.read_text(encoding="utf-8")) == {"bundles": []}

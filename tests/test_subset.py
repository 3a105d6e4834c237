"""`make serve-subset`: REGISTER_SUBSET builds some records and what they refer to, checked as always."""

from __future__ import annotations

import shutil
from pathlib import Path

from support import REPO_ROOT, build_site, data_under_test, output_of

from register.core import subset
from register.core.load import load_register

DATA = data_under_test()


def test_a_subset_reads_the_chosen_records_and_what_they_refer_to() -> None:
    register, problems = load_register(DATA, REPO_ROOT / "docs", subset.reader(["decisions/ASN-2024-17401.yml"]))
    assert register is not None and problems == []
    entries = register.entries
    assert "ASN-2024-17401" in entries["decision"]
    assert "hela-manniskan-i-malmo" in entries["organisation"]  # the grant's recipient
    assert "iop-thaiwise" in entries["partnership"]
    assert "ASN-2019-17494" in entries["decision"]  # through the partnership's agreements
    assert "efus" not in entries["organisation"]  # nothing read refers to it
    full, _ = load_register(DATA, REPO_ROOT / "docs")
    assert sum(map(len, entries.values())) < sum(map(len, full.entries.values()))


def test_a_subset_still_reports_a_reference_to_a_missing_record(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "organisations" / "hela-manniskan-i-malmo.yml").unlink()
    register, problems = load_register(data, REPO_ROOT / "docs", subset.reader(["decisions/ASN-2024-17401.yml"]))
    assert register is None
    assert any("hänvisar till organisation 'hela-manniskan-i-malmo' som inte finns" in p.message for p in problems)


def test_the_build_honours_register_subset(tmp_path: Path) -> None:
    result = build_site(tmp_path / "site", {"REGISTER_SUBSET": "programmes/mammakraft.yml"})
    assert result.returncode == 0, output_of(result)
    assert "förhandsvisning av ett urval" in result.stderr
    assert (tmp_path / "site" / "verksamheter" / "mammakraft" / "index.html").is_file()
    assert (tmp_path / "site" / "organisationer" / "internationella-kvinnoforeningen" / "index.html").is_file()
    assert not (tmp_path / "site" / "beslut" / "asn-2024-17401" / "index.html").exists()

"""What the editor records deliberately against the source, shown as such: a value as the source
writes it, unverified (`org_number_as_written`: never an identifier in the open data), and an
amount that differs from its att-sats (`amount_difference_note`)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date
from pathlib import Path

from support import html_text
from test_check import DOCS, VALID

from register.core.load import load_register
from register.core.registry import Register
from register.opendata.exports import build
from register.opendata.settings import OpenDataSettings
from register.site.render import render_record

PRINTED = "802438-1356"  # the memo's number: its check digit fails


def _register(tmp_path: Path) -> Register:
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    path = data / "organisations" / "utan-nummer.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("sources:", f"org_number_as_written: {PRINTED}\nsources:", 1),
        encoding="utf-8",
    )
    register, problems = load_register(data, DOCS)
    assert register is not None and problems == [], [str(p) for p in problems]
    return register


def test_the_page_shows_the_number_as_written_and_unverified(tmp_path: Path) -> None:
    page = html_text(render_record(_register(tmp_path), "organisation", "utan-nummer"))
    assert f"Organisationsnummer {PRINTED} (så som det står i underlaget, ej verifierat)" in page


def test_the_open_data_never_identify_the_recipient_by_it(tmp_path: Path) -> None:
    register = _register(tmp_path)
    assert any(row.grant.recipient == "utan-nummer" and row.status == "decided" for row in register.grants)
    open_data = build(
        register,
        OpenDataSettings(),
        "https://example.org/",
        "Test",
        last_changed=lambda kind, record_id: date(2026, 1, 1),
    )
    files = {f.path: f.content for f in open_data.files}
    giving = json.loads(str(files["oppna-data/360giving.json"]))
    ids = [org["id"] for grant in giving["grants"] for org in grant["recipientOrganization"]]
    assert "360G-malmoasn-utan-nummer" in ids
    assert not any(PRINTED in i for i in ids)
    grants = list(csv.DictReader(io.StringIO(str(files["oppna-data/grants.csv"]))))
    rows = [r for r in grants if r["recipient_org_id"] == "360G-malmoasn-utan-nummer"]
    assert rows and {r["recipient_org_number"] for r in rows} == {""}
    # Linked data: the organisation has no identifier (an unverified number is not one).
    for path, content in files.items():
        if PRINTED in str(content) and path.endswith((".json", ".jsonld")):
            assert f'"value": "{PRINTED}"' not in str(content), path


def test_a_deliberate_difference_from_the_att_sats_is_shown_with_its_note(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    path = data / "decisions" / "TN-2025-2.yml"
    text = path.read_text(encoding="utf-8").replace(
        "amount_sek: 50000\n", "amount_sek: 45000\n    amount_difference_note: Nämnden beslutade 45 000 kronor.\n"
    )
    path.write_text(text, encoding="utf-8")
    register, problems = load_register(data, DOCS)
    assert register is not None and problems == [], [str(p) for p in problems]
    page = html_text(render_record(register, "decision", "TN-2025-2"))
    assert (
        "Beloppet 45\u00a0000\u00a0kr till Föreningen Exempel för 2025 skiljer sig från att-sats 1: Nämnden beslutade 45 000 kronor."
        in page
    )

"""A value recorded as the source writes it, unverified (an organisation's
`org_number_as_written`): shown on the page as such, never an identifier in the open data."""

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

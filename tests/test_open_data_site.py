"""The open data as the built site publishes it (published data): the files are there, their
totals equal the totals on the site, and the "Öppna data" page describes every column."""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import re
from pathlib import Path

import pytest
from support import html_text

from register.core.model import KINDS
from register.opendata.settings import FORMAT_VERSION


def _kronor(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _site_totals(page: str) -> dict[str, int]:
    text = html_text(page)
    # The start page's headline figures (register/site/templates/overview.html).
    decided = re.search(r"Beviljat ([\d\s\u00a0]+)\u00a0kr enligt registrerade beslut", text)
    proposed = re.search(r"Föreslaget till idéburna organisationer ([\d\s\u00a0]+)\u00a0kr", text)
    assert decided and proposed, "the start page shows no totals"
    return {"decided": _kronor(decided.group(1)), "proposed": _kronor(proposed.group(1))}


@pytest.fixture(scope="module")
def register_json(built_site: Path) -> dict:
    with gzip.open(built_site / "oppna-data" / "register.json.gz", "rt", encoding="utf-8") as handle:
        return json.load(handle)


def test_totals_in_the_exports_equal_the_totals_on_the_site(built_site: Path, register_json: dict) -> None:
    on_site = _site_totals((built_site / "index.html").read_text(encoding="utf-8"))
    assert on_site["proposed"] > 0  # the seed memos propose money; a zero would prove nothing
    exported = register_json["totals"]["grants_sek"]
    assert {k: exported[k] for k in on_site} == on_site
    sums = {"decided": 0, "proposed": 0}
    unknown = {"decided": 0, "proposed": 0}
    with (built_site / "oppna-data" / "grants.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            # An empty amount is never 0 kr: the explicit column says it is unknown.
            assert (row["amount_sek"] == "") == (row["amount_kind"] == "unknown")
            if row["amount_kind"] == "unknown":
                unknown[row["status"]] = unknown.get(row["status"], 0) + 1
            else:
                sums[row["status"]] = sums.get(row["status"], 0) + int(row["amount_sek"])
    assert {k: sums[k] for k in on_site} == on_site
    assert {k: unknown[k] for k in on_site} == {
        k: register_json["totals"]["grants_of_unknown_amount"][k] for k in on_site
    }


def test_the_transfer_from_kommunstyrelsen_is_not_a_grant(built_site: Path, register_json: dict) -> None:
    transfers = (built_site / "oppna-data" / "transfers.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(transfers, newline="")))
    assert [(r["from_body"], r["amount_sek"], r["grant_to_civil_society"]) for r in rows] == [
        ("kommunstyrelsen", "1300000", "false")
    ]
    grants = (built_site / "oppna-data" / "grants.csv").read_text(encoding="utf-8")
    assert "kommunstyrelsen" not in grants and ",1300000," not in grants
    assert register_json["totals"]["transfers_between_municipal_bodies_sek"] == 1300000


def test_open_data_page_describes_every_field_of_the_model(built_site: Path) -> None:
    page = html.unescape((built_site / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    columns = set(re.findall(r"<code>([a-z_.]+)</code>", page))
    for kind in KINDS.values():
        for name in kind.model.model_fields:
            assert name in columns or any(c.startswith(name + ".") for c in columns), (kind.name, name)
    for needed in (
        "CC0 1.0",
        f"Dataformatets version är {FORMAT_VERSION}",
        "Ingen 360Giving-fil publiceras ännu",
        "Prefixet är ännu inte registrerat hos 360Giving",
        "Ändringslogg för dataformatet",
        "Varje text finns en gång i öppna data.",
        "De stora filerna är packade.",
        "En fil per post har allt utom texterna.",
        "Texter som bara står på ärendets sida och i register.json.gz",
    ):
        assert needed in html_text(page), needed
    # The packed files are linked as gzip, and nothing links the names they had before 2.0.0.
    assert '<a href="register.json.gz" type="application/gzip">' in page
    assert '<a href="register.sqlite.gz" type="application/gzip">' in page
    assert 'href="register.json"' not in page and 'href="register.sqlite"' not in page

"""Open data built from the fixture register (which has decided, changed, refused and proposed
grants and a transfer): nothing lost, the standards' own validators pass, totals agree."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import frictionless
import pytest
from jsonschema import Draft202012Validator, FormatChecker
from pydantic import BaseModel
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from support import REPO_ROOT, data_under_test
from test_check import DOCS, VALID

from register.core.load import load_register
from register.core.model import KINDS
from register.core.registry import Register
from register.core.schemas import json_schema
from register.opendata import memo_texts
from register.opendata.context import Context
from register.opendata.documents import (
    DECISION_ONLY_KEYS,
    RECORD_KEYS,
    REGISTER_KEYS,
    record_document,
    register_document,
)
from register.opendata.exports import OpenData, build
from register.opendata.settings import OpenDataSettings, SettingsError, read_settings
from register.site import open_data_page
from register.site.render import render_record

# The official schema, copied unchanged into the repository so the tests run offline and in CI.
STANDARD = REPO_ROOT / "tests" / "standards" / "360giving"
BASE = "https://register.example/"
MARKUP = "Text ur källan med <em>märkning</em>, & och {{ config }}: ska stå som den är"


@pytest.fixture(scope="module")
def register() -> Register:
    reg, problems = load_register(VALID, DOCS)
    assert reg is not None, problems
    return reg


@pytest.fixture(scope="module")
def open_data(register: Register) -> OpenData:
    return build(register, OpenDataSettings(), BASE, "Testregistret")


def file(open_data: OpenData, path: str) -> str:
    return next(f.content for f in open_data.all_files() if f.path == path)


def register_json(open_data: OpenData) -> Any:
    """register.json, unpacked from register.json.gz as a re-user does."""
    content = file(open_data, "oppna-data/register.json.gz")
    assert isinstance(content, bytes)
    return json.loads(gzip.decompress(content).decode("utf-8"))


def csv_rows(open_data: OpenData, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(file(open_data, f"oppna-data/{name}.csv"), newline="")))


@pytest.fixture(scope="module")
def written(open_data: OpenData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The exports written to disk, as the site publishes them."""
    out = tmp_path_factory.mktemp("exports")
    for export in open_data.all_files():
        target = out / export.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(export.content, bytes):
            target.write_bytes(export.content)
        else:
            target.write_text(export.content, encoding="utf-8", newline="")
    return out


# --- Nothing is lost ----------------------------------------------------------------------


def test_register_json_loads_back_to_exactly_the_records(register: Register, open_data: OpenData) -> None:
    data = register_json(open_data)
    for kind in KINDS.values():
        exported = data["records"][kind.folder]
        assert sorted(exported) == sorted(register.entries[kind.name])
        for record_id, value in exported.items():
            loaded = kind.model.model_validate(value)
            assert loaded == register.get(kind.name, record_id)
            assert loaded.model_dump(mode="json") == value


def _same_fields(model: BaseModel, value: dict[str, Any], where: str) -> None:
    assert set(value) == set(type(model).model_fields), where
    for name in type(model).model_fields:
        item = getattr(model, name)
        if isinstance(item, BaseModel):
            _same_fields(item, value[name], f"{where}.{name}")
        elif isinstance(item, list):
            for index, element in enumerate(item):
                if isinstance(element, BaseModel):
                    _same_fields(element, value[name][index], f"{where}.{name}[{index}]")


@pytest.mark.parametrize(
    "data_dir,docs_dir", [(VALID, DOCS), (REPO_ROOT / "data", REPO_ROOT / "docs")], ids=["fixtures", "published-data"]
)
def test_every_field_of_the_model_is_in_the_json_exports(data_dir: Path, docs_dir: Path) -> None:
    """Every field of every record and of every part, also those without a value (null or [])."""
    reg, _ = load_register(data_dir, docs_dir)
    od = build(reg, OpenDataSettings(), BASE, "Registret")
    data = register_json(od)
    for kind in KINDS.values():
        for record_id, value in data["records"][kind.folder].items():
            _same_fields(reg.get(kind.name, record_id), value, f"{kind.folder}/{record_id}")
    # A record's own file: every field too, but a decision's memo texts (they are in register.json.gz).
    for export in od.record_files:
        one = json.loads(export.content)
        full = data["records"][KINDS[one["kind"]].folder][one["id"]]
        if one["kind"] == "decision":
            assert set(one["record"]) == set(full) - set(memo_texts.TEXT_FIELDS), export.path
            assert one["record"] == memo_texts.without_texts(full), export.path
        else:
            _same_fields(reg.get(one["kind"], one["id"]), one["record"], export.path)


def test_records_in_the_exports_follow_the_published_json_schemas(open_data: OpenData) -> None:
    data = register_json(open_data)
    for kind in KINDS.values():
        validator = Draft202012Validator(json.loads(file(open_data, f"schema/{kind.name}.schema.json")))
        for record_id, value in data["records"][kind.folder].items():
            assert list(validator.iter_errors(value)) == [], record_id
        for export in open_data.record_files:  # also a decision without its memo texts
            document = json.loads(export.content)
            if document["kind"] == kind.name:
                assert list(validator.iter_errors(document["record"])) == [], export.path


def test_every_model_field_has_a_csv_column(open_data: OpenData) -> None:
    """Every field but a decision's memo texts, which are in register.json.gz and the record's JSON."""
    for kind in KINDS.values():
        header = csv_rows(open_data, kind.folder)[0].keys()
        for name in kind.model.model_fields:
            if kind.name == "decision" and name in memo_texts.TEXT_FIELDS:
                assert name not in header
                continue
            assert name in header or any(h.startswith(name + ".") for h in header), (kind.folder, name)
    # texts_url: register.json.gz at the decision, empty for a decision without memo texts.
    texts = {r["id"]: r["texts_url"] for r in csv_rows(open_data, "decisions")}
    assert texts == {
        "TN-2024-1": BASE + "oppna-data/register.json.gz#/records/decisions/TN-2024-1",
        "TN-2024-3": "",
        "TN-2024-4": "",
        "TN-2025-2": "",
    }


def test_text_is_exported_as_it_is_never_escaped_into_markup(register: Register, open_data: OpenData) -> None:
    assert register.get("organisation", "utan-nummer").description == MARKUP
    data = register_json(open_data)
    assert data["records"]["organisations"]["utan-nummer"]["description"] == MARKUP
    row = next(r for r in csv_rows(open_data, "organisations") if r["id"] == "utan-nummer")
    assert row["description"] == MARKUP
    record = json.loads(file(open_data, "organisationer/utan-nummer.json"))
    assert record["record"]["description"] == MARKUP
    grant = next(r for r in csv_rows(open_data, "grants") if r["case_number"] == "TN-2024-3")
    assert grant["purpose"] == "Sommarverksamhet för <barn> & unga"
    for export in open_data.files:
        if isinstance(export.content, bytes):
            continue  # register.sqlite: tested in test_sqlite.py
        assert "&lt;" not in export.content and "&amp;" not in export.content, export.path


def test_json_documents_have_exactly_the_documented_keys(open_data: OpenData, register: Register) -> None:
    ctx = Context(register, OpenDataSettings(), BASE, "Testregistret")
    assert set(register_document(ctx)) == set(REGISTER_KEYS)
    assert set(record_document(ctx, "decision", "TN-2024-1")) == set(RECORD_KEYS)
    assert set(record_document(ctx, "organisation", "utan-nummer")) == set(RECORD_KEYS) - DECISION_ONLY_KEYS
    assert record_document(ctx, "decision", "TN-2024-3")["texts_url"] is None  # no memo text


def test_each_record_has_a_json_file_next_to_its_page(register: Register, open_data: OpenData) -> None:
    paths = {f.path for f in open_data.record_files}
    assert "beslut/tn-2024-1.json" in paths
    assert len(paths) == sum(len(by_id) for by_id in register.entries.values())
    doc = json.loads(file(open_data, "beslut/tn-2024-1.json"))
    assert doc["url"] == BASE + "beslut/tn-2024-1/"
    assert [g["status"] for g in doc["grants"]] == ["decided"]


def test_a_decision_page_says_its_json_file_leaves_the_texts_out(register: Register) -> None:
    """Only where there are texts to leave out (TN-2024-3 has no memo text)."""
    said = "alla uppgifter utom texterna ur tjänsteskrivelsen, som står på den här sidan"
    assert said in render_record(register, "decision", "TN-2024-1")
    assert said not in render_record(register, "decision", "TN-2024-3")
    assert said not in render_record(register, "organisation", "utan-nummer")


def test_exports_are_deterministic_whatever_the_hash_seed() -> None:
    script = (
        "import hashlib, sys; from pathlib import Path\n"
        "from register.core.load import load_register\n"
        "from register.opendata.exports import build\n"
        "from register.opendata.settings import OpenDataSettings\n"
        f"reg, _ = load_register(Path({str(VALID)!r}), Path({str(DOCS)!r}))\n"
        f"od = build(reg, OpenDataSettings(), {BASE!r}, 'T')\n"
        "h = hashlib.sha256()\n"
        "[h.update(f.path.encode() + (f.content if isinstance(f.content, bytes) else f.content.encode())) for f in od.all_files()]\n"
        "print(h.hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


# --- Grants, statuses, totals and transfers -------------------------------------------------


def test_grants_csv_has_every_grant_with_its_status(open_data: OpenData) -> None:
    rows = {r["case_number"]: r for r in csv_rows(open_data, "grants")}
    assert {k: v["status"] for k, v in rows.items()} == {
        "TN-2024-1": "decided",
        "TN-2024-3": "decided",
        "TN-2024-4": "refused",
        "TN-2025-2": "proposed",
    }
    assert rows["TN-2025-2"]["decision_date"] == ""
    assert rows["TN-2024-1"]["decision_date"] == "2023-11-20"
    assert rows["TN-2024-1"]["recipient_org_number"] == "802438-1355"
    assert rows["TN-2024-3"]["recipient_org_id"] == "360G-malmoasn-utan-nummer"
    assert rows["TN-2024-3"]["url"] == BASE + "beslut/tn-2024-3/"


def test_totals_in_the_exports_are_the_registers_totals(register: Register, open_data: OpenData) -> None:
    sums: dict[str, int] = {}
    for row in csv_rows(open_data, "grants"):
        sums[row["status"]] = sums.get(row["status"], 0) + int(row["amount_sek"])
    totals = register.totals()
    expected = {"proposed": totals.proposed, "decided": totals.decided, "refused": totals.refused}
    assert {k: sums.get(k, 0) for k in expected} == expected == {"proposed": 50000, "decided": 125000, "refused": 10000}
    data = register_json(open_data)
    assert data["totals"]["grants_sek"] == expected


def test_transfers_are_kept_apart_and_marked_as_not_grants(open_data: OpenData) -> None:
    transfers = csv_rows(open_data, "transfers")
    assert [(t["case_number"], t["amount_sek"], t["grant_to_civil_society"]) for t in transfers] == [
        ("TN-2024-3", "200000", "false")
    ]
    assert all(r["case_number"] != "TN-2024-3" or r["amount_sek"] == "25000" for r in csv_rows(open_data, "grants"))
    data = register_json(open_data)
    assert data["totals"]["transfers_between_municipal_bodies_sek"] == 200000
    assert data["transfers"][0]["grant_to_civil_society"] is False
    package = json.loads(file(open_data, "oppna-data/360giving.json"))
    assert 200000 not in [g["amountAwarded"] for g in package["grants"]]


# --- Frictionless Data Package --------------------------------------------------------------


def test_datapackage_passes_frictionless_validate(written: Path) -> None:
    report = frictionless.validate(str(written / "oppna-data" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])
    # A table per CSV file, then register.json.gz and register.sqlite.gz, read whole and checked
    # against their declared size and SHA-256.
    assert len(report.tasks) == len(KINDS) + 4
    assert [(t.name, t.type) for t in report.tasks[-2:]] == [("register-json", "json"), ("register-sqlite", "file")]


def test_frictionless_catches_a_broken_reference_and_a_wrong_amount(written: Path, tmp_path: Path) -> None:
    """The package's types and foreign keys are really checked (the test above can fail)."""
    broken = tmp_path / "oppna-data"
    broken.mkdir()
    for path in (written / "oppna-data").iterdir():
        (broken / path.name).write_bytes(path.read_bytes())
    grants = (broken / "grants.csv").read_text(encoding="utf-8")
    grants = grants.replace(",foreningen-exempel,", ",foreningen-finns-inte,", 1).replace(",100000,", ",100 000,", 1)
    (broken / "grants.csv").write_text(grants, encoding="utf-8", newline="")
    report = frictionless.validate(str(broken / "datapackage.json"))
    assert {error[0] for error in report.flatten(["type"])} == {"foreign-key", "type-error"}


# --- 360Giving ------------------------------------------------------------------------------

# The standard's dates are `oneOf: [{format: date-time}, {pattern: YYYY-MM-DD}]`, so formats must
# be checked (as 360Giving's own tools do) or a plain date matches both branches. jsonschema only
# checks date-time and uri with optional packages; these two checkers follow RFC 3339 and RFC 3986.
FORMATS = FormatChecker()
for _name, _check in Draft202012Validator.FORMAT_CHECKER.checkers.items():
    FORMATS.checkers[_name] = _check
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


@FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.match(value):
        return False
    datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    return True


@FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and (parts.netloc or parts.path)) and " " not in value


def threesixty_validator() -> Draft202012Validator:
    """The official package schema, its grant schema resolved from the local copy (offline)."""
    package_schema = json.loads((STANDARD / "360-giving-package-schema.json").read_text(encoding="utf-8"))
    grant_schema = json.loads((STANDARD / "360-giving-schema.json").read_text(encoding="utf-8"))
    grant = DRAFT202012.create_resource(grant_schema)  # its $schema says http://, so name the dialect
    ref = package_schema["properties"]["grants"]["items"]["$ref"]
    registry = Registry().with_resources([(ref, grant), (grant_schema["$id"], grant)])
    return Draft202012Validator(package_schema, registry=registry, format_checker=FORMATS)


def test_360giving_package_validates_against_the_official_schema(open_data: OpenData) -> None:
    package = json.loads(file(open_data, "oppna-data/360giving.json"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in threesixty_validator().iter_errors(package)]
    assert errors == []


def test_the_360giving_validator_rejects_a_broken_grant(open_data: OpenData) -> None:
    """The official schema is really applied, $ref and formats included (the test above can fail)."""
    package = json.loads(file(open_data, "oppna-data/360giving.json"))
    del package["grants"][0]["fundingOrganization"]
    package["grants"][0]["awardDate"] = "20 november 2023"
    package["grants"][1]["amountAwarded"] = "25 000"
    package["grants"][1]["plannedDates"][0]["endDate"] = "2024-12-31T25:00:00Z"
    errors = {tuple(e.absolute_path) for e in threesixty_validator().iter_errors(package)}
    assert errors == {
        ("grants", 0),
        ("grants", 0, "awardDate"),
        ("grants", 1, "amountAwarded"),
        ("grants", 1, "plannedDates", 0, "endDate"),
    }


def test_360giving_holds_only_decided_grants_with_org_ids(open_data: OpenData) -> None:
    package = json.loads(file(open_data, "oppna-data/360giving.json"))
    grants = {g["id"]: g for g in package["grants"]}
    assert sorted(grants) == ["360G-malmoasn-TN-2024-1-1", "360G-malmoasn-TN-2024-3-1"]
    first, second = grants["360G-malmoasn-TN-2024-1-1"], grants["360G-malmoasn-TN-2024-3-1"]
    assert first["fundingOrganization"] == [
        {"id": "SE-ON-212000-1124", "name": "Testkommunen", "department": "Testnämnden"}
    ]
    assert first["recipientOrganization"][0]["id"] == "SE-ON-802438-1355"
    assert (first["awardDate"], first["amountAwarded"], first["currency"]) == ("2023-11-20", 100000, "SEK")
    assert second["recipientOrganization"][0]["id"] == "360G-malmoasn-utan-nummer"
    assert second["plannedDates"] == [{"startDate": "2024-03", "endDate": "2024-12-31"}]
    left = {(item.row.decision.case_number, item.row.status) for item in open_data.threesixty_left}
    assert left == {("TN-2025-2", "proposed"), ("TN-2024-4", "refused")}


def test_published_data_has_no_360giving_file_while_nothing_is_decided() -> None:
    reg, _ = load_register(data_under_test(), REPO_ROOT / "docs")
    od = build(reg, OpenDataSettings(), BASE, "Registret")
    assert all(row.status != "decided" or row.grant.amount_sek is None for row in reg.grants)
    assert od.threesixty is None
    assert not any(f.path.endswith("360giving.json") for f in od.all_files())


def test_open_data_page_links_the_360giving_file_when_there_is_one(register: Register, open_data: OpenData) -> None:
    html = open_data_page.threesixty(register, open_data, "oppna-data/")
    assert 'href="360giving.json"' in html and "<strong>2</strong> beviljade bidrag" in html
    assert "Prefixet är ännu inte registrerat hos 360Giving" in html
    assert "TN-2025-2" in html  # listed among the grants left out, with the reason


# --- Settings -------------------------------------------------------------------------------


def test_settings_default_and_wrong_settings_are_explained() -> None:
    assert read_settings({}).org_id_prefix == "360G-malmoasn"
    assert read_settings({"register": {"open_data": {"org_id_prefix": "360G-abc"}}}).org_id_prefix == "360G-abc"
    with pytest.raises(SettingsError) as error:
        read_settings({"register": {"open_data": {"grant_id_prefix": "malmo", "licens": "CC0"}}})
    message = str(error.value)
    assert "extra.register.open_data.grant_id_prefix: har fel form; skriv 360G-" in message
    assert "extra.register.open_data.licens: okänd inställning" in message


def test_schema_files_are_the_models_schemas(open_data: OpenData) -> None:
    for kind in KINDS:
        assert json.loads(file(open_data, f"schema/{kind}.schema.json")) == json_schema(kind)


def test_a_wrong_setting_stops_the_build_with_the_message(register: Register) -> None:
    from types import SimpleNamespace

    from mkdocs.exceptions import PluginError

    from register.site.open_data_files import build_for_site

    config = SimpleNamespace(
        extra={"register": {"open_data": {"org_id_prefix": "SE-ON"}}},
        site_url="https://register.example/",
        site_name="T",
    )
    with pytest.raises(
        PluginError,
        match=r"Inställningarna för öppna data är fel:\nmkdocs.yml: "
        r"extra.register.open_data.org_id_prefix: har fel form",
    ):
        build_for_site(register, config)  # type: ignore[arg-type]


def test_the_macros_debug_payload_does_not_copy_the_open_data(open_data: OpenData) -> None:
    """mkdocs-macros turns every variable into JSON text for its debug log on every build, even
    with the log off; the text of every open-data file made that gigabytes at 10 000 decisions."""
    from super_collections import SuperDict  # what mkdocs-macros serialises its variables with

    payload = SuperDict({"open_data": open_data}).to_json()
    total = sum(len(f.content) for f in open_data.all_files())
    assert len(payload) < 200 < total, payload[:300]
    assert "filer" in repr(open_data)

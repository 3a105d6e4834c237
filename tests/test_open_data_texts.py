"""Each memo text once in the open data, and the bulk files gzipped the same way every build.

Run on the frozen copy of the register (tests/fixtures/register), whose memos have summaries,
sections and a case known by reference with its context: the memo texts are in register.json.gz
(for re-users) and on each decision's page (for readers), never in decisions.csv, the SQLite
file or a decision's own JSON file, which say where they are in `texts_url`; the .gz files are
plain gzip without a date or a name, byte for byte the same in two builds, and what
datapackage.json and dcat.jsonld say of them is true.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
import sqlite3
from collections import Counter
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import frictionless
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCAT
from support import FROZEN_DATA, REPO_ROOT

from register.core.load import load_register
from register.core.registry import Register
from register.opendata import memo_texts
from register.opendata.exports import OpenData, build
from register.opendata.settings import OpenDataSettings
from register.site.render import render_record

BASE = "https://register.example/"
PACKED = ("oppna-data/register.json.gz", "oppna-data/register.sqlite.gz")
IANA = Namespace("https://www.iana.org/assignments/media-types/")


@pytest.fixture(scope="module")
def register() -> Register:
    loaded, problems = load_register(FROZEN_DATA, REPO_ROOT / "docs")
    assert loaded is not None, problems
    return loaded


@pytest.fixture(scope="module")
def open_data(register: Register) -> OpenData:
    return build(register, OpenDataSettings(), BASE, "Testregistret")


@pytest.fixture(scope="module")
def texts(register: Register) -> list[str]:
    """Every memo text of every decision (a text two decisions share counts twice)."""
    found = [
        text
        for decision in register.records("decision")
        for text in memo_texts.memo_texts(decision.model_dump(mode="json"))
    ]
    dumped = [d.model_dump(mode="json") for d in register.records("decision")]
    # The copy has all three kinds of text, so the tests below can fail.
    assert any(d["summary"] for d in dumped) and any(d["context"] for d in dumped)
    assert any(s["text"] for d in dumped for s in d["sections"])
    return found


def content(open_data: OpenData, path: str) -> bytes:
    return next(f.data for f in open_data.all_files() if f.path == path)


def strings(value: Any) -> list[str]:
    """Every string value in a JSON document."""
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    return [value] if isinstance(value, str) else []


@pytest.fixture(scope="module")
def database(open_data: OpenData, tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("texts") / "register.sqlite"
    path.write_bytes(gzip.decompress(content(open_data, "oppna-data/register.sqlite.gz")))
    return sqlite3.connect(path)


def test_no_memo_text_is_in_decisions_csv(open_data: OpenData, texts: list[str]) -> None:
    table = content(open_data, "oppna-data/decisions.csv").decode("utf-8")
    cells = [cell for row in csv.reader(io.StringIO(table, newline="")) for cell in row]
    for text in texts:
        assert not any(text in cell for cell in cells), text[:60]
    header = next(csv.reader(io.StringIO(table, newline="")))
    assert not set(memo_texts.TEXT_FIELDS) & set(header)
    assert memo_texts.TEXTS_URL in header and memo_texts.SECTIONS in header


def test_no_memo_text_is_in_the_sqlite_file(database: sqlite3.Connection, texts: list[str]) -> None:
    """Not in the decisions table, nor in the tables of their money. (A partnership may quote its
    memo in its own fields, such as target_group: that is the partnership's record, kept as it is.)"""
    values = [
        value
        for table in ("decisions", "grants", "transfers", "kolumner")
        for row in database.execute(f'SELECT * FROM "{table}"')
        for value in row
        if isinstance(value, str)
    ]
    for text in texts:
        assert not any(text in value for value in values), text[:60]
    sections = database.execute("SELECT sections FROM decisions WHERE sections != '[]'").fetchall()
    assert sections and all("text" not in section for (cell,) in sections for section in json.loads(cell))


def test_every_memo_text_is_in_register_json_once(open_data: OpenData, texts: list[str]) -> None:
    """Once, in its decision: never copied into the grants, transfers or totals. (Records of other
    kinds may quote a memo in their own fields; they are left out of the count.)"""
    document = json.loads(gzip.decompress(content(open_data, "oppna-data/register.json.gz")))
    document["records"] = {"decisions": document["records"]["decisions"]}
    in_document = Counter(strings(document))
    for text, times in Counter(texts).items():
        assert in_document[text] == times, text[:60]


def resolve(document: Any, url: str) -> Any:
    """What a texts_url names: the value its JSON Pointer (RFC 6901, after '#') points to."""
    fragment = unquote(urlsplit(url).fragment)
    assert fragment.startswith("/"), url
    for token in fragment[1:].split("/"):
        document = document[token.replace("~1", "/").replace("~0", "~")]
    return document


def test_texts_url_points_at_the_decision_in_register_json(open_data: OpenData, register: Register) -> None:
    """In decisions.csv and in the decision's own file: register.json.gz, and after '#' the
    decision in the unpacked file, with every field and every text."""
    unpacked = json.loads(gzip.decompress(content(open_data, "oppna-data/register.json.gz")))
    rows = list(csv.DictReader(io.StringIO(content(open_data, "oppna-data/decisions.csv").decode("utf-8"), newline="")))
    assert len(rows) == len(register.entries["decision"])
    for row in rows:
        url = row[memo_texts.TEXTS_URL]
        assert url == f"{BASE}oppna-data/register.json.gz#/records/decisions/{row['id']}"
        full = register.decision(row["id"]).model_dump(mode="json")
        assert resolve(unpacked, url) == full
        assert memo_texts.memo_texts(resolve(unpacked, url)) == memo_texts.memo_texts(full) != []
        own = json.loads(content(open_data, row["url"].removeprefix(BASE).rstrip("/") + ".json"))
        assert own[memo_texts.TEXTS_URL] == url


def test_no_memo_text_is_in_a_decisions_json_file(open_data: OpenData, register: Register, texts: list[str]) -> None:
    """Not under record, nor in the grants or totals; every other field is there, and each section
    keeps its heading and level."""
    files = [f for f in open_data.record_files if f.path.startswith("beslut/")]
    assert len(files) == len(register.entries["decision"])
    for export in files:
        document = json.loads(export.data)
        values = strings(document)
        for text in texts:
            assert not any(text in value for value in values), (export.path, text[:60])
        full = register.decision(document["id"]).model_dump(mode="json")
        assert set(document["record"]) == set(full) - set(memo_texts.TEXT_FIELDS)
        assert document["record"] == {k: v for k, v in full.items() if k not in memo_texts.TEXT_FIELDS} | {
            "sections": [{"heading": s["heading"], "level": s["level"]} for s in full["sections"]]
        }


def test_every_memo_text_is_on_its_decisions_page(register: Register) -> None:
    """For readers, each paragraph of each text is on the page of its decision."""
    checked = 0
    for decision in register.records("decision"):
        html = render_record(register, "decision", decision.case_number)
        page = " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())
        for text in memo_texts.memo_texts(decision.model_dump(mode="json")):
            for paragraph in re.split(r"\n\s*\n", text):
                assert " ".join(paragraph.split()) in page, (decision.case_number, paragraph[:60])
                checked += 1
    assert checked > 10


def test_the_gz_files_are_plain_gzip_without_a_date_or_a_name(open_data: OpenData) -> None:
    for path in PACKED:
        data = content(open_data, path)
        assert data[:3] == b"\x1f\x8b\x08", path  # gzip, deflate
        assert data[3] == 0, path  # no flags: no file name, no comment, no extra field
        assert data[4:8] == b"\0\0\0\0", path  # modification time 0
        export = next(f for f in open_data.files if f.path == path)
        assert len(gzip.decompress(data)) == export.unpacked_bytes


def test_the_gz_files_are_byte_identical_across_two_builds(open_data: OpenData) -> None:
    register, _ = load_register(FROZEN_DATA, REPO_ROOT / "docs")
    again = build(register, OpenDataSettings(), BASE, "Testregistret")
    for path in PACKED:
        assert hashlib.sha256(content(open_data, path)).digest() == hashlib.sha256(content(again, path)).digest()


def _written(open_data: OpenData, folder: Path) -> Path:
    for export in open_data.files:
        target = folder / export.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(export.data)
    return folder / "oppna-data" / "datapackage.json"


def test_the_datapackage_describes_the_gz_files_and_frictionless_checks_them(
    open_data: OpenData, tmp_path: Path
) -> None:
    package = json.loads(content(open_data, "oppna-data/datapackage.json"))
    packed = {r["path"]: r for r in package["resources"] if r.get("compression")}
    assert sorted(packed) == ["register.json.gz", "register.sqlite.gz"]
    assert packed["register.json.gz"]["mediatype"] == "application/json"
    assert all(r["compression"] == "gz" for r in packed.values())
    descriptor = _written(open_data, tmp_path / "good")
    report = frictionless.validate(str(descriptor))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])
    # Another file under the name fails: frictionless reads the whole file against its declared
    # size and SHA-256 (so the test above can fail).
    broken = _written(open_data, tmp_path / "broken")
    (broken.parent / "register.sqlite.gz").write_bytes(gzip.compress(b"ett annat register", mtime=0))
    report = frictionless.validate(str(broken))
    assert {error[0] for error in report.flatten(["type"])} == {"hash-count", "byte-count"}
    assert [task.name for task in report.tasks if not task.valid] == ["register-sqlite"]


def test_the_catalogue_says_the_bulk_files_are_gzipped(open_data: OpenData) -> None:
    graph = Graph().parse(data=content(open_data, "oppna-data/dcat.jsonld").decode("utf-8"), format="json-ld")
    for distribution in graph.subjects(DCAT.downloadURL, None):
        url = str(graph.value(distribution, DCAT.downloadURL))
        compress = graph.value(distribution, DCAT.compressFormat)
        if url.endswith(".gz"):
            assert compress == IANA["application/gzip"], url
            assert graph.value(distribution, DCAT.mediaType) != IANA["application/gzip"], url
        else:
            assert compress is None, url
    urls = {str(u) for u in graph.objects(None, DCAT.downloadURL)}
    assert {BASE + path for path in PACKED} <= urls
    assert BASE + "oppna-data/register.json" not in urls
    assert URIRef(BASE + "oppna-data/register.sqlite") not in set(graph.objects(None, DCAT.downloadURL))


def test_the_pointer_escapes_what_rfc_6901_escapes() -> None:
    """A record id with '~' or '/' (no case number has them, but the pointer must not break)."""
    assert memo_texts.pointer("ASN-2024-17401") == "/records/decisions/ASN-2024-17401"
    assert memo_texts.pointer("a/b~c") == "/records/decisions/a~1b~0c"
    assert resolve({"records": {"decisions": {"a/b~c": 1}}}, "x#" + memo_texts.pointer("a/b~c")) == 1

"""register.sqlite holds exactly the CSV package: same rows and totals, keys, indexes, descriptions."""

from __future__ import annotations

import csv
import gzip
import io
import sqlite3
from pathlib import Path

import pytest

from register.core.load import load_register
from register.opendata import sqlite as sqlite_export
from register.opendata.exports import OpenData, build
from register.opendata.settings import OpenDataSettings

VALID = Path(__file__).parent / "fixtures" / "valid"


@pytest.fixture(scope="module")
def open_data() -> OpenData:
    register, problems = load_register(VALID)
    assert register is not None, problems
    return build(register, OpenDataSettings(), "https://example.org/", "Testregistret")


@pytest.fixture(scope="module")
def db(open_data: OpenData, tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    """register.sqlite, unpacked from register.sqlite.gz as a re-user does."""
    export = next(f for f in open_data.files if f.path == "oppna-data/register.sqlite.gz")
    assert isinstance(export.content, bytes) and export.media_type == "application/vnd.sqlite3"
    assert export.compression == "gz" and export.link_type == "application/gzip"
    path = tmp_path_factory.mktemp("sqlite") / "register.sqlite"
    path.write_bytes(gzip.decompress(export.content))
    assert path.stat().st_size == export.unpacked_bytes
    return sqlite3.connect(path)


def csv_rows(open_data: OpenData, name: str) -> list[dict[str, str]]:
    text = next(f.content for f in open_data.files if f.path == f"oppna-data/{name}.csv")
    assert isinstance(text, str)
    return list(csv.DictReader(io.StringIO(text)))


def test_every_csv_table_is_there_with_the_same_rows(open_data: OpenData, db: sqlite3.Connection) -> None:
    for table in open_data.tables:
        rows = csv_rows(open_data, table.name)
        (count,) = db.execute(f'SELECT COUNT(*) FROM "{table.name}"').fetchone()
        assert count == len(rows), table.name
        ids = sorted(r for (r,) in db.execute(f'SELECT id FROM "{table.name}"'))
        assert ids == sorted(r["id"] for r in rows), table.name


def test_grant_totals_per_status_match_the_csv(open_data: OpenData, db: sqlite3.Connection) -> None:
    expected: dict[str, int] = {}
    for row in csv_rows(open_data, "grants"):
        expected[row["status"]] = expected.get(row["status"], 0) + int(row["amount_sek"])
    found = dict(db.execute("SELECT status, SUM(amount_sek) FROM grants GROUP BY status").fetchall())
    assert found == expected and found  # the fixture has grants


def test_keys_and_indexes(db: sqlite3.Connection) -> None:
    foreign = {(row[2], row[3]) for row in db.execute("PRAGMA foreign_key_list(grants)")}
    assert ("organisations", "recipient") in foreign and ("decisions", "case_number") in foreign
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    indexes = {row[1] for row in db.execute("PRAGMA index_list(grants)")}
    assert {"grants_recipient", "grants_status", "grants_budget_year"} <= indexes
    primary = [row[1] for row in db.execute("PRAGMA table_info(decisions)") if row[5]]
    assert primary == ["id"]


def test_every_column_is_described(open_data: OpenData, db: sqlite3.Connection) -> None:
    described = {(t, c): d for t, c, d in db.execute("SELECT tabell, kolumn, beskrivning FROM kolumner")}
    for table in open_data.tables:
        for column in table.columns:
            assert described[(table.name, column.name)] == column.description


@pytest.mark.parametrize(("title", "query"), sqlite_export.EXAMPLES)
def test_the_published_examples_run(db: sqlite3.Connection, title: str, query: str) -> None:
    rows = db.execute(query).fetchall()
    assert rows, title


def test_the_same_tables_give_the_same_bytes(open_data: OpenData) -> None:
    from register.opendata.context import FOLDER_OF_KIND

    assert sqlite_export.database(open_data.tables, FOLDER_OF_KIND) == sqlite_export.database(
        open_data.tables, FOLDER_OF_KIND
    )


def test_totals_match_what_the_site_shows(open_data: OpenData, db: sqlite3.Connection) -> None:
    """The site's headline figures come from Register.totals(); the database gives the same sums."""
    register, _ = load_register(VALID)
    assert register is not None
    totals = register.totals()
    found = dict(db.execute("SELECT status, SUM(amount_sek) FROM grants GROUP BY status").fetchall())
    assert (found.get("proposed") or 0, found.get("decided") or 0, found.get("refused") or 0) == (
        totals.proposed,
        totals.decided,
        totals.refused,
    )

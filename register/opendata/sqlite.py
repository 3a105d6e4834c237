"""The whole CSV package as one SQLite file (published gzipped as `oppna-data/register.sqlite.gz`).

Every table of the data package, with the same columns, primary and foreign keys, an index on
each column people filter by (references, years, statuses) and the columns' Swedish
descriptions in a table of their own (`kolumner`), since SQLite keeps no comments. Lists stay
JSON text, queryable with SQLite's json functions. The file is built in memory from the same
`Table`s as the CSVs, so the two never disagree, and the same tables give the same bytes.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from register.opendata.tables import Column, Table, value_at

FILE_NAME = "register.sqlite"
DESCRIPTIONS_TABLE = "kolumner"
# Columns people filter by, besides every reference to another record.
FILTERED = {"status", "budget_year", "year", "kind", "memo_date", "outcome.status"}
SQL_TYPES = {"integer": "INTEGER", "boolean": "INTEGER", "array": "TEXT", "date": "TEXT", "string": "TEXT"}


def quoted(name: str) -> str:
    """An SQL identifier: column names such as `outcome.status` need quotes."""
    return '"' + name.replace('"', '""') + '"'


def _value(value: Any, column: Column) -> Any:
    if value is None:
        return None
    if column.type == "array":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if column.type == "boolean":
        return 1 if value else 0
    return value


def create_statements(table: Table, folder_of_kind: dict[str, str]) -> list[str]:
    """CREATE TABLE with its keys, then an index per filtered column."""
    lines = []
    for column in table.columns:
        line = f"{quoted(column.name)} {SQL_TYPES[column.type]}"
        if column.name == table.primary_key:
            line += " PRIMARY KEY"
        elif column.required:
            line += " NOT NULL"
        lines.append(line)
    for column in table.columns:
        if column.reference and column.type == "string" and column.reference in folder_of_kind:
            target = folder_of_kind[column.reference]
            lines.append(f"FOREIGN KEY ({quoted(column.name)}) REFERENCES {quoted(target)} (id)")
    statements = [f"CREATE TABLE {quoted(table.name)} (\n  " + ",\n  ".join(lines) + "\n)"]
    for column in table.columns:
        if column.name != table.primary_key and (
            (column.reference and column.type == "string") or column.name in FILTERED
        ):
            index = quoted(f"{table.name}_{column.name.replace('.', '_')}")
            statements.append(f"CREATE INDEX {index} ON {quoted(table.name)} ({quoted(column.name)})")
    return statements


def database(tables: list[Table], folder_of_kind: dict[str, str]) -> bytes:
    """The SQLite file's bytes."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(
            f"CREATE TABLE {DESCRIPTIONS_TABLE} (tabell TEXT NOT NULL, kolumn TEXT NOT NULL, "
            "typ TEXT NOT NULL, beskrivning TEXT NOT NULL, PRIMARY KEY (tabell, kolumn))"
        )
        for table in tables:
            for statement in create_statements(table, folder_of_kind):
                connection.execute(statement)
            names = ", ".join(quoted(c.name) for c in table.columns)
            marks = ", ".join("?" for _ in table.columns)
            connection.executemany(
                f"INSERT INTO {quoted(table.name)} ({names}) VALUES ({marks})",
                ([_value(value_at(row, c.path), c) for c in table.columns] for row in table.rows),
            )
            connection.executemany(
                f"INSERT INTO {DESCRIPTIONS_TABLE} VALUES (?, ?, ?, ?)",
                ((table.name, c.name, c.type, c.description) for c in table.columns),
            )
        connection.commit()
        # Keys are checked once every table is filled (tables refer to each other both ways).
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ValueError(f"register.sqlite: hänvisningar som inte finns: {broken[:5]}")
        return connection.serialize()
    finally:
        connection.close()


# Shown on the "Öppna data" page and run by the tests, so they always work on the published file.
EXAMPLES: list[tuple[str, str]] = [
    (
        "Pengar per mottagare och status (föreslaget, beviljat och avslaget hålls isär)",
        "SELECT recipient_name AS mottagare, status, SUM(amount_sek) AS kronor\n"
        "FROM grants\nGROUP BY recipient, status\nORDER BY kronor DESC;",
    ),
    (
        "Ärenden per organ, med det första och senaste datumet",
        "SELECT b.name AS organ, COUNT(*) AS ärenden, MIN(d.memo_date) AS första, MAX(d.memo_date) AS senaste\n"
        "FROM decisions AS d JOIN bodies AS b ON b.id = d.body\n"
        "GROUP BY b.id\nORDER BY ärenden DESC;",
    ),
    (
        "Vad kolumnerna i grants betyder",
        f"SELECT kolumn, typ, beskrivning\nFROM {DESCRIPTIONS_TABLE}\nWHERE tabell = 'grants';",
    ),
]

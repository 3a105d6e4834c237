"""Tables for the open data: CSV columns derived from the model's JSON Schema, and their rows.

A record becomes one CSV row. A field that holds one part (an outcome, an official, a period)
is spread over columns named `outcome.status`, `outcome.date`, …; a list is written as a JSON
array in one cell. Types, descriptions, allowed values and references come from the JSON
Schema of the model (register/core/schemas.py), so the columns follow the model without a second
list to keep up to date. The same columns describe the files in datapackage.json and on the
"Öppna data" page.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

from register.core.fields import SLUG_PATTERN


@dataclass(frozen=True)
class Column:
    """One CSV column: where its value sits in a dumped record, and its Table Schema field."""

    name: str
    path: tuple[str, ...]
    type: str  # Table Schema type: string, integer, boolean, date, array
    description: str
    required: bool = False
    constraints: dict[str, Any] = field(default_factory=dict)
    reference: str | None = None  # the kind of record a value names (a foreign key)

    def table_field(self) -> dict[str, Any]:
        spec: dict[str, Any] = {"name": self.name, "type": self.type, "description": self.description}
        constraints = dict(self.constraints)
        if self.required:
            constraints["required"] = True
        if constraints:
            spec["constraints"] = constraints
        if self.type == "date":
            spec["format"] = "default"  # ISO 8601: ÅÅÅÅ-MM-DD
        return spec


def columns_from_schema(schema: dict[str, Any]) -> list[Column]:
    """The columns of a model, from its JSON Schema (properties in the model's order)."""
    return _columns(schema, schema.get("$defs", {}), (), required_parent=True)


def _columns(
    schema: dict[str, Any], defs: dict[str, Any], prefix: tuple[str, ...], required_parent: bool
) -> list[Column]:
    columns: list[Column] = []
    required = set(schema.get("required", []))
    for name, prop in schema.get("properties", {}).items():
        path = (*prefix, name)
        nullable, target = _unwrap(prop, defs)
        is_required = required_parent and name in required and not nullable
        description = prop.get("description") or target.get("description") or ""
        if target.get("type") == "object" and "properties" in target:
            columns.extend(_columns(target, defs, path, is_required))
            continue
        columns.append(_column(path, target, description, is_required))
    return columns


def _unwrap(prop: dict[str, Any], defs: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
    """(may be null, the schema of the value) with $ref and `anyOf [X, null]` resolved."""
    nullable = False
    if "anyOf" in prop:
        options = [o for o in prop["anyOf"] if o.get("type") != "null"]
        nullable = len(options) < len(prop["anyOf"])
        if len(options) > 1:  # several forms of one value (a date as text or a year): text
            pattern = next((o.get("pattern") for o in options if o.get("type") == "string"), None)
            return nullable, {"type": "string", **({"pattern": pattern} if pattern else {})}
        prop = {**options[0], "description": prop.get("description", options[0].get("description"))}
    if "$ref" in prop:
        prop = {**defs[prop["$ref"].rsplit("/", 1)[-1]], "description": prop.get("description")}
    return nullable, prop


def _column(path: tuple[str, ...], schema: dict[str, Any], description: str, required: bool) -> Column:
    kind = schema.get("type")
    constraints: dict[str, Any] = {}
    if kind == "array":
        table_type = "array"
    elif kind == "boolean":
        table_type = "boolean"
    elif kind == "integer":
        table_type = "integer"
        if "minimum" in schema:
            constraints["minimum"] = schema["minimum"]
        if "exclusiveMinimum" in schema:
            constraints["minimum"] = schema["exclusiveMinimum"] + 1
        if "maximum" in schema:
            constraints["maximum"] = schema["maximum"]
    elif schema.get("format") == "date":
        table_type = "date"
    else:
        table_type = "string"
        if "enum" in schema:
            constraints["enum"] = list(schema["enum"])
        if "const" in schema:
            constraints["enum"] = [schema["const"]]
        if "pattern" in schema:
            constraints["pattern"] = schema["pattern"]
    return Column(".".join(path), path, table_type, description, required, constraints, schema.get("x-reference"))


def cell(value: Any, column: Column) -> str:
    """A value as CSV text: lists as JSON, booleans as true/false, missing as an empty cell."""
    if value is None:
        return ""
    if column.type == "array":
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def value_at(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = data
    for key in path:
        if value is None:
            return None
        value = value.get(key)
    return value


def csv_text(columns: list[Column], rows: list[dict[str, Any]]) -> str:
    """UTF-8 CSV with a header row of column names (RFC 4180 quoting and line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    for row in rows:
        writer.writerow([cell(value_at(row, c.path), c) for c in columns])
    return out.getvalue()


def id_column(description: str, pattern: str | None = SLUG_PATTERN) -> Column:
    constraints: dict[str, Any] = {"unique": True}
    if pattern:
        constraints["pattern"] = pattern
    return Column("id", ("id",), "string", description, True, constraints)


def url_column(description: str) -> Column:
    return Column("url", ("url",), "string", description, True, {"pattern": "^https?://|^/"})


@dataclass(frozen=True)
class Table:
    """One CSV file of the data package: its name, title, columns and rows."""

    name: str
    title: str
    description: str
    columns: list[Column]
    rows: list[dict[str, Any]]
    primary_key: str

    @property
    def path(self) -> str:
        return f"{self.name}.csv"

    def text(self) -> str:
        return csv_text(self.columns, self.rows)

    def resource(self, folder_of_kind: dict[str, str]) -> dict[str, Any]:
        """The Frictionless Data resource for this table, with types and keys."""
        foreign_keys = [
            {"fields": c.name, "reference": {"resource": folder_of_kind[c.reference], "fields": "id"}}
            for c in self.columns
            if c.reference and c.type == "string"
        ]
        schema: dict[str, Any] = {
            "fields": [c.table_field() for c in self.columns],
            "primaryKey": [self.primary_key],
            "missingValues": [""],
        }
        if foreign_keys:
            schema["foreignKeys"] = foreign_keys
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "path": self.path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "header": True},
            "schema": schema,
        }

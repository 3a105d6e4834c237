"""JSON Schema of each record kind, derived from the model (for editors, docs and open data)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from register.core.model import KINDS

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of one kind of record, with a title and description in Swedish."""
    definition = KINDS[kind]
    schema = definition.model.model_json_schema()
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"{definition.name}.schema.json",
        **schema,
        "title": f"{definition.singular.capitalize()} i registret över ASN:s bidrag och partnerskap",
        "description": f"En fil i data/{definition.folder}/; filnamnet är postens id.",
    }


def json_schema_text(kind: str) -> str:
    """The schema as stable text: sorted keys, UTF-8, newline at the end (diff-friendly)."""
    return json.dumps(json_schema(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def schema_file_name(kind: str) -> str:
    """`decision.schema.json`: the name data files point to in their first line."""
    return f"{KINDS[kind].name}.schema.json"


def schema_comment(kind: str) -> str:
    """The first line of every data file, so that an editor finds the schema of its folder."""
    return f"# yaml-language-server: $schema=../../schema/{schema_file_name(kind)}"


def write_schemas(directory: Path) -> list[Path]:
    """Write every kind's schema into `directory`; return the files that changed."""
    directory.mkdir(parents=True, exist_ok=True)
    changed = []
    for kind in KINDS:
        path = directory / schema_file_name(kind)
        text = json_schema_text(kind)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed

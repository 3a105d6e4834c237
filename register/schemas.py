"""JSON Schema of each record kind, derived from the model (for editors, docs and open data)."""

from __future__ import annotations

import json
from typing import Any

from register.model import KINDS

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

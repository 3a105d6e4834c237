"""Each memo text once in the bulk files: the long texts of a decision stay out of the tables.

A decision's summary, its `context` (what the sources say of a case known by reference) and the
text of each of the memo's sections are the memo's own words, often several paragraphs. They
are in register.json.gz (the complete register) and in the record's own JSON file, but not in
decisions.csv or the SQLite file: there they made up nine tenths of the bytes and were
published three times over. decisions.csv and the decisions table keep every other field (the
title, the att-satser's texts, the sections' headings and levels) and say in `texts_url`
where the texts are.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from register.core.schemas import json_schema
from register.opendata.tables import Column

# Top-level fields of a decision that hold a memo text (left out of the tables).
TEXT_FIELDS = ("summary", "context")
SECTIONS = "sections"  # each section keeps its heading and level; its `text` is left out
SECTION_TEXT = "text"

TEXTS_URL = "texts_url"
TEXTS_URL_TEXT = (
    "Adress till ärendets JSON-fil, som har sammanfattningen (summary), avsnittens text och context "
    "ordagrant; samma texter finns i register.json.gz. De står inte i den här tabellen."
)
SECTIONS_TEXT = (
    "Tjänsteskrivelsens avsnitt under 'Ärendet': rubrik (heading) och nivå (level) för varje avsnitt. "
    "Avsnittens text står i ärendets JSON-fil (texts_url) och i register.json.gz."
)


def texts_url_column() -> Column:
    return Column(TEXTS_URL, (TEXTS_URL,), "string", TEXTS_URL_TEXT, True, {"pattern": "^https?://|^/"})


def table_columns(columns: list[Column]) -> list[Column]:
    """A decision's columns without the memo texts, the sections described as headings only."""
    kept = []
    for column in columns:
        if column.name in TEXT_FIELDS:
            continue
        if column.name == SECTIONS:
            column = dataclasses.replace(column, description=SECTIONS_TEXT)
        kept.append(column)
    return kept


def table_row(dumped: dict[str, Any]) -> dict[str, Any]:
    """A dumped decision as the tables hold it: the memo texts left out."""
    row = {key: value for key, value in dumped.items() if key not in TEXT_FIELDS}
    if SECTIONS in row:
        row[SECTIONS] = [
            {key: value for key, value in section.items() if key != SECTION_TEXT} for section in row[SECTIONS]
        ]
    return row


def memo_texts(dumped: dict[str, Any]) -> list[str]:
    """Every memo text of a dumped decision (none empty), in the order of the record."""
    texts = [dumped.get(name) for name in TEXT_FIELDS]
    texts += [section.get(SECTION_TEXT) for section in dumped.get(SECTIONS) or []]
    return [text for text in texts if isinstance(text, str) and text.strip()]


def described() -> list[tuple[str, str]]:
    """(field, the model's description) for each memo text the tables leave out, for the page."""
    schema = json_schema("decision")
    properties = schema["properties"]
    section = schema["$defs"]["Section"]["properties"][SECTION_TEXT]
    return [
        *((name, str(properties[name].get("description", ""))) for name in TEXT_FIELDS),
        (f"{SECTIONS}[].{SECTION_TEXT}", str(section.get("description", ""))),
    ]

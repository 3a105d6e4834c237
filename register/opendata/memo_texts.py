"""Each memo text once: where a decision's long texts are published, and where they are not.

A decision's summary, its `context` (what the sources say of a case known by reference) and the
text of each of the memo's sections are the memo's own words, often several paragraphs: at
10 000 decisions they were nine tenths of decisions.csv and of the per-record JSON files. They
are published twice, once for each kind of user:

- for readers, on the decision's page;
- for re-users, in register.json.gz (the complete register, every record with every field).

decisions.csv, the SQLite file and the decision's own JSON file (beslut/<id>.json) keep every
other field (the title, the att-satser's texts, the sections' headings and levels) and say in
`texts_url` where the texts are: register.json.gz, with a JSON Pointer (RFC 6901) to the
decision in the unpacked file after '#'. A decision without any memo text has no `texts_url`.
"""

from __future__ import annotations

import dataclasses
from typing import Any
from urllib.parse import quote

from register.core.model import Decision
from register.core.schemas import json_schema
from register.opendata.context import EXPORT_DIR, FOLDER_OF_KIND, REGISTER_FILE, Context
from register.opendata.files import GZ_SUFFIX
from register.opendata.tables import Column

# Top-level fields of a decision that hold a memo text (left out of the tables and the record's file).
TEXT_FIELDS = ("summary", "context")
SECTIONS = "sections"  # each section keeps its heading and level; its `text` is left out
SECTION_TEXT = "text"

TEXTS_URL = "texts_url"
TEXTS_URL_TEXT = (
    "Var ärendets texter ur tjänsteskrivelsen (summary, avsnittens text och context) står: adressen "
    "till register.json.gz och, efter #, var i den uppackade filen ärendet finns (en JSON-pekare, "
    "RFC 6901, t.ex. #/records/decisions/ASN-2024-17401). Texterna står också på ärendets sida. "
    "Tom när ärendet inte har några sådana texter."
)
SECTIONS_TEXT = (
    "Tjänsteskrivelsens avsnitt under 'Ärendet': rubrik (heading) och nivå (level) för varje avsnitt. "
    "Avsnittens text står på ärendets sida och i register.json.gz (texts_url)."
)
# What a record's JSON file says of the texts it leaves out (the key `texts_url`).
RECORD_TEXTS_URL_TEXT = (
    "Bara ärenden: var texterna ur tjänsteskrivelsen står (register.json.gz och, efter #, en JSON-pekare "
    "till ärendet i den uppackade filen); null när ärendet inte har några sådana texter"
)


def texts_url_column() -> Column:
    return Column(TEXTS_URL, (TEXTS_URL,), "string", TEXTS_URL_TEXT, False, {"pattern": "^https?://|^/"})


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


def without_texts(dumped: dict[str, Any]) -> dict[str, Any]:
    """A dumped decision as the tables and its own JSON file hold it: the memo texts left out
    (the keys themselves, not set to null: null means that the source gives no value)."""
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


def has_texts(decision: Decision) -> bool:
    """Whether a decision has a memo text (`memo_texts` of its dump is not empty), read from the
    record itself: a page asks this of every decision, and a dump costs more than the page."""
    texts = [getattr(decision, name) for name in TEXT_FIELDS]
    texts += [getattr(section, SECTION_TEXT) for section in getattr(decision, SECTIONS)]
    return any(isinstance(text, str) and text.strip() for text in texts)


def pointer(record_id: str) -> str:
    """The JSON Pointer (RFC 6901) to a decision in register.json: /records/decisions/<id>."""
    parts = ["records", FOLDER_OF_KIND["decision"], record_id]
    return "".join("/" + part.replace("~", "~0").replace("/", "~1") for part in parts)


def texts_url(ctx: Context, record_id: str, dumped: dict[str, Any]) -> str | None:
    """Where a decision's memo texts are for re-use, or None when it has none."""
    if not memo_texts(dumped):
        return None
    fragment = quote(pointer(record_id), safe="/~-._!$&'()*+,;=:@")  # a URI fragment (RFC 6901, section 6)
    return ctx.absolute(f"{EXPORT_DIR}/{REGISTER_FILE}{GZ_SUFFIX}") + "#" + fragment


def described() -> list[tuple[str, str]]:
    """(field, the model's description) for each memo text the tables leave out, for the page."""
    schema = json_schema("decision")
    properties = schema["properties"]
    section = schema["$defs"]["Section"]["properties"][SECTION_TEXT]
    return [
        *((name, str(properties[name].get("description", ""))) for name in TEXT_FIELDS),
        (f"{SECTIONS}[].{SECTION_TEXT}", str(section.get("description", ""))),
    ]

"""The JSON documents of the open data: register.json (published as register.json.gz) and one
file per record, and what the "Öppna data" page says of their keys.

register.json holds every record with every field, the memo texts included. A record's own file
holds every field of the record but a decision's memo texts (register/opendata/memo_texts.py:
they are on the decision's page and in register.json.gz, and the file says where in
`texts_url`), and the grants, transfers and totals its page shows. exports.py builds the files
from them.
"""

from __future__ import annotations

import json
from typing import Any

from register.core.model import KINDS
from register.core.registry import GrantRow, Register, Totals, TransferRow
from register.core.urls import record_url
from register.opendata import memo_texts
from register.opendata.context import EXPORT_DIR, FOLDER_OF_KIND, Context
from register.opendata.rows import TRANSFER_NOTE, grant_row, transfer_row
from register.opendata.settings import FORMAT_VERSION

# The keys of register.json (inside register.json.gz) and of a record's JSON file, described for the "Öppna data" page
# (a test checks that the documents have exactly these keys).
HEADER_KEYS = {
    "format_version": "Dataformatets version (se ändringsloggen)",
    "publisher": "Utgivaren",
    "licence": "Licensen: name (SPDX), title och url",
    "documentation": "Adress till sidan Öppna data",
}
REGISTER_KEYS = {
    **HEADER_KEYS,
    "title": "Registrets namn",
    "homepage": "Registrets adress",
    "schemas": "Adress till JSON Schema för varje slag av post",
    "records": "Alla poster per slag (decisions, organisations, programmes, partnerships, bodies), "
    "nycklade på postens id, med alla fält i modellen och alla texter ur tjänsteskrivelserna "
    "(fält utan värde är null eller en tom lista)",
    "grants": "Alla bidrag med status, med samma fält som grants.csv",
    "transfers": "Alla överföringar mellan kommunala organ, med samma fält som transfers.csv; inte bidrag",
    "totals": "Summor i kronor: grants_sek per status (proposed, decided, refused) och, för sig, "
    "transfers_between_municipal_bodies_sek",
}
RECORD_KEYS = {
    **HEADER_KEYS,
    "kind": "Slaget av post: decision, organisation, programme, partnership eller body",
    "id": "Postens id (filnamnet utan .yml)",
    "url": "Adress till postens sida",
    "schema": "Adress till JSON Schema för posten",
    "record": "Posten med alla fält i modellen utom texterna ur tjänsteskrivelsen: i ett ärende saknas "
    "summary och context helt (inte ens null) och avsnitten under sections har bara heading och level. "
    "Texterna står på ärendets sida och i register.json.gz (se texts_url)",
    "grants": "Bidragen som postens sida visar, med samma fält som grants.csv",
    "transfers": "Överföringarna mellan kommunala organ som postens sida visar (inte bidrag)",
    "totals": "Summorna som postens sida visar, som i register.json.gz",
    memo_texts.TEXTS_URL: memo_texts.RECORD_TEXTS_URL_TEXT,
}
# Keys only a decision's file has.
DECISION_ONLY_KEYS = frozenset({memo_texts.TEXTS_URL})


def json_text(data: Any, compact: bool = False) -> str:
    """Stable JSON: sorted keys, UTF-8 text as it is (no escaping into markup), newline at the end.

    `compact` for the bulk files (register.json, one file per record): Python's fast C encoder
    only runs without indentation (5 000 large records: about 4× faster).
    """
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def schema_path(kind: str) -> str:
    return f"schema/{kind}.schema.json"


# --- JSON documents -----------------------------------------------------------------------


def _header(ctx: Context) -> dict[str, Any]:
    return {
        "format_version": FORMAT_VERSION,
        "publisher": ctx.publisher,
        "licence": ctx.settings.licence.model_dump(),
        "documentation": ctx.absolute(f"{EXPORT_DIR}/"),
    }


def _totals(totals: Totals, transfers: list[TransferRow]) -> dict[str, Any]:
    return {
        "grants_sek": {"proposed": totals.proposed, "decided": totals.decided, "refused": totals.refused},
        # Grants the sources establish without an amount: counted, never summed as 0 kr.
        "grants_of_unknown_amount": {
            "proposed": totals.unknown_proposed,
            "decided": totals.unknown_decided,
            "refused": totals.unknown_refused,
        },
        "transfers_between_municipal_bodies_sek": sum(t.transfer.amount_sek or 0 for t in transfers),
        "transfers_of_unknown_amount": sum(1 for t in transfers if t.transfer.amount_sek is None),
        "transfers_note": TRANSFER_NOTE,
    }


def register_document(ctx: Context) -> dict[str, Any]:
    register = ctx.register
    return {
        **_header(ctx),
        "title": ctx.site_name,
        "homepage": ctx.absolute(""),
        "schemas": {FOLDER_OF_KIND[kind]: ctx.absolute(schema_path(kind)) for kind in KINDS},
        "records": {
            FOLDER_OF_KIND[kind]: {
                record_id: register.get(kind, record_id).model_dump(mode="json")
                for record_id in sorted(register.entries[kind])
            }
            for kind in KINDS
        },
        "grants": [grant_row(ctx, row) for row in register.grants],
        "transfers": [transfer_row(ctx, row) for row in register.transfers],
        "totals": _totals(register.totals(), register.transfers),
    }


def record_links(register: Register, kind: str, record_id: str) -> tuple[list[GrantRow], list[TransferRow]]:
    """The grants and transfers the record's page lists."""
    if kind == "decision":
        return register.grants_of(record_id), register.transfers_of(record_id)
    links = register.links_of(kind, record_id)
    return links.grants, links.transfers


def record_document(ctx: Context, kind: str, record_id: str) -> dict[str, Any]:
    """A record's own file: a decision without its memo texts, and where they are."""
    grants, transfers = record_links(ctx.register, kind, record_id)
    record = ctx.register.get(kind, record_id).model_dump(mode="json")
    document = {
        **_header(ctx),
        "kind": kind,
        "id": record_id,
        "url": ctx.absolute(record_url(kind, record_id)),
        "schema": ctx.absolute(schema_path(kind)),
        "record": memo_texts.without_texts(record) if kind == "decision" else record,
        "grants": [grant_row(ctx, row) for row in grants],
        "transfers": [transfer_row(ctx, row) for row in transfers],
        "totals": _totals(ctx.register.totals(grants), transfers),
    }
    if kind == "decision":
        document[memo_texts.TEXTS_URL] = memo_texts.texts_url(ctx, record_id, record)
    return document

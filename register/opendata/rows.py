"""Rows of the open data: records, grants and transfers, each derived once from the Register.

register.json.gz, the CSV files, the data package and the 360Giving package all take their rows
from here, so a grant has the same id, status and amount in every file and on the site.
"""

from __future__ import annotations

from typing import Any

from register.core.identifiers import CASE_NUMBER_PATTERN, ORG_NUMBER_PATTERN
from register.core.model import KINDS, Grant, Transfer
from register.core.registry import GRANT_STATUS, GrantRow, TransferRow
from register.core.schemas import json_schema
from register.opendata import memo_texts
from register.opendata.context import Context, grant_id, org_id, transfer_id
from register.opendata.tables import Column, Table, columns_from_schema, id_column, url_column

TRANSFER_NOTE = (
    "Medel mellan kommunala organ: inte ett bidrag till civilsamhället. Ingår inte i grants.csv, "
    "360Giving-paketet eller summorna för bidrag; räkna aldrig ihop dem med bidragen."
)


def _status_labels() -> dict[str, list[str]]:
    labels: dict[str, list[str]] = {}
    for code, label in GRANT_STATUS.values():
        labels.setdefault(code, []).append(label)
    return labels


_STATUSES = list(_status_labels())
_STATUS_TEXT = ", ".join(f"{code} ({' eller '.join(labels)})" for code, labels in _status_labels().items())

# The decision a grant or transfer belongs to (a foreign key to decisions.csv).
CASE_NUMBER_COLUMN = Column(
    "case_number",
    ("case_number",),
    "string",
    "Ärendets diarienummer (id i decisions.csv)",
    True,
    {"pattern": CASE_NUMBER_PATTERN},
    "decision",
)

AMOUNT_KIND_TEXT = (
    "Beloppets slag: known (beloppet står i amount_sek) eller unknown (källorna visar att det fanns "
    "medel men anger inte beloppet; amount_sek är då tom och får aldrig räknas som 0 kr)"
)


def amount_kind_column() -> Column:
    return Column("amount_kind", ("amount_kind",), "string", AMOUNT_KIND_TEXT, True, {"enum": ["known", "unknown"]})


def amount_kind(amount_sek: int | None) -> str:
    return "unknown" if amount_sek is None else "known"


GRANT_COLUMNS_BEFORE = [
    CASE_NUMBER_COLUMN,
    Column(
        "status",
        ("status",),
        "string",
        "Status som följer av ärendets registrerade utfall: "
        + _STATUS_TEXT
        + ". Ett förslag är aldrig ett beviljat bidrag.",
        True,
        {"enum": _STATUSES},
    ),
    Column("status_label", ("status_label",), "string", "Statusen i ord, som på webbplatsen", True),
    Column(
        "decision_date",
        ("decision_date",),
        "date",
        "Beslutsdatum enligt protokollet; tomt när beslutet inte är registrerat",
    ),
    Column("memo_date", ("memo_date",), "date", "Tjänsteskrivelsens datum"),
    Column("committee", ("committee",), "string", "Nämnden som beslutar (id i bodies.csv)", False, {}, "body"),
    Column("committee_name", ("committee_name",), "string", "Nämndens namn"),
    Column("recipient_name", ("recipient_name",), "string", "Mottagarens namn", True),
    Column(
        "recipient_org_number",
        ("recipient_org_number",),
        "string",
        "Mottagarens organisationsnummer; tomt om det inte är känt",
        False,
        {"pattern": ORG_NUMBER_PATTERN},
    ),
    Column(
        "recipient_org_id",
        ("recipient_org_id",),
        "string",
        "Mottagarens id enligt org-id.guide: SE-ON- och organisationsnumret, annars utgivarens prefix och postens id",
        True,
    ),
    Column("programme_name", ("programme_name",), "string", "Verksamhetens namn"),
    Column("kind_label", ("kind_label",), "string", "Slaget av medel i ord", True),
    amount_kind_column(),
    Column(
        "sources_disagree",
        ("sources_disagree",),
        "boolean",
        "true när källorna går isär om ett värde i ärendet (t.ex. periodens startdatum); se disagreement",
        True,
    ),
    Column(
        "disagreement",
        ("disagreement",),
        "string",
        "Varje uppgift som går isär med var den står, t.ex. 'Förlängning 2025: startdatum: uppgifterna går "
        "isär: 2025-01-31 enligt Sammanfattning och Ärendet; 2025-01-01 enligt förslag till beslut, punkt 1'",
    ),
]


def grant_columns() -> list[Column]:
    grant_id_column = id_column(
        "Bidragets id: prefixet, diarienumret och bidragets ordningsnummer i ärendet", pattern=None
    )
    page = url_column("Adress till ärendets sida i registret")
    return [grant_id_column, *GRANT_COLUMNS_BEFORE, *columns_from_schema(Grant.model_json_schema()), page]


def grant_row(ctx: Context, row: GrantRow) -> dict[str, Any]:
    decision, grant = row.decision, row.grant
    recipient = ctx.register.organisation(grant.recipient)
    conflicts = ctx.register.conflicts_of("decision", decision.case_number)
    derived = {
        "id": grant_id(row, ctx.settings),
        "case_number": decision.case_number,
        "status": row.status,
        "status_label": row.status_label,
        "decision_date": decision.outcome.date.isoformat() if decision.outcome.date else None,
        "memo_date": decision.memo_date.isoformat() if decision.memo_date else None,
        "committee": decision.body,
        "committee_name": ctx.name("body", decision.body),
        "recipient_name": recipient.name,
        "recipient_org_number": recipient.org_number,
        "recipient_org_id": org_id(recipient, grant.recipient, ctx.settings),
        "programme_name": ctx.name("programme", grant.programme),
        "kind_label": row.kind_label,
        "amount_kind": amount_kind(grant.amount_sek),
        "sources_disagree": bool(conflicts),
        "disagreement": " | ".join(f"{c.what}: {c.words}" for c in conflicts) or None,
        "url": ctx.page("decision", decision.case_number),
    }
    return _merge(derived, grant.model_dump(mode="json"))


# --- Transfers between municipal bodies ---------------------------------------------------


def transfer_columns() -> list[Column]:
    return [
        id_column("Överföringens id: diarienumret och överföringens ordningsnummer i ärendet", pattern=None),
        CASE_NUMBER_COLUMN,
        Column(
            "grant_to_civil_society",
            ("grant_to_civil_society",),
            "boolean",
            "Alltid false: pengar mellan kommunens egna organ är inte bidrag till civilsamhället",
            True,
        ),
        Column("note", ("note",), "string", "Varför raden inte är ett bidrag", True),
        Column("from_body_name", ("from_body_name",), "string", "Namnet på organet som för över medlen", True),
        Column("to_body_name", ("to_body_name",), "string", "Namnet på organet som tar emot medlen", True),
        amount_kind_column(),
        *columns_from_schema(Transfer.model_json_schema()),
        url_column("Adress till ärendets sida i registret"),
    ]


def transfer_row(ctx: Context, row: TransferRow) -> dict[str, Any]:
    transfer = row.transfer
    derived = {
        "id": transfer_id(row),
        "case_number": row.decision.case_number,
        "grant_to_civil_society": False,
        "note": TRANSFER_NOTE,
        "from_body_name": ctx.name("body", transfer.from_body),
        "to_body_name": ctx.name("body", transfer.to_body),
        "amount_kind": amount_kind(transfer.amount_sek),
        "url": ctx.page("decision", row.decision.case_number),
    }
    return _merge(derived, transfer.model_dump(mode="json"))


# --- Records ----------------------------------------------------------------------------


def record_columns(kind: str) -> list[Column]:
    if kind == "decision":
        ident = id_column(
            "Postens id: diarienumret, som är filnamnet i data/decisions/ utan .yml", pattern=CASE_NUMBER_PATTERN
        )
    else:
        ident = id_column(f"Postens id: filnamnet i data/{KINDS[kind].folder}/ utan .yml")
    # Single values first, lists (JSON in a cell) last: easier to read in a spreadsheet.
    columns = sorted(columns_from_schema(json_schema(kind)), key=lambda c: c.type == "array")
    page = url_column("Adress till postens sida i registret")
    if kind == "decision":  # the memo texts are in register.json.gz and on the page, not in the tables
        return [ident, page, memo_texts.texts_url_column(), *memo_texts.table_columns(columns)]
    return [ident, page, *columns]


def record_row(ctx: Context, kind: str, record_id: str) -> dict[str, Any]:
    record = ctx.register.get(kind, record_id).model_dump(mode="json")
    derived: dict[str, Any] = {"id": record_id, "url": ctx.page(kind, record_id)}
    if kind == "decision":
        derived[memo_texts.TEXTS_URL] = memo_texts.texts_url(ctx, record_id, record)
        record = memo_texts.without_texts(record)
    return _merge(derived, record)


def _merge(derived: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    clash = derived.keys() & fields.keys()
    if clash:  # a new model field must not silently overwrite a derived column
        raise ValueError(f"fälten {sorted(clash)} finns både i modellen och bland de härledda kolumnerna")
    return {**derived, **fields}


# --- Tables -----------------------------------------------------------------------------


def tables(ctx: Context) -> list[Table]:
    """Every CSV file: one per kind of record, then grants and transfers."""
    result = []
    for kind in KINDS.values():
        rows = [record_row(ctx, kind.name, record_id) for record_id in sorted(ctx.register.entries[kind.name])]
        result.append(
            Table(
                kind.folder,
                kind.plural,
                f"En rad per post i data/{kind.folder}/.",
                record_columns(kind.name),
                rows,
                "id",
            )
        )
    result.append(
        Table(
            "grants",
            "Bidrag och IOP-finansiering",
            "En rad per bidrag, med status: föreslagna, beviljade och avslagna. "
            "Medel mellan kommunala organ finns i transfers.csv, inte här.",
            grant_columns(),
            [grant_row(ctx, row) for row in ctx.register.grants],
            "id",
        )
    )
    result.append(
        Table(
            "transfers",
            "Medel mellan kommunala organ (inte bidrag)",
            TRANSFER_NOTE,
            transfer_columns(),
            [transfer_row(ctx, row) for row in ctx.register.transfers],
            "id",
        )
    )
    return result

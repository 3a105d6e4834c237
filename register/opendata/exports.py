"""Open data, built with the site from the validated Register (never from the YAML).

- `oppna-data/register.json.gz`: every record with every field, the grants with their status,
  the transfers between municipal bodies (marked as not grants) and the totals, gzipped;
- a JSON file per record next to its page (`beslut/asn-2024-17401.json`), the complete record;
- CSV files (one per kind of record, grants.csv, transfers.csv) described by a Frictionless
  `datapackage.json`, and the same tables as `register.sqlite.gz`; decisions.csv and the SQLite
  file leave out the memo texts (register/opendata/memo_texts.py), so each text is in one bulk
  file; a 360Giving package of the decided grants; the model's JSON Schemas.

Everything is deterministic: records sorted by id, keys sorted, no build time inside, gzip
without a date or a file name.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from register.core.model import KINDS
from register.core.registry import GrantRow, Register, Totals, TransferRow
from register.core.schemas import json_schema_text
from register.core.urls import record_json_url, record_url
from register.opendata import dcat, sqlite
from register.opendata import threesixtygiving as exports_360giving
from register.opendata.context import FOLDER_OF_KIND, Context
from register.opendata.files import ExportFile, compressed, file_resource
from register.opendata.rows import TRANSFER_NOTE, grant_row, tables, transfer_row
from register.opendata.settings import FORMAT_VERSION, OpenDataSettings
from register.opendata.tables import Table

EXPORT_DIR = "oppna-data"
REGISTER_FILE = "register.json"  # published gzipped, as register.json.gz

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
    "record": "Posten med alla fält i modellen, också texterna ur tjänsteskrivelsen (summary, sections, context)",
    "grants": "Bidragen som postens sida visar, med samma fält som grants.csv",
    "transfers": "Överföringarna mellan kommunala organ som postens sida visar (inte bidrag)",
    "totals": "Summorna som postens sida visar, som i register.json.gz",
}


@dataclass(frozen=True, repr=False)
class OpenData:
    """Every open-data file of one build, and the facts the "Öppna data" page shows."""

    settings: OpenDataSettings
    files: list[ExportFile]  # whole-register files, in the order the page lists them
    schema_files: list[ExportFile]
    record_files: list[ExportFile]
    tables: list[Table]
    threesixty: ExportFile | None
    threesixty_count: int
    threesixty_left: list[exports_360giving.Left] = field(default_factory=list)

    def all_files(self) -> list[ExportFile]:
        return [*self.files, *self.schema_files, *self.record_files]

    def __repr__(self) -> str:
        # mkdocs-macros turns every variable into text for its debug log, even when the log is
        # off: the full text of every file was gigabytes at 10 000 decisions.
        files = self.all_files()
        return f"OpenData({len(files)} filer, {sum(len(f.content) for f in files)} tecken)"


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


def build(
    register: Register,
    settings: OpenDataSettings,
    base_url: str,
    site_name: str,
    contact_email: str | None = None,
    last_changed: Callable[[str, str], date | None] | None = None,
) -> OpenData:
    """Every open-data file, from the validated register. `last_changed(kind, id)`: the day the
    record's data file last changed, where known (the site reads it from git)."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    ctx = Context(register, settings, base, site_name)
    if last_changed is not None:
        ctx = dataclasses.replace(ctx, last_changed=last_changed)
    all_tables = tables(ctx)
    bulk = [
        compressed(
            f"{EXPORT_DIR}/{REGISTER_FILE}",
            json_text(register_document(ctx), compact=True).encode("utf-8"),
            "Hela registret",
            "Varje post med alla fält och alla texter ur tjänsteskrivelserna, bidragen med status, "
            "överföringar mellan kommunala organ och summor. Packad med gzip.",
            "application/json",
        ),
        compressed(
            f"{EXPORT_DIR}/{sqlite.FILE_NAME}",
            sqlite.database(all_tables, FOLDER_OF_KIND),
            "SQLite-databas",
            "Alla CSV-tabeller i en fil med nycklar, index och kolumnbeskrivningar (tabellen kolumner). "
            "Packad med gzip.",
            "application/vnd.sqlite3",
        ),
    ]
    files = [
        bulk[0],
        ExportFile(
            f"{EXPORT_DIR}/datapackage.json",
            json_text(datapackage(ctx, all_tables, bulk)),
            "Datapaket",
            "Frictionless Data Package som beskriver CSV-filerna (fält, typer och nycklar) och de packade filerna.",
        ),
    ]
    files += [ExportFile(f"{EXPORT_DIR}/{t.path}", t.text(), t.title, t.description, "text/csv") for t in all_tables]
    files.append(bulk[1])
    package, left = exports_360giving.package(ctx)
    threesixty = None
    if package is not None:
        threesixty = ExportFile(
            f"{EXPORT_DIR}/{exports_360giving.FILE_NAME}",
            json_text(package),
            "360Giving-paket",
            "De beviljade bidragen enligt 360Giving Data Standard.",
        )
        files.append(threesixty)
    described = [(f.path, f.title, f.description, f.media_type, f.compression) for f in files]
    files.append(
        ExportFile(
            f"{EXPORT_DIR}/{dcat.FILE_NAME}",
            json_text(
                dcat.catalogue(
                    ctx.base_url,
                    site_name,
                    settings.publisher or site_name,
                    settings.licence.url,
                    ctx.base_url + "om/#ratta-en-uppgift",
                    contact_email,
                    described,
                    None,
                )
            ),
            "Katalogpost (DCAT-AP-SE)",
            "Beskrivningen av datamängden och filerna som Sveriges dataportal kan skörda.",
            "application/ld+json",
        )
    )
    schema_files = [
        ExportFile(
            schema_path(kind.name),
            json_schema_text(kind.name),
            f"JSON Schema: {kind.singular}",
            f"Fälten i en post i data/{kind.folder}/ och i register.json.gz.",
            "application/schema+json",
        )
        for kind in KINDS.values()
    ]
    record_files = [
        ExportFile(record_json_url(kind, record_id), json_text(record_document(ctx, kind, record_id), compact=True))
        for kind in KINDS
        for record_id in sorted(register.entries[kind])
    ]
    return OpenData(
        settings,
        files,
        schema_files,
        record_files,
        all_tables,
        threesixty,
        len(package["grants"]) if package else 0,
        left,
    )


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
    grants, transfers = record_links(ctx.register, kind, record_id)
    return {
        **_header(ctx),
        "kind": kind,
        "id": record_id,
        "url": ctx.absolute(record_url(kind, record_id)),
        "schema": ctx.absolute(schema_path(kind)),
        "record": ctx.register.get(kind, record_id).model_dump(mode="json"),
        "grants": [grant_row(ctx, row) for row in grants],
        "transfers": [transfer_row(ctx, row) for row in transfers],
        "totals": _totals(ctx.register.totals(grants), transfers),
    }


def datapackage(ctx: Context, all_tables: list[Table], bulk: list[ExportFile]) -> dict[str, Any]:
    """The CSV files as tabular resources, then register.json.gz and register.sqlite.gz as gzipped files."""
    licence = ctx.settings.licence
    return {
        "profile": "data-package",
        "name": "asn-register",
        "title": ctx.site_name,
        "description": "Registrets poster, bidrag och överföringar som CSV-filer (UTF-8, rubrikrad), och hela "
        "registret som JSON och SQLite, packade med gzip.",
        "version": FORMAT_VERSION,
        "homepage": ctx.absolute(f"{EXPORT_DIR}/"),
        "licenses": [{"name": licence.name, "path": licence.url, "title": licence.title}],
        "resources": [
            *(table.resource(FOLDER_OF_KIND) for table in all_tables),
            file_resource(bulk[0], "register-json", "json"),
            file_resource(bulk[1], "register-sqlite", "sqlite"),
        ],
    }

"""Open data, built with the site from the validated Register (never from the YAML).

- `oppna-data/register.json.gz`: every record with every field, the grants with their status,
  the transfers between municipal bodies (marked as not grants) and the totals, gzipped;
- a JSON file per record next to its page (`beslut/asn-2024-17401.json`): every field of the
  record and the money its page shows;
- CSV files (one per kind of record, grants.csv, transfers.csv) described by a Frictionless
  `datapackage.json`, and the same tables as `register.sqlite.gz`; a 360Giving package of the
  decided grants; the model's JSON Schemas.

A decision's memo texts are in register.json.gz only (and on its page): decisions.csv, the
SQLite file and the record's own file leave them out and say where they are
(register/opendata/memo_texts.py).

Everything is deterministic: records sorted by id, keys sorted, no build time inside, gzip
without a date or a file name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from register.core.model import KINDS
from register.core.registry import Register
from register.core.schemas import json_schema_text
from register.core.urls import record_json_url
from register.opendata import dcat, sqlite
from register.opendata import threesixtygiving as exports_360giving
from register.opendata.context import EXPORT_DIR, FOLDER_OF_KIND, REGISTER_FILE, Context
from register.opendata.documents import json_text, record_document, register_document, schema_path
from register.opendata.files import ExportFile, compressed, file_resource
from register.opendata.rows import tables
from register.opendata.settings import FORMAT_VERSION, OpenDataSettings
from register.opendata.tables import Table


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
            "Varje post med alla fält och alla texter ur tjänsteskrivelserna (den enda filen med alla texterna), "
            "bidragen med status, överföringar mellan kommunala organ och summor. Packad med gzip.",
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
            _schema_description(kind.name, kind.folder),
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


def _schema_description(kind: str, folder: str) -> str:
    text = f"Fälten i en post i data/{folder}/, i register.json.gz och under record i postens JSON-fil"
    if kind == "decision":
        text += " (där utan texterna ur tjänsteskrivelsen: summary, context och avsnittens text)"
    return text + "."


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

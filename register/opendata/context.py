"""What every export needs (the register, settings, the site's address, git dates) and the
identifiers the exports give organisations, grants and transfers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from register.core.model import KINDS, Body
from register.core.registry import GrantRow, Register, TransferRow
from register.core.urls import record_url
from register.opendata.settings import OpenDataSettings

EXPORT_DIR = "oppna-data"  # the whole-register files
REGISTER_FILE = "register.json"  # published gzipped, as register.json.gz
SE_ON = "SE-ON-"  # org-id.guide's list for Swedish organisationsnummer
FOLDER_OF_KIND = {kind.name: kind.folder for kind in KINDS.values()}


@dataclass(frozen=True)
class Context:
    """What every export needs: the register, the settings and the site's public address."""

    register: Register
    settings: OpenDataSettings
    base_url: str  # ends with "/"
    site_name: str
    # The day a record's data file last changed (the site reads it from git), or None.
    last_changed: Callable[[str, str], date | None] = field(default=lambda _kind, _record_id: None)

    def absolute(self, path: str) -> str:
        return self.base_url + path

    def page(self, kind: str, record_id: str) -> str:
        return self.absolute(record_url(kind, record_id))

    def name(self, kind: str, record_id: str | None) -> str | None:
        return self.register.name_of(kind, record_id) if record_id else None

    @property
    def publisher(self) -> str:
        return self.settings.publisher or self.site_name


# --- Identifiers ------------------------------------------------------------------------


def org_id(record: Any, record_id: str, settings: OpenDataSettings) -> str:
    """org-id.guide identifier: SE-ON-<organisationsnummer>, else under the publisher's prefix."""
    org_number = getattr(record, "org_number", None)
    if org_number:
        return SE_ON + str(org_number)
    return f"{settings.org_id_prefix}-{record_id}"


def grant_id(row: GrantRow, settings: OpenDataSettings) -> str:
    return f"{settings.grant_id_prefix}-{row.decision.case_number}-{row.index + 1}"


def transfer_id(row: TransferRow) -> str:
    return f"{row.decision.case_number}-overforing-{row.index + 1}"


def funder(register: Register, body_id: str | None) -> tuple[str, Body] | None:
    """The body that pays: up from the deciding body to the municipality (or the top body)."""
    found: tuple[str, Body] | None = None
    seen: set[str] = set()
    while body_id and body_id not in seen:
        seen.add(body_id)
        found = (body_id, register.body(body_id))
        if found[1].kind == "municipality":
            return found
        body_id = found[1].parent
    return found


# --- Grants -----------------------------------------------------------------------------

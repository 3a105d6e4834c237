"""The 360Giving data package: the grants whose decision is recorded as taken.

360Giving publishes awarded grants, so a grant that is only proposed (or refused) stays out;
it is in grants.csv with its status. A decided grant needs a decision date (360Giving's
`awardDate`): one whose minutes give no date stays out too, and the "Öppna data" page says so.
Organisations are identified as org-id.guide says: SE-ON-<organisationsnummer>; one without a
known number gets an identifier under the publisher's own prefix.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from register.core.registry import GrantRow
from register.core.urls import record_json_url
from register.opendata.context import Context, funder, grant_id, org_id
from register.opendata.settings import THREESIXTYGIVING_VERSION

FILE_NAME = "360giving.json"

# Which 360Giving field comes from where (shown on the "Öppna data" page).
MAPPING: list[tuple[str, str]] = [
    ("id", "Utgivarens prefix, diarienumret och bidragets ordningsnummer i ärendet (samma som id i grants.csv)"),
    ("title", "Slaget av medel, mottagaren och verksamheten"),
    ("description", "Vad medlen ska användas till enligt källan, annars ärendets rubrik"),
    ("currency", "Alltid SEK"),
    ("amountAwarded", "Beloppet i hela kronor"),
    ("awardDate", "Beslutsdatum enligt protokollet"),
    ("plannedDates", "Perioden medlen gäller, när start och slut är kända och källorna inte går isär"),
    ("recipientOrganization", "Mottagaren: id enligt org-id.guide, namn, förkortning och webbplats"),
    ("fundingOrganization", "Kommunen som nämnden hör till (Malmö stad, SE-ON-212000-1124) med nämnden som department"),
    ("grantProgramme", "Slaget av medel: bidrag eller IOP-finansiering"),
    ("url", "Ärendets sida i registret"),
    ("dataSource", "Ärendets JSON-fil i registret"),
]


@dataclass(frozen=True)
class Left:
    """A grant not in the package, and why."""

    row: GrantRow
    reason: str


def is_included(row: GrantRow) -> str | None:
    """None when the grant belongs in the package, else the reason it does not (in Swedish)."""
    if row.grant.amount_sek is None:
        return "belopp okänt (uppgift saknas): 360Giving kan inte ange ett bidrag utan belopp"
    if row.status != "decided":
        return f"status {row.status} ({row.status_label}): 360Giving publicerar bara beviljade bidrag"
    if row.decision.outcome.date is None:
        return "beviljat, men protokollets beslutsdatum saknas i registret (awardDate är obligatoriskt)"
    if not row.decision.body:
        return "beviljat, men nämnden som beslutade saknas i registret"
    return None


def package(ctx: Context) -> tuple[dict[str, Any] | None, list[Left]]:
    """(the package, or None when no grant qualifies; the grants left out with reasons)."""
    grants, left = [], []
    for row in sorted(ctx.register.grants, key=lambda r: (r.decision.case_number, r.index)):
        reason = is_included(row)
        if reason:
            left.append(Left(row, reason))
        else:
            grants.append(grant(ctx, row))
    if not grants:  # the standard requires at least one grant in a package
        return None, left
    licence = ctx.settings.licence
    data = {
        "version": THREESIXTYGIVING_VERSION,
        "title": f"{ctx.publisher}: beviljade bidrag (360Giving)",
        "description": (
            "Bidrag och IOP-finansiering till idéburna organisationer som nämnden har beviljat enligt "
            "registrerade protokoll. Föreslagna bidrag finns i grants.csv, inte här."
        ),
        "identifier": f"{ctx.settings.grant_id_prefix}-beviljade-bidrag",
        "publisher": {"name": ctx.publisher, "website": ctx.absolute("")},
        "license": licence.url,
        "accessURL": ctx.absolute("oppna-data/"),
        "downloadURL": ctx.absolute("oppna-data/" + FILE_NAME),
        "grants": grants,
    }
    return data, left


def grant(ctx: Context, row: GrantRow) -> dict[str, Any]:
    decision, item = row.decision, row.grant
    register = ctx.register
    recipient = register.organisation(item.recipient)
    programme = register.programme(item.programme) if item.programme else None
    title = f"{row.kind_label} till {recipient.name}" + (f": {programme.name}" if programme else "")
    organisation: dict[str, Any] = {"id": org_id(recipient, item.recipient, ctx.settings), "name": recipient.name}
    if recipient.short_name:
        organisation["alternateName"] = recipient.short_name
    if recipient.website and recipient.website.startswith("http"):
        organisation["url"] = recipient.website
    payer = funder(register, decision.body)
    assert payer is not None and decision.body and decision.outcome.date  # is_included checked these
    funding: dict[str, Any] = {"id": org_id(payer[1], payer[0], ctx.settings), "name": payer[1].name}
    if payer[0] != decision.body:
        funding["department"] = register.body(decision.body).name
    data: dict[str, Any] = {
        "id": grant_id(row, ctx.settings),
        "title": title[:140],
        "description": item.purpose or decision.title or title,
        "currency": "SEK",
        "amountAwarded": item.amount_sek,
        "awardDate": decision.outcome.date.isoformat(),
        "recipientOrganization": [organisation],
        "fundingOrganization": [funding],
        "grantProgramme": [{"code": item.kind, "title": row.kind_label}],
        "url": ctx.page("decision", decision.case_number),
        "dataSource": ctx.absolute(record_json_url("decision", decision.case_number)),
    }
    location = ctx.settings.beneficiary_location
    data["beneficiaryLocation"] = [
        {"name": location.name, "countryCode": location.country_code, "geoCode": location.geo_code}
    ]
    changed = ctx.last_changed("decision", decision.case_number)
    if changed:
        data["dateModified"] = f"{changed.isoformat()}T00:00:00+00:00"
    period = item.period
    if period and period.start and period.end and not (period.start_claims or period.end_claims):
        data["plannedDates"] = [{"startDate": str(period.start), "endDate": str(period.end)}]
    return data

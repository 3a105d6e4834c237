"""JSON-LD for record pages (schema.org), so search engines and portals read what a page is about.

- An organisation is an `Organization`, a body a `GovernmentOrganization`, a programme or a
  partnership a `Project`, each with its names, organisationsnummer and page.
- A decision is a `CreativeWork` (the memo) by its body; each *decided* grant in it is a
  `MonetaryGrant` with its `funder` (the deciding body), `amount` (a `MonetaryAmount` in SEK)
  and the recipient as `fundedItem` (schema.org's MonetaryGrant has no `recipient` property;
  `fundedItem` is its word for what a grant funds). A proposed or refused grant is not a grant,
  so it is never described as one here.

The context is `{"@vocab": "https://schema.org/"}`: the same terms as the usual
"https://schema.org" context, expandable without fetching it.
"""

from __future__ import annotations

import json
from typing import Any

from register.core.model import Body, Decision, NamedRecord, Organisation
from register.core.registry import Register
from register.core.urls import record_url

CONTEXT = {"@vocab": "https://schema.org/"}
TYPES = {
    "organisation": "Organization",
    "body": "GovernmentOrganization",
    "programme": "Project",
    "partnership": "Project",
}


def _node(register: Register, kind: str, record_id: str, base: str) -> dict[str, Any]:
    """A short reference to another record: its type, @id (its page) and name."""
    return {"@type": TYPES[kind], "@id": base + record_url(kind, record_id), "name": register.name_of(kind, record_id)}


def _named(register: Register, kind: str, record_id: str, base: str) -> dict[str, Any]:
    record: NamedRecord = register.named(kind, record_id)
    node = _node(register, kind, record_id, base)
    node["url"] = node["@id"]
    names = [n for n in [getattr(record, "short_name", None), *record.aliases] if n]
    if names:
        node["alternateName"] = names
    if record.description:
        node["description"] = record.description
    if record.website:
        node["sameAs"] = record.website
    org_number = getattr(record, "org_number", None)
    if isinstance(record, (Organisation, Body)) and org_number:
        node["identifier"] = {"@type": "PropertyValue", "propertyID": "organisationsnummer", "value": org_number}
    if isinstance(record, Body) and record.parent:
        node["parentOrganization"] = _node(register, "body", record.parent, base)
    return node


def _decision(register: Register, decision: Decision, base: str) -> list[dict[str, Any]]:
    url = base + record_url("decision", decision.case_number)
    memo: dict[str, Any] = {"@type": "CreativeWork", "@id": url, "url": url, "identifier": decision.case_number}
    memo["name"] = decision.title or decision.case_number
    if decision.memo_date:
        memo["dateCreated"] = decision.memo_date.isoformat()
    if decision.body:
        memo["publisher"] = _node(register, "body", decision.body, base)
    nodes = [memo]
    for row in register.grants_of(decision.case_number):
        if row.status != "decided" or decision.body is None:
            continue
        grant: dict[str, Any] = {
            "@type": "MonetaryGrant",
            "@id": f"{url}#bidrag-{row.index + 1}",
            "name": f"{row.kind_label} till {register.name_of('organisation', row.grant.recipient)}",
            "funder": _node(register, "body", decision.body, base),
            "fundedItem": _node(register, "organisation", row.grant.recipient, base),
            "amount": {"@type": "MonetaryAmount", "currency": "SEK", "value": row.grant.amount_sek},
            "subjectOf": {"@id": url},
        }
        nodes.append(grant)
    return nodes


def json_ld(register: Register, kind: str, record_id: str, site_url: str) -> dict[str, Any]:
    """The JSON-LD document for one record page (absolute @ids from the site's address)."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    if kind == "decision":
        return {"@context": CONTEXT, "@graph": _decision(register, register.decision(record_id), base)}
    return {"@context": CONTEXT, **_named(register, kind, record_id, base)}


def script(document: dict[str, Any]) -> str:
    """A <script type="application/ld+json"> element; "<" is escaped so no text can close it."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    return f'<script type="application/ld+json">{text}</script>'

"""Where each record is published: the permalinks that pages, feeds and open data all use."""

from __future__ import annotations

from register.core.identifiers import url_slug
from register.core.model import KINDS


def record_url(kind: str, record_id: str) -> str:
    """The site-relative address of a record page, e.g. 'beslut/asn-2024-17401/' (a permalink)."""
    slug = url_slug(record_id) if kind == "decision" else record_id
    return f"{KINDS[kind].url_segment}/{slug}/"


def record_json_url(kind: str, record_id: str) -> str:
    """The site-relative address of a record's JSON file, next to its page: 'beslut/asn-2024-17401.json'."""
    return record_url(kind, record_id).rstrip("/") + ".json"

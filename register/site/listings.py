"""Listings for the hand-written pages (start page, one list per kind), called by the macros."""

from __future__ import annotations

from register.core.registry import Register
from register.site.render import PageRenderer


def listing(register: Register, page_url: str, kind: str) -> str:
    """A table of every record of `kind`, for the listing page at `page_url`."""
    renderer = PageRenderer(register, page_url)
    if kind == "decision":  # the register's one order of decisions, newest first
        entries = [register.entry("decision", d.case_number) for d in register.decisions_newest_first()]
    else:
        entries = sorted(register.entries[kind].values(), key=lambda e: (register.name_of(kind, e.id).casefold(), e.id))
    return renderer.render(f"list_{kind}.html", entries=entries)


def latest_decisions(register: Register, page_url: str, limit: int = 10) -> str:
    renderer = PageRenderer(register, page_url)
    decisions = [d for d in register.decisions_newest_first() if not d.known_only_by_reference][:limit]
    return renderer.render("latest.html", decisions=decisions)


def overview(register: Register, page_url: str) -> str:
    """Counts per kind and the money totals, proposed and decided kept apart."""
    renderer = PageRenderer(register, page_url)
    return renderer.render("overview.html", totals=register.totals())

"""Listings for the hand-written pages (start page, one list per kind), called by the macros."""

from __future__ import annotations

from datetime import date

from register.core.records import Entry
from register.core.registry import Register
from register.site.money import grand_total
from register.site.render import PageRenderer

# The organisation listing's two parts: those with money (proposed, decided or of unknown
# amount) first, by money, then those the cases name without any money, apart.
ORGANISATION_GROUPS = ("recipients", "others")


def listing(register: Register, page_url: str, kind: str, group: str | None = None) -> str:
    """A table of every record of `kind`, for the listing page at `page_url`; for organisations
    one of ORGANISATION_GROUPS."""
    renderer = PageRenderer(register, page_url)
    if kind == "decision":  # the register's one order of decisions, newest first
        entries = [register.entry("decision", d.case_number) for d in register.decisions_newest_first()]
    else:
        entries = sorted(register.entries[kind].values(), key=lambda e: (register.name_of(kind, e.id).casefold(), e.id))
    if kind == "organisation":
        if group not in ORGANISATION_GROUPS:
            raise ValueError(f"välj en av {', '.join(ORGANISATION_GROUPS)} (fick {group!r})")
        entries = by_money(register, entries) if group == "recipients" else others(register, entries)
    return renderer.render(f"list_{kind}.html", entries=entries, group=group)


def by_money(register: Register, entries: list[Entry]) -> list[Entry]:
    """The organisations with grants, the most money first (decided, proposed and refused are
    only added up for the order, never shown as one sum), then by grants of unknown amount."""
    with_money = [e for e in entries if register.links_of("organisation", e.id).grants]

    def order(entry: Entry) -> tuple[int, int]:
        totals = register.links_of("organisation", entry.id).totals
        return (-grand_total(totals), -totals.unknown_count)

    return sorted(with_money, key=order)  # stable: names in order within equal money


def others(register: Register, entries: list[Entry]) -> list[Entry]:
    return [e for e in entries if not register.links_of("organisation", e.id).grants]


def latest_decisions(register: Register, page_url: str, limit: int = 10) -> str:
    """The newest decisions with their recipients and money (proposed said to be proposed)."""
    renderer = PageRenderer(register, page_url)
    decisions = [d for d in register.decisions_newest_first() if not d.known_only_by_reference][:limit]
    return renderer.render("latest.html", decisions=decisions)


def overview(register: Register, page_url: str, changed: date | None = None, largest: int = 5) -> str:
    """The start page's headline figures in plain words (proposed and decided kept apart), the
    largest recipients, the counts per kind and the day the data last changed."""
    renderer = PageRenderer(register, page_url)
    recipients = by_money(register, list(register.entries["organisation"].values()))[:largest]
    return renderer.render("overview.html", totals=register.totals(), recipients=recipients, changed=changed)

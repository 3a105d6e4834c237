"""Atom feeds (RFC 4287) of decisions, newest first: the whole register's at /feed.xml, and one
per organisation, programme, partnership and body (/feed-organisationer-<id>.xml, …), so a
reader can follow one association or committee.

Written with ElementTree, so text from the data is escaped by the XML writer. Links and ids are
absolute, built from the site's public address (`site_url`, set from SITE_URL when publishing).
An entry's `updated` is the day its data file last changed in git, so corrections show up in
feed readers; without git it falls back to the memo's date, then to its newest source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from xml.etree import ElementTree as ET

from register.core import wording
from register.core.control_characters import CONTROL
from register.core.model import Decision
from register.core.registry import Register
from register.core.urls import record_url
from register.site import formatting

ATOM = "http://www.w3.org/2005/Atom"
FEED_PATH = "feed.xml"
FEED_TITLE = "Nya och ändrade ärenden"
RECORD_FEED_KINDS = ("organisation", "programme", "partnership", "body")
ENTRY_LIMIT = 100  # a feed reader needs the recent decisions, not all of them


def _timestamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def _fallback_date(decision: Decision) -> date | None:
    if decision.memo_date:
        return decision.memo_date
    dated = [source.date for source in decision.sources if source.date]
    return max(dated) if dated else None


def _summary(register: Register, decision: Decision) -> str:
    """Plain text: what the decision is about and its money, proposed and decided told apart."""
    lines = []
    if decision.known_only_by_reference:
        lines.append("Ärendet är känt genom hänvisningar i andra dokument.")
    text = decision.summary or decision.context
    if text:
        lines.append(text.strip().split("\n\n")[0])
    for row in register.grants_of(decision.case_number):
        recipient = register.organisation(row.grant.recipient).name
        lines.append(
            f"{row.kind_label[:1].upper() + row.kind_label[1:]} till {recipient}: {formatting.amount(row.grant.amount_sek)} "
            f"({row.status_label})."
        )
    if decision.no_money:
        lines.append(f"{wording.NO_MONEY[:1].upper() + wording.NO_MONEY[1:]}: {decision.no_money}.")
    if decision.money_not_described:
        words = wording.MONEY_NOT_DESCRIBED
        lines.append(f"{words[:1].upper() + words[1:]}: {decision.money_not_described}.")
    lines += [
        f"{conflict.what}: {conflict.words}." for conflict in register.conflicts_of("decision", decision.case_number)
    ]
    return "\n".join(lines) or decision.case_number


@dataclass(frozen=True)
class FeedSpec:
    """Which feed: its address, title, subtitle, the page it follows, and its decisions (newest first)."""

    path: str
    title: str
    subtitle: str
    alternate: str  # the site-relative page the feed follows
    decisions: list[Decision]


def whole_register(register: Register) -> FeedSpec:
    return FeedSpec(
        FEED_PATH,
        FEED_TITLE,
        "Arbetsmarknads- och socialnämndens ärenden om bidrag och partnerskap, nyast först.",
        "beslut/",
        register.decisions_newest_first(),
    )


def feed_path(kind: str, record_id: str) -> str:
    """A record's own feed, at the site's root: 'feed-organisationer-hela-manniskan-i-malmo.xml'.

    At the root because Material's script fetches `sitemap.xml` from the folder of every
    `<link rel="alternate">` on a page: next to the record's page that would be a 404 each time."""
    return "feed-" + record_url(kind, record_id).strip("/").replace("/", "-") + ".xml"


def record_feed(register: Register, kind: str, record_id: str) -> FeedSpec:
    """The decisions that concern one organisation, programme, partnership or body."""
    record = register.named(kind, record_id)
    return FeedSpec(
        feed_path(kind, record_id),
        f"Ärenden om {record.name}",
        f"Ärenden i registret som rör {record.name}, nyast först.",
        record_url(kind, record_id),
        register.decisions_concerning(kind, record_id),
    )


def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    """An Atom element under `parent`, its text cleaned of what XML cannot hold."""
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:  # the check refuses control characters; XML cannot hold them at all
        element.text = CONTROL.sub("", text)
    return element


def feed_head(
    base: str, site_name: str, title: str, subtitle: str, path: str, alternate: str
) -> tuple[ET.Element, ET.Element]:
    """A feed's own elements; returns the feed and its (still empty) `updated` element."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "sv"})
    sub(feed, "title", f"{site_name}: {title}")
    sub(feed, "subtitle", subtitle)
    sub(feed, "id", base + path)
    sub(feed, "link", rel="self", type="application/atom+xml", href=base + path)
    sub(feed, "link", rel="alternate", type="text/html", href=base + alternate)
    author = sub(feed, "author")
    sub(author, "name", site_name)
    sub(author, "uri", base)
    sub(feed, "rights", "Öppna data, CC0 1.0")
    return feed, sub(feed, "updated")


def serialised(feed: ET.Element) -> str:
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def atom_feed(
    register: Register,
    site_url: str,
    site_name: str,
    build_day: date,
    last_changed: Callable[[Decision], date | None],
    spec: FeedSpec | None = None,
) -> str:
    """The feed as an XML string. `last_changed(decision)`: its data file's git date, or None.
    Without `spec`, the feed of the whole register."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    spec = spec or whole_register(register)
    decisions = spec.decisions[:ENTRY_LIMIT]
    feed, updated_element = feed_head(base, site_name, spec.title, spec.subtitle, spec.path, spec.alternate)

    newest: date | None = None
    for decision in decisions:
        url = base + record_url("decision", decision.case_number)
        updated = last_changed(decision) or _fallback_date(decision) or build_day
        newest = max(newest, updated) if newest else updated
        entry = sub(feed, "entry")
        title = decision.case_number + (f": {decision.title}" if decision.title else "")
        sub(entry, "title", title)
        sub(entry, "id", url)
        sub(entry, "link", rel="alternate", type="text/html", href=url)
        if decision.memo_date:
            sub(entry, "published", _timestamp(decision.memo_date))
        sub(entry, "updated", _timestamp(updated))
        if decision.body:
            sub(entry, "category", term=decision.body, label=register.body(decision.body).name)
        sub(entry, "summary", _summary(register, decision), type="text")
    updated_element.text = _timestamp(newest or build_day)
    return serialised(feed)

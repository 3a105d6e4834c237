"""What a record page adds to its <head>: its own feed, its JSON-LD, its meta description.

The theme prints these from the page's meta (overrides/main.html), and the page frame
(page_frame.py) fills them per record like the title. Everything here is escaped HTML.
"""

from __future__ import annotations

from markupsafe import escape

from register.core import wording
from register.core.model import BODY_KINDS
from register.core.registry import Register, Totals
from register.core.urls import record_url
from register.core.wording import counted
from register.opendata import linked_data
from register.site import feed, formatting
from register.site.key_facts import key_facts
from register.site.render import relative_url

DESCRIPTION_LIMIT = 300  # search engines show about 160 characters; the rest is for the reader


def head_html(register: Register, kind: str, record_id: str, site_url: str) -> str:
    parts = []
    if kind in feed.RECORD_FEED_KINDS:  # relative, so it works under any base path
        title = f"Ärenden om {register.name_of(kind, record_id)} (Atom)"
        href = relative_url(feed.feed_path(kind, record_id), record_url(kind, record_id))
        parts.append(f'<link rel="alternate" type="application/atom+xml" title="{escape(title)}" href="{href}">')
    parts.append(linked_data.script(linked_data.json_ld(register, kind, record_id, site_url)))
    return "\n".join(parts)


def _money(register: Register, totals: Totals) -> str:
    """The money in words, proposed and decided apart (never one sum), for a description."""
    parts = []
    if totals.decided or register.has_minutes:
        parts.append(f"beviljat {formatting.kronor(totals.decided)}")
    if totals.proposed:
        parts.append(f"föreslaget {formatting.kronor(totals.proposed)}")
    if totals.refused:
        parts.append(f"avslaget {formatting.kronor(totals.refused)}")
    if totals.has_unknown:
        parts.append(f"{counted(totals.unknown_count, 'post', 'poster')} med {formatting.UNKNOWN_AMOUNT}")
    return ", ".join(parts) or "inga medel registrerade"


def _names(register: Register, kind: str, ids: list[str]) -> str:
    return ", ".join(register.name_of(kind, i) for i in ids)


def description(register: Register, kind: str, record_id: str) -> str:
    """One or two sentences from the record's key facts (escaped for the attribute): what a
    search result or a shared link shows of the page."""
    facts = key_facts(register, kind, record_id)
    if kind == "decision":
        decision = register.decision(record_id)
        text = f"Ärende {decision.case_number}" + (f": {decision.title}" if decision.title else "") + "."
        for row in facts.rows:
            amount = formatting.amount(row.grant.amount_sek)
            years = f" ({row.years[0]}{'–' + str(row.years[-1]) if len(row.years) > 1 else ''})" if row.years else ""
            if row.start_unknown and row.years:
                years = f" (t.o.m. {row.years[-1]}, start okänd)"
            recipient = register.name_of("organisation", row.grant.recipient)
            text += f" {amount[:1].upper()}{amount[1:]} till {recipient}{years}: {row.status_label}."
        if not facts.rows and decision.no_money:
            text += f" {wording.NO_MONEY.capitalize()}: {decision.no_money}."
        elif not facts.rows and decision.money_not_described:
            text += f" {wording.MONEY_NOT_DESCRIBED.capitalize()}: {decision.money_not_described}."
        if decision.memo_date:
            text += f" Tjänsteskrivelse {formatting.long_date(decision.memo_date)}."
    elif kind == "organisation":
        org = register.organisation(record_id)
        text = org.name + (f", organisationsnummer {org.org_number}" if org.org_number else "")
        text += f": {_money(register, facts.totals or Totals())}"
        if facts.years:
            text += f" för {facts.years[0]}" + (f"–{facts.years[-1]}" if len(facts.years) > 1 else "")
        text += f"; {counted(facts.decision_count, 'ärende', 'ärenden')} i registret."
        if facts.partnerships:
            text += f" Partnerskap: {_names(register, 'partnership', facts.partnerships)}."
    elif kind in ("programme", "partnership"):
        record = register.named(kind, record_id)
        text = record.name
        if kind == "partnership":
            partnership = register.partnership(record_id)
            text += f": partnerskap mellan {register.name_of('body', partnership.public_party)} och "
            text += _names(register, "organisation", list(partnership.partners))
            if facts.since:
                text += f" sedan {formatting.long_date(facts.since)}"
            text += f". Senaste överenskommelse: {partnership.agreements[-1].label}."
        elif facts.recipients:
            text += f": medel till {_names(register, 'organisation', facts.recipients)}."
        else:
            text += "."
        text += f" Medel: {_money(register, facts.totals or Totals())}."
    else:
        body = register.body(record_id)
        text = (
            f"{body.name} ({BODY_KINDS[body.kind]}): {counted(facts.decision_count, 'ärende', 'ärenden')} i registret."
        )
        if facts.totals and (facts.totals.proposed or facts.totals.decided or facts.totals.has_unknown):
            text += f" Medel i ärendena: {_money(register, facts.totals)}."
    text = " ".join(text.split())
    if len(text) > DESCRIPTION_LIMIT:
        text = text[: DESCRIPTION_LIMIT - 1].rsplit(" ", 1)[0] + "…"
    return str(escape(text))

"""What a record page adds to its <head>: its own feed, its JSON-LD, its meta description.

The theme prints these from the page's meta (overrides/main.html), and the page frame
(page_frame.py) fills them per record like the title. Everything here is escaped HTML.
"""

from __future__ import annotations

from markupsafe import escape

from register.core.registry import Register
from register.core.urls import record_url
from register.opendata import linked_data
from register.site import feed, formatting
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


def description(register: Register, kind: str, record_id: str) -> str:
    """One sentence from the record's facts (escaped for the attribute)."""
    if kind == "decision":
        decision = register.decision(record_id)
        text = f"Ärende {decision.case_number}" + (f": {decision.title}" if decision.title else "")
        if decision.memo_date:
            text += f". Tjänsteskrivelse {formatting.long_date(decision.memo_date)}"
        rows = register.grants_of(record_id)
        if rows:
            recipients = list(dict.fromkeys(register.name_of("organisation", r.grant.recipient) for r in rows))
            statuses = {r.status_label for r in rows}
            text += f". Medel till {', '.join(recipients)}" + (f" ({statuses.pop()})" if len(statuses) == 1 else "")
    else:
        record = register.named(kind, record_id)
        text = record.name + (f": {record.description}" if record.description else "")
    text = " ".join(text.split())
    if len(text) > DESCRIPTION_LIMIT:
        text = text[: DESCRIPTION_LIMIT - 1].rsplit(" ", 1)[0] + "…"
    return str(escape(text))

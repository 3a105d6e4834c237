"""The feed of changes (`andringar.xml`): records added, changed or removed, newest first, from
the git history of the data folder, each with the commit's first line as what changed.

GrantNav shows where each record comes from and when it changed; this lets a reader follow the
register's corrections, not only its new decisions. Ids are stable (commit and file), so a feed
reader shows each change once; a shallow clone has no history and gives an empty feed.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from register.core.model import KIND_BY_FOLDER
from register.core.registry import Register
from register.core.urls import record_url
from register.site.feed import ENTRY_LIMIT, feed_head, serialised, sub
from register.site.history import Change

CHANGES_PATH = "andringar.xml"
VERBS = {"A": "Ny post", "M": "Ändrad post", "D": "Borttagen post"}


def _entry_fields(register: Register, change: Change) -> tuple[str, str] | None:
    """(title, page) for a change to a record's file, or None for any other file."""
    path = PurePosixPath(change.path)
    kind = KIND_BY_FOLDER.get(path.parent.name)
    if kind is None or path.suffix != ".yml" or change.status not in VERBS:
        return None
    record_id = path.stem
    exists = record_id in register.entries[kind.name]
    name = register.name_of(kind.name, record_id) if exists else record_id
    title = f"{VERBS[change.status]} ({kind.singular}): {name}"
    page = record_url(kind.name, record_id) if exists else f"{kind.url_segment}/"
    return title, page


def changes_feed(register: Register, changes: list[Change], site_url: str, site_name: str) -> str:
    base = site_url if site_url.endswith("/") else site_url + "/"
    feed, updated = feed_head(
        base,
        site_name,
        "Ändringar i registret",
        "Poster som har lagts till, ändrats eller tagits bort, nyast först, med vad som ändrades.",
        CHANGES_PATH,
        "",
    )
    newest = None
    shown = 0
    for change in changes:
        fields = _entry_fields(register, change)
        if fields is None:
            continue
        title, page = fields
        entry = sub(feed, "entry")
        sub(entry, "title", title)
        sub(entry, "id", f"{base}{CHANGES_PATH}#{change.commit[:12]}-{change.path}")
        sub(entry, "link", rel="alternate", type="text/html", href=base + page)
        sub(entry, "updated", f"{change.day.isoformat()}T00:00:00Z")
        sub(entry, "summary", change.subject or title, type="text")
        newest = max(newest, change.day) if newest else change.day
        shown += 1
        if shown == ENTRY_LIMIT:
            break
    updated.text = f"{(newest.isoformat() if newest else '1970-01-01')}T00:00:00Z"
    return serialised(feed)

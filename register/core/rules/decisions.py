"""A decision's own facts fit together: its memo fields, its att-satser, its outcome's source."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from register.core.memo_fields import memo_field_messages
from register.core.model import MEMO_FIELDS
from register.core.problems import Problem
from register.core.records import Entries
from register.core.rules.common import decision_of, problem_at


def decisions_complete(entries: Entries, _: Path | None) -> Iterator[Problem]:
    """A decision with a memo needs its core facts; an outcome needs the minutes as source."""
    for entry in entries["decision"].values():
        record = decision_of(entry)
        written = {name: getattr(record, name) for name in MEMO_FIELDS if name in record.model_fields_set}
        written["known_only_by_reference"] = record.known_only_by_reference
        for name, message in memo_field_messages(written):
            yield problem_at(entry, (name,) if name in written else (), message)
        if record.outcome.status != "not_recorded" and record.outcome.source is None:
            yield problem_at(
                entry,
                ("outcome", "status"),
                (
                    "ett beslut får bara registreras med protokollet som källa; fyll i outcome.source "
                    "eller skriv status: not_recorded"
                ),
            )

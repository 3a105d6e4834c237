"""A decision's own facts fit together: its memo fields, its att-satser, its outcome's source."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from register.core.model import MEMO_FIELDS
from register.core.problems import Problem
from register.core.records import Entries
from register.core.rules.common import decision_of, problem_at


def decisions_complete(entries: Entries, _: Path | None) -> Iterator[Problem]:
    """A decision with a memo needs its core facts; an outcome needs the minutes as source."""
    for entry in entries["decision"].values():
        record = decision_of(entry)
        if not record.known_only_by_reference:
            for name in MEMO_FIELDS:
                if getattr(record, name) is None:
                    yield problem_at(
                        entry,
                        (),
                        (
                            f"fältet `{name}` saknas; det behövs för ett ärende med tjänsteskrivelse "
                            "(skriv known_only_by_reference: true om ärendet bara är känt genom hänvisning)"
                        ),
                    )
        if record.outcome.status != "not_recorded" and record.outcome.source is None:
            yield problem_at(
                entry,
                ("outcome", "status"),
                (
                    "ett beslut får bara registreras med protokollet som källa; fyll i outcome.source "
                    "eller skriv status: not_recorded"
                ),
            )

"""A value recorded as the source writes it, unverified: an organisation's
`org_number_as_written` (the number the memo prints, failing its check digit). It is shown as
such and never used as an identifier; it may not stand beside a verified number, and a number
that passes the check belongs in `org_number`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from register.core import identifiers
from register.core.model import Organisation
from register.core.problems import Problem
from register.core.records import Entries
from register.core.rules.common import problem_at


def numbers_as_written(entries: Entries, _: Path | None) -> Iterator[Problem]:
    for entry in entries["organisation"].values():
        record = entry.record
        assert isinstance(record, Organisation), entry.path
        written = record.org_number_as_written
        if written is None:
            continue
        if record.org_number is not None:
            yield problem_at(
                entry,
                ("org_number_as_written",),
                (
                    "org_number och org_number_as_written går inte ihop: det kontrollerade numret gäller; ta bort "
                    "org_number_as_written, eller org_number om det inte står i källan"
                ),
            )
        elif identifiers.org_number_problem(written) is None:
            yield problem_at(
                entry,
                ("org_number_as_written",),
                (
                    f"numret {written} klarar kontrollen av ett organisationsnummer; skriv det i org_number i "
                    "stället, så blir det organisationens identifierare i öppna data"
                ),
                "warning",
            )

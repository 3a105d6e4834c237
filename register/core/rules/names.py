"""Ids and names: a file is named by its record's id, and a name or alias belongs to one record."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from register.core.fields import SLUG_PATTERN, slug
from register.core.identifiers import canonical_case_number
from register.core.problems import Problem
from register.core.records import Entries, Entry
from register.core.rules.common import all_entries, decision_of, named_of, problem_at
from register.core.yamlfile import Loc


def file_name_is_id(entries: Entries, _: Path | None) -> Iterator[Problem]:
    """The file name is the record's id (and web address): one file per id, in one form."""
    for entry in all_entries(entries):
        if entry.kind.name == "decision":
            yield from _case_number_is_file_name(entries, entry)
        elif not re.match(SLUG_PATTERN, entry.id):
            suggestion = slug(entry.id)
            other = entries[entry.kind.name].get(suggestion)
            advice = (
                f"posten {other.path} finns redan: två filer får inte beskriva samma "
                f"{entry.kind.singular}; slå ihop dem eller ge den här filen ett annat namn"
                if other
                else f"döp om filen till {suggestion}.yml"
            )
            yield Problem(
                entry.path,
                1,
                1,
                "",
                ("filnamnet får bara innehålla små bokstäver a–z, siffror och bindestreck; " + advice),
            )


def _case_number_is_file_name(entries: Entries, entry: Entry) -> Iterator[Problem]:
    case_number = decision_of(entry).case_number
    if case_number == entry.id:
        return
    other = entries["decision"].get(case_number)
    if other is not None:
        message = (
            f"ärendet {case_number} finns redan i {other.path}: två filer får inte beskriva samma "
            f"ärende; är det här ett annat ärende, skriv dess diarienummer här (filnamnet säger {entry.id})"
        )
    elif canonical_case_number(entry.id) == case_number:
        message = (
            f"filnamnet är diarienumret i fel form ('{entry.id}.yml'): det skrivs med stora bokstäver och "
            f"bindestreck; döp om filen till {case_number}.yml"
        )
    else:
        message = (
            f"diarienumret '{case_number}' är inte samma som filnamnet '{entry.id}.yml'; "
            f"döp om filen till {case_number}.yml eller rätta diarienumret"
        )
    yield problem_at(entry, ("case_number",), message)


def names_unique(entries: Entries, _: Path | None) -> Iterator[Problem]:
    """A name or alias may point to one record only, or search and links become ambiguous.

    Both records are named, since either of them may be the mistake.
    """
    for kind_name, by_id in entries.items():
        if kind_name == "decision":
            continue
        claims: dict[str, list[tuple[Entry, Loc]]] = {}
        for entry in by_id.values():
            record = named_of(entry)
            names: list[tuple[Loc, str]] = [(("name",), record.name)]
            names += [(("aliases", i), alias) for i, alias in enumerate(record.aliases)]
            seen_here: set[str] = set()
            for loc, name in names:
                key = name.casefold().strip()
                if key not in seen_here:
                    seen_here.add(key)
                    claims.setdefault(key, []).append((entry, loc))
        for claimants in claims.values():
            if len(claimants) < 2:
                continue
            for entry, loc in claimants:
                others = ", ".join(other.path for other, _ in claimants if other is not entry)
                record = named_of(entry)
                name = record.name if loc == ("name",) else record.aliases[int(loc[1])]
                yield problem_at(
                    entry,
                    loc,
                    (
                        f"namnet '{name}' hör också till {others}; ett namn eller alias får bara höra "
                        "till en post: ta bort det ur den ena, eller slå ihop posterna om de är samma"
                    ),
                )

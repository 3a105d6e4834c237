"""Match what a memo names to the register's records: organisations by organisationsnummer, then
name, then alias; programmes, bodies and partnerships by name or alias. Nothing is guessed: a
name that matches no record, or more than one, is no match."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from register.core.records import Entries

ORG_NUMBER_IN_TEXT = re.compile(r"(?<!\d)(\d{6})\s?[-–]\s?(\d{4})(?!\d)")
_FORM_WORDS = re.compile(r"^(?:föreningen|organisationen|stiftelsen|idéburna organisationen)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    id: str
    on: str  # "organisationsnummer", "namn" or "alias"
    as_written: str


def _names(record: Any) -> list[tuple[str, str]]:
    names = [(record.name, "namn")]
    names += [(alias, "alias") for alias in getattr(record, "aliases", [])]
    short = getattr(record, "short_name", None)
    if short:
        names.append((short, "alias"))
    return names


class Matcher:
    def __init__(self, entries: Entries) -> None:
        self.entries = entries

    def records(self, kind: str) -> dict[str, Any]:
        return {key: entry.record for key, entry in self.entries[kind].items()}

    def by_name(self, kind: str, written: str) -> Match | None:
        """The one record whose name (then alias) is `written`, exactly, then ignoring case."""
        text = _FORM_WORDS.sub("", written.strip())
        for fold in (lambda s: s, str.casefold):
            for on in ("namn", "alias"):
                found = {
                    key
                    for key, record in self.records(kind).items()
                    for name, how in _names(record)
                    if how == on and fold(name) == fold(text)
                }
                if len(found) == 1:
                    return Match(found.pop(), on, written)
                if found:
                    return None  # ambiguous: never pick one
        return None

    def organisation(self, written: str, context: str = "") -> Match | None:
        for digits in ORG_NUMBER_IN_TEXT.finditer(context or written):
            number = f"{digits.group(1)}-{digits.group(2)}"
            found = [k for k, r in self.records("organisation").items() if r.org_number == number]
            if len(found) == 1:
                return Match(found[0], "organisationsnummer", written)
        return self.by_name("organisation", written)

    def mentioned(self, kind: str, text: str) -> list[Match]:
        """Every record of `kind` whose name or alias stands in `text` as whole words, longest first."""
        found: dict[str, Match] = {}
        taken: list[tuple[int, int]] = []
        names = sorted(
            ((name, how, key) for key, record in self.records(kind).items() for name, how in _names(record)),
            key=lambda item: -len(item[0]),
        )
        for name, how, key in names:
            for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
                span = hit.span()
                if any(a < span[1] and span[0] < b for a, b in taken):
                    continue
                taken.append(span)
                found.setdefault(key, Match(key, how, hit.group(0)))
        order = {key: min(text.lower().find(m.as_written.lower()), 10**9) for key, m in found.items()}
        return sorted(found.values(), key=lambda m: order[m.id])

    def body_at_start(self, line: str) -> Match | None:
        """The body whose name (or short name) the line starts with: the longest such name."""
        best: Match | None = None
        for key, record in self.records("body").items():
            for name, how in _names(record):
                if re.match(rf"{re.escape(name)}(?!\w)", line, re.IGNORECASE) and (
                    best is None or len(name) > len(best.as_written)
                ):
                    best = Match(key, how, line[: len(name)])
        return best

    def body_for_prefix(self, prefix: str) -> str | None:
        found = [k for k, r in self.records("body").items() if prefix in r.case_prefixes]
        return found[0] if len(found) == 1 else None

    def partnership_for(self, organisation: str, programme: str | None) -> str | None:
        found = [
            k
            for k, r in self.records("partnership").items()
            if organisation in r.partners and (programme is None or r.programme == programme)
        ]
        return found[0] if len(found) == 1 else None

"""What the rules share: a problem at a value's position, and the records typed by kind."""

from __future__ import annotations

from collections.abc import Iterator

from register.core.model import Body, Decision, NamedRecord
from register.core.problems import Problem, Severity
from register.core.records import Entries, Entry
from register.core.yamlfile import Loc, dotted


def problem_at(entry: Entry, loc: Loc, message: str, severity: Severity = "error") -> Problem:
    line, column = entry.at(loc)
    return Problem(entry.path, line, column, dotted(loc), message, severity)


def all_entries(entries: Entries) -> Iterator[Entry]:
    for by_id in entries.values():
        yield from by_id.values()


def decision_of(entry: Entry) -> Decision:
    assert isinstance(entry.record, Decision), entry.path
    return entry.record


def named_of(entry: Entry) -> NamedRecord:
    assert isinstance(entry.record, NamedRecord), entry.path
    return entry.record


def body_of(entry: Entry) -> Body:
    assert isinstance(entry.record, Body), entry.path
    return entry.record

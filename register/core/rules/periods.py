"""Periods: a start before its end, and a conflict recorded as two claims, never one."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pydantic import BaseModel

from register.core.model import Period
from register.core.problems import Problem
from register.core.records import Entries
from register.core.rules.common import all_entries, problem_at
from register.core.yamlfile import Loc


def periods_in_order(entries: Entries, _: Path | None) -> Iterator[Problem]:
    for entry in all_entries(entries):
        for loc, period in _periods(entry.record, ()):
            starts = [period.start] if period.start else [c.value for c in period.start_claims]
            ends = [period.end] if period.end else [c.value for c in period.end_claims]
            if period.start and period.start_claims:
                yield problem_at(
                    entry,
                    (*loc, "start"),
                    ("skriv antingen start eller start_claims (när källorna går isär), inte båda"),
                )
            if period.end and period.end_claims:
                yield problem_at(entry, (*loc, "end"), "skriv antingen end eller end_claims, inte båda")
            if len(period.start_claims) == 1 or len(period.end_claims) == 1:
                yield problem_at(
                    entry,
                    loc,
                    "en motstridig uppgift behöver minst två olika värden; skriv annars bara start eller end",
                )
            if starts and ends and max(s.earliest() for s in starts) > min(e.latest() for e in ends):
                yield problem_at(
                    entry,
                    (*loc, "end"),
                    (
                        f"perioden slutar ({', '.join(map(str, ends))}) innan den börjar "
                        f"({', '.join(map(str, starts))}); kontrollera datumen mot källan"
                    ),
                )


def _periods(value: object, loc: Loc) -> Iterator[tuple[Loc, Period]]:
    if isinstance(value, Period):
        yield loc, value
    elif isinstance(value, BaseModel):
        values = value.__dict__
        for name in _fields_that_may_hold(type(value), Period):
            yield from _periods(values[name], (*loc, name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _periods(item, (*loc, index))


@cache
def _fields_that_may_hold(model: type[BaseModel], wanted: type[BaseModel]) -> tuple[str, ...]:
    """The fields of `model` whose type is or contains `wanted`, so walks skip the others."""
    return tuple(
        name
        for name, info in model.__pydantic_fields__.items()
        if any(_may_hold(part, wanted, set()) for part in _parts(info.annotation))
    )


def _may_hold(model: type[BaseModel], wanted: type[BaseModel], seen: set[type]) -> bool:
    if model is wanted:
        return True
    if model in seen:
        return False
    seen.add(model)
    return any(
        _may_hold(part, wanted, seen) for info in model.__pydantic_fields__.values() for part in _parts(info.annotation)
    )


def _parts(annotation: object) -> Iterator[type[BaseModel]]:
    """The model classes inside a type such as `list[Grant]` or `Period | None`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _parts(argument)

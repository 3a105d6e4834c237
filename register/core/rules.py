"""Rules that look across fields and records. Each rule is a small generator of problems."""

from __future__ import annotations

import dataclasses
import difflib
import re
import typing
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

from pydantic import BaseModel

from register.core import identifiers
from register.core.fields import SLUG_PATTERN, EmailAddress, Reference, slug
from register.core.model import KINDS, MEMO_FIELDS, Period
from register.core.money_rules import money_is_stated
from register.core.personal_data import identity_numbers_in_documents
from register.core.problems import Problem
from register.core.records import Entries, Entry, Texts, display_path, texts_of
from register.core.yamlfile import dotted

_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _problem(entry: Entry, loc: tuple, message: str, severity: str = "error") -> Problem:
    line, column = entry.at(loc)
    return Problem(entry.path, line, column, dotted(loc), message, severity)  # type: ignore[arg-type]


def _all(entries: Entries) -> Iterator[Entry]:
    for by_id in entries.values():
        yield from by_id.values()


def file_name_is_id(entries: Entries, _: Path | None) -> Iterator[Problem]:
    """The file name is the record's id (and web address): one file per id, in one form."""
    for entry in _all(entries):
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
    case_number = entry.record.case_number
    if case_number == entry.id:
        return
    other = entries["decision"].get(case_number)
    if other is not None:
        message = (
            f"ärendet {case_number} finns redan i {other.path}: två filer får inte beskriva samma "
            f"ärende; är det här ett annat ärende, skriv dess diarienummer här (filnamnet säger {entry.id})"
        )
    else:
        message = (
            f"diarienumret '{case_number}' är inte samma som filnamnet '{entry.id}.yml'; "
            f"döp om filen till {case_number}.yml eller rätta diarienumret"
        )
    yield _problem(entry, ("case_number",), message)


def _case_prefixes(entries: Entries) -> set[str]:
    return {p for body in entries["body"].values() for p in body.record.case_prefixes}


def _references_of(entry: Entry, texts: Texts, entries: Entries, prefixes: set[str]) -> Iterator[Problem]:
    for loc, value in texts:
        if not isinstance(value, Reference):
            continue
        kind = KINDS[value.kind]
        if value not in entries[value.kind]:
            # Case numbers differ by a digit or two: a guess would mislead, so only slugs get one.
            close = [] if value.kind == "decision" else difflib.get_close_matches(value, list(entries[value.kind]), n=1)
            advice = (
                f"; menade du '{close[0]}'?"
                if close
                else (f"; skapa posten data/{kind.folder}/{value}.yml eller rätta stavningen")
            )
            problem = _problem(entry, loc, f"hänvisar till {kind.singular} '{value}' som inte finns{advice}")
            yield dataclasses.replace(problem, refers_to=(value.kind, str(value)))
        if value.kind == "decision":
            yield from _known_prefix(entry, loc, value, prefixes)
    if entry.kind.name == "decision":
        yield from _known_prefix(entry, ("case_number",), entry.record.case_number, prefixes)


def _known_prefix(entry: Entry, loc: tuple, case_number: str, prefixes: set[str]) -> Iterator[Problem]:
    prefix = identifiers.case_prefix(case_number)
    if prefixes and prefix not in prefixes:
        yield _problem(
            entry,
            loc,
            (
                f"prefixet '{prefix}' i '{case_number}' hör inte till något organ i data/bodies/ "
                f"(kända prefix: {', '.join(sorted(prefixes))}); rätta prefixet eller lägg till "
                "det under case_prefixes hos organet"
            ),
        )


def names_unique(entries: Entries, _: Path | None) -> Iterator[Problem]:
    """A name or alias may point to one record only, or search and links become ambiguous.

    Both records are named, since either of them may be the mistake.
    """
    for kind_name, by_id in entries.items():
        if kind_name == "decision":
            continue
        claims: dict[str, list[tuple[Entry, tuple]]] = {}
        for entry in by_id.values():
            names = [(("name",), entry.record.name)]
            names += [(("aliases", i), alias) for i, alias in enumerate(entry.record.aliases)]
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
                name = entry.record.name if loc == ("name",) else entry.record.aliases[loc[1]]
                yield _problem(
                    entry,
                    loc,
                    (
                        f"namnet '{name}' hör också till {others}; ett namn eller alias får bara höra "
                        "till en post: ta bort det ur den ena, eller slå ihop posterna om de är samma"
                    ),
                )


def periods_in_order(entries: Entries, _: Path | None) -> Iterator[Problem]:
    for entry in _all(entries):
        for loc, period in _periods(entry.record, ()):
            starts = [period.start] if period.start else [c.value for c in period.start_claims]
            ends = [period.end] if period.end else [c.value for c in period.end_claims]
            if period.start and period.start_claims:
                yield _problem(
                    entry,
                    (*loc, "start"),
                    ("skriv antingen start eller start_claims (när källorna går isär), inte båda"),
                )
            if period.end and period.end_claims:
                yield _problem(entry, (*loc, "end"), "skriv antingen end eller end_claims, inte båda")
            if len(period.start_claims) == 1 or len(period.end_claims) == 1:
                yield _problem(
                    entry,
                    loc,
                    "en motstridig uppgift behöver minst två olika värden; skriv annars bara start eller end",
                )
            if starts and ends and max(s.earliest() for s in starts) > min(e.latest() for e in ends):
                yield _problem(
                    entry,
                    (*loc, "end"),
                    (
                        f"perioden slutar ({', '.join(map(str, ends))}) innan den börjar "
                        f"({', '.join(map(str, starts))}); kontrollera datumen mot källan"
                    ),
                )


def _periods(value: object, loc: tuple) -> Iterator[tuple[tuple, Period]]:
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


def decisions_complete(entries: Entries, _: Path | None) -> Iterator[Problem]:
    """A decision with a memo needs its core facts; an outcome needs the minutes as source."""
    for entry in entries["decision"].values():
        record = entry.record
        if not record.known_only_by_reference:
            for name in MEMO_FIELDS:
                if getattr(record, name) is None:
                    yield _problem(
                        entry,
                        (),
                        (
                            f"fältet `{name}` saknas; det behövs för ett ärende med tjänsteskrivelse "
                            "(skriv known_only_by_reference: true om ärendet bara är känt genom hänvisning)"
                        ),
                    )
        if record.outcome.status != "not_recorded" and record.outcome.source is None:
            yield _problem(
                entry,
                ("outcome", "status"),
                (
                    "ett beslut får bara registreras med protokollet som källa; fyll i outcome.source "
                    "eller skriv status: not_recorded"
                ),
            )


def _emails_in(entry: Entry, texts: Texts) -> Iterator[Problem]:
    for loc, value in texts:
        # "@" first: the pattern is slow on long texts, and it never matches without one.
        if "@" in value and not isinstance(value, EmailAddress) and _EMAIL_IN_TEXT.search(value):
            yield _problem(
                entry,
                loc,
                (
                    "e-postadresser får bara stå i fältet email hos en tjänsteperson "
                    "(reference_official, responsible_officials); ta bort adressen ur texten"
                ),
            )


def _documents_of(entry: Entry, texts: Texts, docs_dir: Path | None) -> Iterator[Problem]:
    if docs_dir is None:
        return
    for loc, value in texts:
        if loc[-1:] == ("document",) and (".." in Path(value).parts or not (docs_dir / value).is_file()):
            yield _problem(
                entry,
                loc,
                (
                    f"dokumentet '{value}' finns inte under {display_path(docs_dir)}/; lägg kopian där "
                    "eller rätta sökvägen"
                ),
            )


def rules_on_texts(entries: Entries, docs_dir: Path | None) -> Iterator[Problem]:
    """The rules that read every text of a record (references resolve, e-mail addresses only
    where allowed, source documents exist) in one walk per record: the texts of 10 000 memos
    are never all listed at once (tens of megabytes)."""
    prefixes = _case_prefixes(entries)
    for entry in _all(entries):
        texts = texts_of(entry)
        yield from _references_of(entry, texts, entries, prefixes)
        yield from _emails_in(entry, texts)
        yield from _documents_of(entry, texts, docs_dir)


def no_identity_numbers_in_documents(_: Entries, docs_dir: Path | None) -> Iterator[Problem]:
    if docs_dir is not None and (docs_dir / "dokument").is_dir():
        yield from identity_numbers_in_documents(docs_dir / "dokument", f"{display_path(docs_dir)}/dokument")


Rule = Callable[[Entries, Path | None], Iterable[Problem]]
RULES: tuple[Rule, ...] = (
    file_name_is_id,
    names_unique,
    periods_in_order,
    decisions_complete,
    money_is_stated,
    rules_on_texts,
    no_identity_numbers_in_documents,
)


def check_rules(entries: Entries, docs_dir: Path | None) -> list[Problem]:
    return [problem for rule in RULES for problem in rule(entries, docs_dir)]

"""Rules that look across fields and records. Each rule is a small generator of problems."""

from __future__ import annotations

import difflib
import re
import typing
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

from pydantic import BaseModel

from register import identifiers
from register.fields import SLUG_PATTERN, EmailAddress, Reference
from register.load import Entries, Entry, Texts, display_path, texts_of
from register.model import KINDS, Period
from register.problems import Problem

_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _problem(entry: Entry, loc: tuple, message: str, severity: str = "error") -> Problem:
    line, column = entry.at(loc)
    field = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in loc).replace(".[", "[")
    return Problem(entry.path, line, column, field, message, severity)  # type: ignore[arg-type]


def _all(entries: Entries) -> Iterator[Entry]:
    for by_id in entries.values():
        yield from by_id.values()


def file_name_is_id(entries: Entries, _: Path | None) -> Iterator[Problem]:
    for entry in _all(entries):
        if entry.kind.name == "decision":
            if entry.record.case_number != entry.id:
                yield _problem(entry, ("case_number",), (
                    f"diarienumret '{entry.record.case_number}' är inte samma som filnamnet "
                    f"'{entry.id}.yml'; döp om filen till {entry.record.case_number}.yml"
                ))
        elif not re.match(SLUG_PATTERN, entry.id):
            suggestion = re.sub(r"[^a-z0-9]+", "-", entry.id.lower().translate(str.maketrans("åäöé", "aaoe"))).strip("-")
            yield Problem(entry.path, 1, 1, "", (
                "filnamnet får bara innehålla små bokstäver a–z, siffror och bindestreck; "
                f"döp om filen till {suggestion}.yml"
            ))


def ids_unique(entries: Entries, _: Path | None) -> Iterator[Problem]:
    """Two files whose ids differ only in case would get the same web address."""
    for by_id in entries.values():
        seen: dict[str, Entry] = {}
        for entry in by_id.values():
            key = entry.id.lower()
            if key in seen:
                yield Problem(entry.path, 1, 1, "", (
                    f"samma post finns redan i {seen[key].path}; slå ihop filerna till en"
                ))
            seen[key] = entry


def references_resolve(entries: Entries, _: Path | None) -> Iterator[Problem]:
    prefixes = _case_prefixes(entries)
    for entry in _all(entries):
        yield from _references_of(entry, texts_of(entry), entries, prefixes)


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
            advice = f"; menade du '{close[0]}'?" if close else (
                f"; skapa posten data/{kind.folder}/{value}.yml eller rätta stavningen"
            )
            yield _problem(entry, loc, f"hänvisar till {kind.singular} '{value}' som inte finns{advice}")
        if value.kind == "decision":
            yield from _known_prefix(entry, loc, value, prefixes)
    if entry.kind.name == "decision":
        yield from _known_prefix(entry, ("case_number",), entry.record.case_number, prefixes)


def _known_prefix(entry: Entry, loc: tuple, case_number: str, prefixes: set[str]) -> Iterator[Problem]:
    prefix = identifiers.case_prefix(case_number)
    if prefixes and prefix not in prefixes:
        yield _problem(entry, loc, (
            f"prefixet '{prefix}' i '{case_number}' hör inte till något organ i data/bodies/ "
            f"(kända prefix: {', '.join(sorted(prefixes))}); rätta prefixet eller lägg till "
            "det under case_prefixes hos organet"
        ))


def names_unique(entries: Entries, _: Path | None) -> Iterator[Problem]:
    """A name or alias may point to one record only, or search and links become ambiguous."""
    for kind_name, by_id in entries.items():
        if kind_name == "decision":
            continue
        claimed: dict[str, Entry] = {}
        for entry in by_id.values():
            names = [("name", entry.record.name)] + [(("aliases", i), a) for i, a in enumerate(entry.record.aliases)]
            for loc, name in names:
                key = name.casefold().strip()
                owner = claimed.get(key)
                if owner is not None and owner is not entry:
                    loc_tuple = loc if isinstance(loc, tuple) else (loc,)
                    yield _problem(entry, loc_tuple, (
                        f"namnet '{name}' används redan av {owner.path}; ett namn eller alias "
                        "får bara höra till en post"
                    ))
                claimed[key] = entry


def periods_in_order(entries: Entries, _: Path | None) -> Iterator[Problem]:
    for entry in _all(entries):
        for loc, period in _periods(entry.record, ()):
            starts = [period.start] if period.start else [c.value for c in period.start_claims]
            ends = [period.end] if period.end else [c.value for c in period.end_claims]
            if period.start and period.start_claims:
                yield _problem(entry, (*loc, "start"), (
                    "skriv antingen start eller start_claims (när källorna går isär), inte båda"
                ))
            if period.end and period.end_claims:
                yield _problem(entry, (*loc, "end"), "skriv antingen end eller end_claims, inte båda")
            if len(period.start_claims) == 1 or len(period.end_claims) == 1:
                yield _problem(entry, loc, "en motstridig uppgift behöver minst två olika värden; skriv annars bara start eller end")
            if starts and ends and max(s.earliest() for s in starts) > min(e.latest() for e in ends):
                yield _problem(entry, (*loc, "end"), (
                    f"perioden slutar ({', '.join(map(str, ends))}) innan den börjar "
                    f"({', '.join(map(str, starts))}); kontrollera datumen mot källan"
                ))


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
    return tuple(name for name, info in model.__pydantic_fields__.items()
                 if any(_may_hold(part, wanted, set()) for part in _parts(info.annotation)))


def _may_hold(model: type[BaseModel], wanted: type[BaseModel], seen: set[type]) -> bool:
    if model is wanted:
        return True
    if model in seen:
        return False
    seen.add(model)
    return any(_may_hold(part, wanted, seen) for info in model.__pydantic_fields__.values()
               for part in _parts(info.annotation))


def _parts(annotation: object) -> Iterator[type[BaseModel]]:
    """The model classes inside a type such as `list[Grant]` or `Period | None`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _parts(argument)


def decisions_complete(entries: Entries, _: Path | None) -> Iterator[Problem]:
    """A decision with a memo needs its core facts; an outcome needs the minutes as source."""
    required = ("title", "memo_date", "body", "administration")
    for entry in entries["decision"].values():
        record = entry.record
        if not record.known_only_by_reference:
            for name in required:
                if getattr(record, name) is None:
                    yield _problem(entry, (), (
                        f"fältet `{name}` saknas; det behövs för ett ärende med tjänsteskrivelse "
                        "(skriv known_only_by_reference: true om ärendet bara är känt genom hänvisning)"
                    ))
        numbers = {p.number for p in record.proposals}
        for index, grant in enumerate(record.grants):
            if grant.proposal not in numbers:
                yield _problem(entry, ("grants", index, "proposal"), (
                    f"att-sats {grant.proposal} finns inte under proposals; ange numret på att-satsen som ger medlen"
                ))
        if record.outcome.status != "not_recorded" and record.outcome.source is None:
            yield _problem(entry, ("outcome", "status"), (
                "ett beslut får bara registreras med protokollet som källa; fyll i outcome.source "
                "eller skriv status: not_recorded"
            ))
        for index, transfer in enumerate(record.transfers):
            earmarked = sum(e.amount_sek for e in transfer.earmarks)
            if transfer.earmarks and earmarked != transfer.amount_sek:
                yield _problem(entry, ("transfers", index, "earmarks"), (
                    f"fördelningen på verksamheter ({earmarked} kr) är inte lika med beloppet "
                    f"({transfer.amount_sek} kr); kontrollera mot källan"
                ), "warning")


def no_personal_identity_numbers(entries: Entries, _: Path | None) -> Iterator[Problem]:
    for entry in _all(entries):
        yield from _identity_numbers_in(entry, texts_of(entry))


def _identity_numbers_in(entry: Entry, texts: Texts) -> Iterator[Problem]:
    for loc, value in texts:
        if loc[-1:] != ("org_number",):
            for _, masked in identifiers.find_personal_identity_numbers(value):
                yield _problem(entry, loc, (
                    f"texten innehåller ett personnummer eller samordningsnummer ({masked}); "
                    "sådana får aldrig publiceras: ta bort numret"
                ))


def emails_only_for_officials(entries: Entries, _: Path | None) -> Iterator[Problem]:
    for entry in _all(entries):
        yield from _emails_in(entry, texts_of(entry))


def _emails_in(entry: Entry, texts: Texts) -> Iterator[Problem]:
    for loc, value in texts:
        # "@" first: the pattern is slow on long texts, and it never matches without one.
        if "@" in value and not isinstance(value, EmailAddress) and _EMAIL_IN_TEXT.search(value):
            yield _problem(entry, loc, (
                "e-postadresser får bara stå i fältet email hos en tjänsteperson "
                "(reference_official, responsible_officials); ta bort adressen ur texten"
            ))


def source_documents_exist(entries: Entries, docs_dir: Path | None) -> Iterator[Problem]:
    for entry in _all(entries):
        yield from _documents_of(entry, texts_of(entry), docs_dir)


def _documents_of(entry: Entry, texts: Texts, docs_dir: Path | None) -> Iterator[Problem]:
    if docs_dir is None:
        return
    for loc, value in texts:
        if loc[-1:] == ("document",):
            if ".." in Path(value).parts or not (docs_dir / value).is_file():
                yield _problem(entry, loc, (
                    f"dokumentet '{value}' finns inte under {display_path(docs_dir)}/; lägg kopian där "
                    "eller rätta sökvägen"
                ))


def rules_on_texts(entries: Entries, docs_dir: Path | None) -> Iterator[Problem]:
    """references_resolve, no_personal_identity_numbers, emails_only_for_officials and
    source_documents_exist in one walk per record: the texts of 10 000 memos are never all
    listed at once (tens of megabytes)."""
    prefixes = _case_prefixes(entries)
    for entry in _all(entries):
        texts = texts_of(entry)
        yield from _references_of(entry, texts, entries, prefixes)
        yield from _identity_numbers_in(entry, texts)
        yield from _emails_in(entry, texts)
        yield from _documents_of(entry, texts, docs_dir)


Rule = Callable[[Entries, Path | None], Iterable[Problem]]
RULES: tuple[Rule, ...] = (
    file_name_is_id,
    ids_unique,
    names_unique,
    periods_in_order,
    decisions_complete,
    rules_on_texts,  # references_resolve, no_personal_identity_numbers, emails_…, source_documents_exist
)


def check_rules(entries: Entries, docs_dir: Path | None) -> list[Problem]:
    return [problem for rule in RULES for problem in rule(entries, docs_dir)]

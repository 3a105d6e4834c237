"""The rules that read every text of a record: references resolve, case numbers have a known
prefix, e-mail addresses stand only where allowed, source documents exist and hold no personal
identity number."""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from register.core import identifiers
from register.core.fields import EmailAddress, Reference, slug
from register.core.model import KINDS
from register.core.personal_data import identity_numbers_in_documents
from register.core.problems import Problem
from register.core.records import Entries, Entry, Texts, TextScan, display_path, texts_of
from register.core.rules.common import all_entries, body_of, decision_of, named_of, problem_at
from register.core.rules.contact import contact_details_in_texts
from register.core.yamlfile import Loc

_EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _case_prefixes(entries: Entries) -> set[str]:
    return {p for entry in entries["body"].values() for p in body_of(entry).case_prefixes}


@dataclass(frozen=True)
class _Known:
    """What a reference may be checked against: the ids, the case numbers of decisions filed
    under another name (file_name_is_id says that once), and names, short names and aliases."""

    case_numbers: set[str]
    names: dict[str, dict[str, tuple[str, str]]]  # kind → folded name → (id, name as written)

    @classmethod
    def of(cls, entries: Entries) -> _Known:
        names: dict[str, dict[str, tuple[str, str]]] = {}
        for kind, by_id in entries.items():
            if kind == "decision":
                continue
            found = names.setdefault(kind, {})
            for record_id, entry in by_id.items():
                record = named_of(entry)
                short = getattr(record, "short_name", None)
                for name in [record.name, *record.aliases, *([short] if short else [])]:
                    for key in (name.casefold().strip(), slug(name)):
                        found.setdefault(key, (record_id, name))
        case_numbers = {decision_of(e).case_number for e in entries["decision"].values()}
        return cls(case_numbers, names)


def _advice(value: Reference, entries: Entries, known: _Known) -> str:
    kind = KINDS[value.kind]
    named = known.names.get(value.kind, {}).get(str(value).casefold()) or known.names.get(value.kind, {}).get(
        slug(value)
    )
    if named:
        return f"; menade du '{named[0]}' ({named[1]})? skriv filnamnet utan .yml, inte namnet"
    # Case numbers differ by a digit or two: a guess would mislead, so only slugs get one.
    close = [] if value.kind == "decision" else difflib.get_close_matches(value, list(entries[value.kind]), n=1)
    if close:
        return f"; menade du '{close[0]}'?"
    return f"; skapa posten data/{kind.folder}/{value}.yml eller rätta stavningen"


def _references_of(
    entry: Entry, references: Iterable[tuple[Loc, Reference]], entries: Entries, prefixes: set[str], known: _Known
) -> Iterator[Problem]:
    for loc, value in references:
        kind = KINDS[value.kind]
        if value not in entries[value.kind] and not (value.kind == "decision" and value in known.case_numbers):
            advice = _advice(value, entries, known)
            problem = problem_at(entry, loc, f"hänvisar till {kind.singular} '{value}' som inte finns{advice}")
            yield dataclasses.replace(problem, refers_to=(value.kind, str(value)))
        if value.kind == "decision":
            yield from _known_prefix(entry, loc, value, prefixes)
    if entry.kind.name == "decision":
        yield from _known_prefix(entry, ("case_number",), decision_of(entry).case_number, prefixes)


def _known_prefix(entry: Entry, loc: Loc, case_number: str, prefixes: set[str]) -> Iterator[Problem]:
    prefix = identifiers.case_prefix(case_number)
    if prefixes and prefix not in prefixes:
        yield problem_at(
            entry,
            loc,
            (
                f"prefixet '{prefix}' i '{case_number}' hör inte till något organ i data/bodies/ "
                f"(kända prefix: {', '.join(sorted(prefixes))}); rätta prefixet eller lägg till "
                "det under case_prefixes hos organet"
            ),
        )


def _emails_in(entry: Entry, texts: Texts) -> Iterator[Problem]:
    for loc, value in texts:
        # "@" first: the pattern is slow on long texts, and it never matches without one.
        if "@" in value and not isinstance(value, EmailAddress) and _EMAIL_IN_TEXT.search(value):
            yield problem_at(
                entry,
                loc,
                (
                    "e-postadresser får bara stå i fältet email hos en tjänsteperson "
                    "(reference_official, responsible_officials); ta bort adressen ur texten"
                ),
            )


def _documents_of(entry: Entry, documents: Iterable[tuple[Loc, str]], docs_dir: Path | None) -> Iterator[Problem]:
    if docs_dir is None:
        return
    for loc, value in documents:
        if ".." in Path(value).parts or not (docs_dir / value).is_file():
            yield problem_at(
                entry,
                loc,
                (
                    f"dokumentet '{value}' finns inte under {display_path(docs_dir)}/; lägg kopian där "
                    "eller rätta sökvägen"
                ),
            )


def scan_texts(entry: Entry) -> TextScan:
    """One walk over a record's texts: what the rules below need of them, and what they find in
    the record alone (read_files keeps it with the record, and the cache with the file)."""
    texts = texts_of(entry)
    return TextScan(
        references=tuple((loc, value) for loc, value in texts if isinstance(value, Reference)),
        documents=tuple((loc, value) for loc, value in texts if loc[-1:] == ("document",)),
        emails=tuple(_emails_in(entry, texts)),
        contact=tuple(contact_details_in_texts(entry, texts)),
    )


def rules_on_texts(entries: Entries, docs_dir: Path | None) -> Iterator[Problem]:
    """The rules that read every text of a record (references resolve, e-mail addresses only
    where allowed, source documents exist, telephone numbers and private addresses:
    rules/contact.py), from each record's one scan of its texts (`scan_texts`): the texts of
    10 000 memos are never all listed at once (tens of megabytes)."""
    prefixes = _case_prefixes(entries)
    known = _Known.of(entries)
    for entry in all_entries(entries):
        scan = entry.scan if entry.scan is not None else scan_texts(entry)
        yield from _references_of(entry, scan.references, entries, prefixes, known)
        yield from scan.emails
        yield from _documents_of(entry, scan.documents, docs_dir)
        yield from scan.contact


def no_identity_numbers_in_documents(_: Entries, docs_dir: Path | None) -> Iterator[Problem]:
    if docs_dir is not None and (docs_dir / "dokument").is_dir():
        yield from identity_numbers_in_documents(docs_dir / "dokument", f"{display_path(docs_dir)}/dokument")

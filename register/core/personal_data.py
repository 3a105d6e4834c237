"""Personal identity numbers are never published: look for them in every value as written.

The scan runs on the file's values before the model is applied, so a number is refused even
in a file that has other mistakes, in an unknown field, or typed as a bare number.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from register.core.contact_details import phone_numbers, private_emails
from register.core.identifiers import find_personal_identity_numbers
from register.core.problems import Problem
from register.core.yamlfile import Loc, YamlFile


def leaves(value: Any, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    """Every scalar of a YAML document with its path, as written (before the model), in file
    order. A loop, not recursion: every file is walked by each scan, at 10 000 records too."""
    stack: list[tuple[Loc, Any]] = [(loc, value)]
    while stack:
        here, item = stack.pop()
        if isinstance(item, dict):
            stack.extend(reversed([((*here, key), child) for key, child in item.items()]))
        elif isinstance(item, list):
            stack.extend(reversed([((*here, index), child) for index, child in enumerate(item)]))
        else:
            yield here, item


def identity_numbers_in(file: YamlFile, values: Iterable[tuple[Loc, Any]] | None = None) -> Iterator[Problem]:
    """A problem for every personnummer or samordningsnummer in any text or number of the file
    (`values`: its `leaves`, when already listed for the other scans)."""
    for loc, value in leaves(file.data) if values is None else values:
        if loc[-1:] == ("org_number",) or isinstance(value, bool) or not isinstance(value, (str, int)):
            continue  # org_number: the model refuses a personal number there, with its own message
        for _, masked in find_personal_identity_numbers(str(value)):
            yield file.problem_at(
                loc,
                f"texten innehåller ett personnummer eller samordningsnummer ({masked}); "
                "sådana får aldrig publiceras: ta bort numret",
            )


def identity_number_in_file_name(path: str, stem: str) -> Iterator[Problem]:
    """The file name becomes the web address: it may never hold a personal identity number."""
    for _, masked in find_personal_identity_numbers(stem):
        yield Problem(
            path,
            1,
            1,
            "",
            (
                f"filnamnet innehåller ett personnummer eller samordningsnummer ({masked}) och blir "
                "webbadressen; ge filen ett annat namn, t.ex. organisationens namn"
            ),
        )


TEXT_SUFFIXES = (".txt", ".md", ".html", ".csv")


def document_lines(documents: Path, display: str) -> Iterator[tuple[str, int, str]]:
    """(path as shown, line number, line) of every line of the text copies under `documents`:
    the one walk over the memo copies that the scans for personal details share."""
    for path in sorted(documents.rglob("*")):
        if path.suffix.lower() not in TEXT_SUFFIXES or not path.is_file():
            continue
        name = f"{display}/{path.relative_to(documents)}"
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            yield name, number, line


def identity_numbers_in_documents(documents: Path, display: str) -> Iterator[Problem]:
    """Copies of source documents are published as they are: they may not hold one either."""
    for name, number, line in document_lines(documents, display):
        for offset, masked in find_personal_identity_numbers(line):
            yield Problem(
                name,
                number,
                offset + 1,
                "",
                (
                    f"källdokumentet innehåller ett personnummer eller samordningsnummer ({masked}) "
                    "och publiceras som det är; ta bort numret ur kopian (skriv t.ex. ÅÅMMDD-XXXX)"
                ),
            )


def personal_details_in_line(line: str) -> list[tuple[int, str]]:
    """(offset, what was found, shortened) for every personal detail a memo copy's line holds:
    personal identity numbers, telephone numbers and private e-mail addresses, by offset."""
    found = [
        (offset, f"ett personnummer eller samordningsnummer ({masked})")
        for offset, masked in find_personal_identity_numbers(line)
    ]
    found += [(offset, f"ett telefonnummer ({number})") for offset, number in phone_numbers(line)]
    found += [(offset, f"en privat e-postadress (@{domain})") for offset, domain in private_emails(line)]
    return sorted(found)

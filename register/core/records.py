"""The record containers the rules, the registry and the tools share: a validated record with
its file and positions (`Entry`), all of them by kind (`Entries`), and every text of a record."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from register.core.fields import Reference
from register.core.model import Kind, Record
from register.core.problems import Problem
from register.core.yamlfile import Loc, Positions


@dataclass(frozen=True)
class TextScan:
    """What the rules on texts (rules/texts.py) need of one record's texts, found once when the
    file is read: the references and document paths they check against the other records and
    the docs folder, and what they find in the record alone (e-mail addresses in texts,
    telephone numbers). A record from the cache (register.core.file_cache) is then never walked
    or scanned again; the scans for telephone numbers are the slowest rule at 10 000 records."""

    references: tuple[tuple[Loc, Reference], ...]
    documents: tuple[tuple[Loc, str], ...]
    emails: tuple[Problem, ...]
    contact: tuple[Problem, ...]


@dataclass(frozen=True)
class Entry:
    """One validated record with the file it came from and the positions of its values."""

    kind: Kind
    id: str
    path: str
    record: Record
    positions: Positions
    scan: TextScan | None = None  # set by read_files; None in an Entry made another way

    def at(self, loc: Loc) -> tuple[int, int]:
        return self.positions.of_value(loc)


Entries = dict[str, dict[str, Entry]]
R = TypeVar("R", bound=Record)


def records_of(entries: Entries, kind: str, model: type[R]) -> list[tuple[str, R]]:
    """(id, record) of every record of `kind`, typed as `model` (checked, not assumed)."""
    found: list[tuple[str, R]] = []
    for record_id, entry in entries[kind].items():
        if not isinstance(entry.record, model):
            raise TypeError(f"{entry.path}: väntade {model.__name__}, fick {type(entry.record).__name__}")
        found.append((record_id, entry.record))
    return found


def display_path(path: Path) -> str:
    """`path` relative to the working directory when it lies below it, else as given."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def files_in(folder: Path) -> list[tuple[str, Path, str]]:
    """(name, path, path as messages show it: `display_path`) of everything in `folder`, by name.

    One read of the folder, which also says which names are symbolic links: only those are
    resolved one by one (each path on its own took a quarter of a second of every check at
    12 000 files)."""
    try:
        shown: str | None = str(folder.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        shown = None  # not below the working directory: shown as given
    found = []
    with os.scandir(folder) as items:
        for item in sorted(items, key=lambda item: item.name):  # the order of their Paths, on POSIX
            path = folder / item.name
            if item.is_symlink():
                display = display_path(path)
            elif shown is None:
                display = str(path)
            else:
                display = item.name if shown == "." else os.path.join(shown, item.name)
            found.append((item.name, path, display))
    return found


Texts = list[tuple[Loc, str]]


def texts_of(entry: Entry) -> Texts:
    """Every text value of a record with its path (what the rules on texts read)."""
    found: Texts = []
    _collect_texts(entry.record, (), found)
    return found


def _collect_texts(value: Any, loc: Loc, found: list[tuple[Loc, str]]) -> None:
    """Every text leaf of a record, depth first, without a generator per level."""
    if isinstance(value, str):
        found.append((loc, value))
    elif isinstance(value, BaseModel):
        values = value.__dict__
        for name in type(value).__pydantic_fields__:
            _collect_texts(values[name], (*loc, name), found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _collect_texts(item, (*loc, index), found)

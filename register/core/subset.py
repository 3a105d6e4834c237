"""Build only part of the register while editing (`make serve-subset`), so a change shows in seconds.

REGISTER_SUBSET holds glob patterns under the data folder, comma-separated, for example
`decisions/ASN-2024-*,organisations/hela-*`. The build reads the files they match and then every
record those records refer to, until nothing referred to is missing, and checks them with the
same rules as always: a reference to a record that does not exist is still an error. What the
preview lacks is the other direction: records outside the subset that point at a shown record
are not read, so its "Nämns i" lists can be shorter than on the full site. `register check`
and `make build` always read everything.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from register.core.fields import Reference
from register.core.load import read_record
from register.core.model import KIND_BY_FOLDER, KINDS
from register.core.problems import Problem
from register.core.records import Entries, display_path, texts_of

ENV = "REGISTER_SUBSET"


def patterns_from_env() -> list[str]:
    return [part.strip() for part in os.environ.get(ENV, "").split(",") if part.strip()]


def reader(patterns: list[str]) -> Callable[[Path], tuple[Entries, list[Problem]]]:
    """A `read` for load_register that reads the files `patterns` match and what they refer to."""

    def read(data_dir: Path) -> tuple[Entries, list[Problem]]:
        entries: Entries = {name: {} for name in KINDS}
        problems: list[Problem] = []
        tried: set[Path] = set()
        todo = sorted(
            {
                path
                for pattern in patterns
                for path in data_dir.glob(pattern)
                if path.suffix == ".yml" and path.parent.name in KIND_BY_FOLDER
            }
        )
        while todo:
            for path in todo:
                tried.add(path)
                read_record(path, KIND_BY_FOLDER[path.parent.name], display_path(path), entries, problems)
            todo = sorted(_referred_files(data_dir, entries) - tried)
        return entries, problems

    return read


def _referred_files(data_dir: Path, entries: Entries) -> set[Path]:
    """Files of records referred to but not read yet (those that exist)."""
    wanted = set()
    for by_id in entries.values():
        for entry in by_id.values():
            for _, value in texts_of(entry):
                if isinstance(value, Reference) and value not in entries[value.kind]:
                    path = data_dir / KINDS[value.kind].folder / f"{value}.yml"
                    if path.is_file():
                        wanted.add(path)
    return wanted


def describe(patterns: list[str], entries: Entries) -> str:
    count = sum(len(by_id) for by_id in entries.values())
    return f"förhandsvisning av ett urval: {count} poster ({ENV}={','.join(patterns)}) och det de hänvisar till"

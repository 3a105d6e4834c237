"""Load a data folder: read every file, validate it, run the rules across records.

`load_register` is the one entry point used by the command line and the site build, so the
check and the build always stop with the same messages.
"""

from __future__ import annotations

import difflib
import gc
import os
from collections.abc import Callable
from pathlib import Path

from register.core.control_characters import control_characters_in
from register.core.folder_guess import wrong_folder
from register.core.model import KIND_BY_FOLDER, KINDS, Kind
from register.core.personal_data import identity_number_in_file_name, identity_numbers_in
from register.core.problems import Problem
from register.core.records import Entries, Entry, display_path
from register.core.registry import Register
from register.core.rules import check_rules
from register.core.validate import validate_file
from register.core.written_values import curly_quotes_in, cut_comments_in
from register.core.yamlfile import read_yaml


def default_data_dir() -> Path:
    return Path(os.environ.get("REGISTER_DATA_DIR") or "data")


def read_entries(data_dir: Path) -> tuple[Entries, list[Problem]]:
    """Every record file under `data_dir`, validated one by one."""
    entries: Entries = {name: {} for name in KINDS}
    problems: list[Problem] = []
    if not data_dir.is_dir():
        problems.append(Problem(display_path(data_dir), 1, 1, "", "datamappen finns inte"))
        return entries, problems
    for child in sorted(data_dir.iterdir()):
        if child.name.startswith("."):
            continue
        kind = KIND_BY_FOLDER.get(child.name)
        if kind is None or not child.is_dir():
            folders = [k.folder for k in KINDS.values()]
            close = difflib.get_close_matches(child.name, folders, n=1)
            advice = f"; menade du {close[0]}?" if close else ""
            message = f"okänd fil eller mapp i datamappen; posterna ligger i mapparna {', '.join(folders)}{advice}"
            problems.append(Problem(display_path(child), 1, 1, "", message))
            continue
        folder, cwd = child.resolve(), Path.cwd().resolve()
        for path in sorted(child.iterdir()):
            if path.name.startswith("."):
                continue
            if path.suffix != ".yml":
                message = "bara .yml-filer hör hemma här; byt filändelse till .yml eller flytta filen"
                problems.append(Problem(display_path(path, folder, cwd), 1, 1, "", message))
                continue
            read_record(path, kind, display_path(path, folder, cwd), entries, problems)
    return entries, problems


def read_record(path: Path, kind: Kind, display: str, entries: Entries, problems: list[Problem]) -> None:
    """Read and validate one record file into `entries`; its problems go to `problems`."""
    file = read_yaml(path, display, keep_positions=False)  # read again only for a message
    file.problems.extend(identity_number_in_file_name(file.path, path.stem))
    file.problems.extend(identity_numbers_in(file))
    file.problems.extend(control_characters_in(file))
    file.problems.extend(curly_quotes_in(file))
    file.problems.extend(cut_comments_in(file))
    misplaced = wrong_folder(file, kind, path.stem)
    if misplaced is not None:  # one message, not one for each field the folder's kind lacks
        problems.extend([*file.problems, misplaced])
        return
    record = validate_file(file, kind.model)
    problems.extend(file.problems)
    if record is not None:
        entries[kind.name][path.stem] = Entry(kind, path.stem, file.path, record, file.positions)


def load_register(
    data_dir: Path, docs_dir: Path | None = None, read: Callable[[Path], tuple[Entries, list[Problem]]] = read_entries
) -> tuple[Register | None, list[Problem]]:
    """(Register, problems). The Register is None when any problem is an error.

    `read` reads the records (register.core.subset passes one that reads only part of them)."""
    # Reading creates millions of objects and frees none: the cyclic collector would only
    # traverse them again and again (about a fifth of the time at 10 000 records).
    collecting = gc.isenabled()
    gc.disable()
    try:
        entries, problems = read(data_dir)
        # A reference to a file that exists but has its own mistakes is not missing: say it once.
        broken = {
            (kind.name, path.stem)
            for path in map(Path, {p.path for p in problems})
            if (kind := KIND_BY_FOLDER.get(path.parent.name)) and path.stem not in entries[kind.name]
        }
        problems.extend(p for p in check_rules(entries, docs_dir) if p.refers_to not in broken)
    finally:
        if collecting:
            gc.enable()
    if any(p.severity == "error" for p in problems):
        return None, problems
    return Register.build(entries), problems


__all__ = ["default_data_dir", "load_register", "read_entries", "read_record"]

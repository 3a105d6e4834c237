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

from register.core.file_cache import FileCache
from register.core.model import KIND_BY_FOLDER, KINDS, Kind
from register.core.problems import Problem
from register.core.read_files import Job, read_jobs, read_one
from register.core.records import Entries, display_path, files_in
from register.core.registry import Register
from register.core.rules import check_rules


def default_data_dir() -> Path:
    return Path(os.environ.get("REGISTER_DATA_DIR") or "data")


def read_entries(data_dir: Path) -> tuple[Entries, list[Problem]]:
    """Every record file under `data_dir`, validated one by one (what the cache knows is not read again)."""
    entries: Entries = {name: {} for name in KINDS}
    problems: list[Problem] = []
    jobs: list[Job] = []
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
        for name, path, display in files_in(child):
            if name.startswith("."):
                continue
            if path.suffix != ".yml":
                message = "bara .yml-filer hör hemma här; byt filändelse till .yml eller flytta filen"
                problems.append(Problem(display, 1, 1, "", message))
                continue
            jobs.append(Job(path, kind.name, display))
    for job, entry, found in read_jobs(jobs, FileCache.for_data(data_dir)):
        problems.extend(found)
        if entry is not None:
            entries[job.kind][entry.id] = entry
    return entries, problems


def read_record(path: Path, kind: Kind, display: str, entries: Entries, problems: list[Problem]) -> None:
    """Read and validate one record file into `entries`; its problems go to `problems`."""
    entry, found = read_one(Job(path, kind.name, display))
    problems.extend(found)
    if entry is not None:
        entries[kind.name][path.stem] = entry


def load_register(
    data_dir: Path, docs_dir: Path | None = None, read: Callable[[Path], tuple[Entries, list[Problem]]] = read_entries
) -> tuple[Register | None, list[Problem]]:
    """(Register, problems). The Register is None when any problem is an error.

    `read` reads the records (register.core.subset passes one that reads only part of them)."""
    # Reading (or loading from the cache) and building the Register create millions of objects
    # and free none: the cyclic collector would only traverse them again and again (about a
    # fifth of the time at 10 000 records, and a second of building the Register after it).
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
        if any(p.severity == "error" for p in problems):
            return None, problems
        return Register.build(entries), problems
    finally:
        if collecting:
            gc.enable()


__all__ = ["default_data_dir", "load_register", "read_entries", "read_record"]

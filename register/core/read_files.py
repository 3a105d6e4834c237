"""Read and validate record files one by one, on every core when there are many.

Each file is read, scanned for personal identity numbers, control characters, Word's curly
quotes and text cut off as a comment, recognised when it is in the wrong folder, validated
on its own, and its texts scanned once for the rules on texts (`scan_texts`): nothing in it
depends on another file, so a large register is read in
worker processes (`REGISTER_WORKERS`, default: the machine's cores) and the results come back
in the files' order, so the messages and the register are the same as when read in one.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from register.core.control_characters import control_characters_in
from register.core.folder_guess import wrong_folder
from register.core.model import KINDS
from register.core.personal_data import identity_number_in_file_name, identity_numbers_in
from register.core.problems import Problem
from register.core.records import Entry
from register.core.rules.texts import scan_texts
from register.core.validate import validate_file
from register.core.written_values import curly_quotes_in, cut_comments_in
from register.core.yamlfile import read_yaml

# Below this many files starting the workers costs more than it saves.
POOL_FROM = 2000
CHUNK = 250


@dataclass(frozen=True)
class Job:
    path: Path
    kind: str  # a key of KINDS
    display: str  # the path as messages show it


def read_one(job: Job) -> tuple[Entry | None, list[Problem]]:
    """The validated record of one file (None when it has errors) and the file's problems."""
    kind = KINDS[job.kind]
    file = read_yaml(job.path, job.display, keep_positions=False)  # read again only for a message
    file.problems.extend(identity_number_in_file_name(file.path, job.path.stem))
    file.problems.extend(identity_numbers_in(file))
    file.problems.extend(control_characters_in(file))
    file.problems.extend(curly_quotes_in(file))
    file.problems.extend(cut_comments_in(file))
    misplaced = wrong_folder(file, kind, job.path.stem)
    if misplaced is not None:  # one message, not one for each field the folder's kind lacks
        return None, [*file.problems, misplaced]
    record = validate_file(file, kind.model)
    if record is None:
        return None, file.problems
    entry = Entry(kind, job.path.stem, file.path, record, file.positions)
    return dataclasses.replace(entry, scan=scan_texts(entry)), file.problems


def _read_chunk(jobs: list[Job]) -> list[tuple[Entry | None, list[Problem]]]:
    return [read_one(job) for job in jobs]


def workers() -> int:
    configured = os.environ.get("REGISTER_WORKERS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def read_jobs(jobs: list[Job]) -> Iterator[tuple[Job, Entry | None, list[Problem]]]:
    """Every job's result, in the jobs' order."""
    count = workers()
    if count < 2 or len(jobs) < POOL_FROM:
        for job in jobs:
            yield (job, *read_one(job))
        return
    chunks = [jobs[start : start + CHUNK] for start in range(0, len(jobs), CHUNK)]
    with ProcessPoolExecutor(max_workers=count) as pool:
        for chunk, results in zip(chunks, pool.map(_read_chunk, chunks), strict=True):
            for job, (entry, problems) in zip(chunk, results, strict=True):
                yield job, entry, problems


__all__ = ["Job", "read_jobs", "read_one", "workers"]

"""Read and validate record files one by one, on every core when there are many, and only
those the cache (register.core.file_cache) does not already know.

Each file is read, scanned for personal identity numbers, control characters, Word's curly
quotes and text cut off as a comment, recognised when it is in the wrong folder, validated on
its own, and its texts scanned once for the rules on texts (`scan_texts`): nothing in it
depends on another file, so a result can be kept with the file's content, and many files are
read in worker processes (`REGISTER_WORKERS`, default: the machine's cores). The results come
back in the files' order, so the messages and the register are the same whether read here, in
workers or from the cache.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from register.core.control_characters import control_characters_in
from register.core.file_cache import FileCache, Result, content_digest
from register.core.folder_guess import wrong_folder
from register.core.model import KINDS
from register.core.personal_data import identity_number_in_file_name, identity_numbers_in, leaves
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


def read_one(job: Job, raw: bytes | None = None) -> Result:
    """The validated record of one file (None when it has errors) and the file's problems.

    `raw` is the file's content when already read (the cache's key is made from the same bytes)."""
    kind = KINDS[job.kind]
    file = read_yaml(job.path, job.display, keep_positions=False, raw=raw)  # read again only for a message
    file.problems.extend(identity_number_in_file_name(file.path, job.path.stem))
    values = list(leaves(file.data))  # one walk for both scans (a second took 0.3 s at 10 000 records)
    file.problems.extend(identity_numbers_in(file, values))
    file.problems.extend(control_characters_in(file, values))
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


def _read_keyed(job: Job) -> tuple[bytes, Result]:
    """A file's result and the digest of the very bytes it was made from."""
    raw = job.path.read_bytes()
    return content_digest(raw), read_one(job, raw)


def _read_chunk(jobs: list[Job]) -> list[tuple[bytes, Result]]:
    return [_read_keyed(job) for job in jobs]


def workers() -> int:
    configured = os.environ.get("REGISTER_WORKERS", "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _read_all(jobs: list[Job]) -> Iterator[tuple[bytes, Result]]:
    """Every job's digest and result, in the jobs' order: in workers when there are many."""
    count = workers()
    if count < 2 or len(jobs) < POOL_FROM:
        yield from map(_read_keyed, jobs)
        return
    chunks = [jobs[start : start + CHUNK] for start in range(0, len(jobs), CHUNK)]
    with ProcessPoolExecutor(max_workers=count) as pool:
        for results in pool.map(_read_chunk, chunks):
            yield from results


def read_jobs(jobs: list[Job], cache: FileCache | None = None) -> Iterator[tuple[Job, Entry | None, list[Problem]]]:
    """Every job's result, in the jobs' order; from `cache` where it knows the file's content.

    Only the files the cache misses are read (in workers when they are many: with the others
    known, a one-file edit starts none), then the cache is written, before any result is used."""
    results: list[Result | None] = [None] * len(jobs)
    missing: list[int] = list(range(len(jobs)))
    if cache is not None:
        for index, job in enumerate(jobs):
            key = cache.key(job.kind, job.display, job.path, content_digest(job.path.read_bytes()))
            results[index] = cache.get(job.display, key)
        missing = [index for index, result in enumerate(results) if result is None]
    for index, (digest, result) in zip(missing, _read_all([jobs[i] for i in missing]), strict=True):
        results[index] = result
        if cache is not None:
            job = jobs[index]
            cache.put(job.display, cache.key(job.kind, job.display, job.path, digest), result)
    if cache is not None:
        cache.save()
    for job, found in zip(jobs, results, strict=True):
        assert found is not None  # every index was read above
        yield (job, *found)


__all__ = ["Job", "read_jobs", "read_one", "workers"]

"""The cache of read files (register/core/file_cache.py): what a load finds is the same with it,
without it and with a damaged one, and only the files that changed are read again."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from support import FROZEN_DATA, REPO_ROOT

from register.core import file_cache, read_files
from register.core.load import load_register, read_entries
from register.core.problems import Problem
from register.core.records import Entries
from register.tools.cli import main

DOCS = REPO_ROOT / "docs"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """The frozen register with an error, a warning and a broken reference, in a folder of its own."""
    folder = tmp_path / "data"
    shutil.copytree(FROZEN_DATA, folder)
    broken = folder / "organisations" / "hela-manniskan-i-malmo.yml"
    broken.write_text(broken.read_text(encoding="utf-8") + "website: javascript:alert(1)\n", encoding="utf-8")
    organisation = folder / "organisations" / "ny-forening.yml"
    organisation.write_text(
        "name: Ny förening\n"
        "description: Ring 070-123 45 67 eller skriv till ny@example.org.\n"
        "sources:\n  - title: Tjänsteskrivelse\n    document: dokument/finns-inte.txt\n",
        encoding="utf-8",
    )
    decision = folder / "decisions" / "ASN-2024-17401.yml"
    text = decision.read_text(encoding="utf-8")
    decision.write_text(text.replace("recipient: hela-manniskan-i-malmo", "recipient: finns-inte", 1), encoding="utf-8")
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The display paths of the files actually read (not taken from the cache), in one process,
    with the cache in tmp_path/cache."""
    monkeypatch.setenv("REGISTER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("REGISTER_WORKERS", "1")
    monkeypatch.delenv("REGISTER_CACHE", raising=False)
    seen: list[str] = []
    real = read_files.read_one

    def counting(job: read_files.Job, raw: bytes | None = None) -> file_cache.Result:
        seen.append(job.display)
        return real(job, raw)

    monkeypatch.setattr(read_files, "read_one", counting)
    return seen


def found(data: Path) -> tuple[dict[tuple[str, str], Any], list[str]]:
    """What a load gives: each record with its scan and a position, and every problem in order."""
    entries: Entries = {}

    def read(folder: Path) -> tuple[Entries, list[Problem]]:
        read_now = read_entries(folder)
        entries.update(read_now[0])
        return read_now

    _, problems = load_register(data, DOCS, read)
    records = {
        (kind, record_id): (entry.path, entry.record, entry.scan, entry.at(("name",)))
        for kind, by_id in entries.items()
        for record_id, entry in by_id.items()
    }
    return records, [repr(problem) for problem in problems]


def files_in(data: Path) -> int:
    return sum(1 for _ in data.rglob("*.yml"))


def test_a_second_load_reads_no_file_and_finds_exactly_the_same(data: Path, reads: list[str]) -> None:
    cold = found(data)
    assert len(reads) == files_in(data)
    reads.clear()
    warm = found(data)
    assert reads == []
    assert warm == cold
    problems = cold[1]
    assert any("finns-inte" in p for p in problems) and any("telefonnummer" in p for p in problems)
    assert any("javascript:alert(1)" in p for p in problems) and any("e-postadresser" in p for p in problems)
    assert any("dokument/finns-inte.txt" in p for p in problems)


def test_the_same_with_the_cache_turned_off(data: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with_cache = found(data)
    monkeypatch.setenv("REGISTER_CACHE", "0")
    reads.clear()
    without = found(data)
    assert len(reads) == files_in(data)
    assert without == with_cache


def test_turned_off_it_writes_nothing(data: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGISTER_CACHE", "0")
    load_register(data, DOCS)
    load_register(data, DOCS)
    assert len(reads) == 2 * files_in(data)
    assert not (data.parent / "cache").exists()


def test_an_edited_file_and_only_it_is_read_again(data: Path, reads: list[str]) -> None:
    found(data)
    edited = data / "organisations" / "ny-forening.yml"
    edited.write_text(edited.read_text(encoding="utf-8").replace("070-123 45 67", "040-34 10 00"), encoding="utf-8")
    reads.clear()
    _, problems = load_register(data, DOCS)
    assert reads == [str(edited)]
    phone = [str(p) for p in problems if "telefonnummer" in str(p)]
    assert phone and all("(040-…)" in p for p in phone)


def test_other_code_reads_every_file_again(data: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    load_register(data, DOCS)
    reads.clear()
    monkeypatch.setattr(file_cache, "code_fingerprint", lambda: b"\1" * 32)
    load_register(data, DOCS)
    assert len(reads) == files_in(data)


def test_the_fingerprint_changes_with_any_source_file(tmp_path: Path) -> None:
    source = tmp_path / "core"
    shutil.copytree(REPO_ROOT / "register" / "core", source)
    before = file_cache.fingerprint_of(source, "versions")
    rules = source / "rules" / "texts.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert file_cache.fingerprint_of(source, "versions") != before
    assert file_cache.fingerprint_of(source, "other versions") != file_cache.fingerprint_of(source, "versions")


@pytest.mark.parametrize("damage", ["garbage", "cut off", "empty", "right header, garbage"])
def test_a_damaged_cache_is_read_around_and_written_anew(data: Path, reads: list[str], damage: str) -> None:
    cold = found(data)
    shards = sorted((data.parent / "cache").glob("v*/*.pickle"))
    assert shards
    for shard in shards:
        content = shard.read_bytes()
        fingerprint = content[:32]
        shard.write_bytes(
            {
                "garbage": b"not a pickle at all",
                "cut off": content[: len(content) // 2],
                "empty": b"",
                "right header, garbage": fingerprint + b"\x80\x05garbage",
            }[damage]
        )
    reads.clear()
    assert found(data) == cold
    assert len(reads) == files_in(data)
    reads.clear()
    assert found(data) == cold and reads == []


def test_a_cache_that_cannot_be_written_is_no_cache(
    data: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x", encoding="utf-8")
    monkeypatch.setenv("REGISTER_CACHE_DIR", str(not_a_folder / "cache"))  # mkdir fails, also for root
    first = found(data)
    second = found(data)
    assert first == second
    assert len(reads) == 2 * files_in(data)


def test_the_check_prints_the_same_from_the_cache(
    data: Path, reads: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(data), "--docs-dir", str(DOCS)]) == 1
    cold = capsys.readouterr()
    reads.clear()
    assert main(["check", str(data), "--docs-dir", str(DOCS)]) == 1
    assert capsys.readouterr() == cold and reads == []
    assert "registerkontrollen misslyckades" in cold.err


def test_workers_start_only_for_the_files_the_cache_misses(
    data: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REGISTER_WORKERS", "2")
    monkeypatch.setattr(read_files, "POOL_FROM", 1)
    monkeypatch.setattr(read_files, "CHUNK", 3)
    pooled = found(data)  # read in workers, then written to the cache
    started: list[int] = []
    given: list[list[str]] = []
    real_pool, real_read_all = read_files.ProcessPoolExecutor, read_files._read_all

    def counting_pool(max_workers: int) -> Any:
        started.append(max_workers)
        return real_pool(max_workers=max_workers)

    def read_all(jobs: list[read_files.Job]) -> Any:
        given.append([job.display for job in jobs])
        return real_read_all(jobs)

    monkeypatch.setattr(read_files, "ProcessPoolExecutor", counting_pool)
    monkeypatch.setattr(read_files, "_read_all", read_all)
    assert found(data) == pooled
    assert started == [] and given == [[]]
    edited = data / "organisations" / "ny-forening.yml"
    edited.write_text(edited.read_text(encoding="utf-8") + "aliases: [Nya]\n", encoding="utf-8")
    found(data)
    assert started == [2] and given[1] == [str(edited)]  # POOL_FROM is 1 here


def test_only_the_caches_of_the_last_data_folders_used_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REGISTER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("REGISTER_CACHE", raising=False)
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "notes").mkdir()  # not a cache of ours: never removed
    folders = []
    for number in range(file_cache.KEEP + 2):
        data = tmp_path / f"data-{number}"
        (data / "bodies").mkdir(parents=True)
        shutil.copy(FROZEN_DATA / "bodies" / "malmo-stad.yml", data / "bodies")
        load_register(data, None)
        cache = file_cache.FileCache.for_data(data)
        assert cache is not None and cache.folder.is_dir()
        os.utime(cache.folder, (1_000_000 + number, 1_000_000 + number))  # used in this order
        folders.append(cache.folder.name)
    kept = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert kept == sorted(["notes", *folders[-file_cache.KEEP :]])


def test_a_record_from_the_cache_is_not_scanned_again(
    data: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = found(data)

    def no_scan(entry: object) -> None:
        raise AssertionError(f"scanned again: {entry}")

    monkeypatch.setattr("register.core.rules.texts.scan_texts", no_scan)
    assert found(data) == cold  # the telephone numbers and addresses found come with the record

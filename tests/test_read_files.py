"""A large register is read in worker processes; what comes back is what one process reads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from support import FROZEN_DATA

from register.core import read_files
from register.core.load import load_register


def test_reading_in_workers_gives_the_same_records_and_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(FROZEN_DATA, data)
    broken = data / "organisations" / "hela-manniskan-i-malmo.yml"
    broken.write_text(broken.read_text(encoding="utf-8") + "website: javascript:alert(1)\n", encoding="utf-8")
    (data / "organisations" / "ny-forening.yml").write_text("name: Ny\nnamn: fel\n", encoding="utf-8")
    decision = data / "decisions" / "ASN-2024-17401.yml"
    text = decision.read_text(encoding="utf-8")
    decision.write_text(text.replace("recipient: hela-manniskan-i-malmo", "recipient: finns-inte", 1), encoding="utf-8")

    monkeypatch.setenv("REGISTER_WORKERS", "1")
    _, alone = load_register(data, None)
    monkeypatch.setenv("REGISTER_WORKERS", "2")
    monkeypatch.setattr(read_files, "POOL_FROM", 1)
    monkeypatch.setattr(read_files, "CHUNK", 3)
    entries_seen: list[list[str]] = []
    real_read_jobs = read_files.read_jobs

    def spy(jobs: list[read_files.Job], cache: object = None):  # type: ignore[no-untyped-def]
        results = list(real_read_jobs(jobs, None))  # read, not taken from the cache of the load above
        entries_seen.append([entry.id for _, entry, _ in results if entry is not None])
        yield from results

    monkeypatch.setattr("register.core.load.read_jobs", spy)
    _, pooled = load_register(data, None)
    assert [str(p) for p in pooled] == [str(p) for p in alone] and len(alone) >= 3
    assert len(entries_seen[0]) > 10  # the valid files came back from the workers
    # A record read in a worker still finds its positions for a message the main process makes
    # later (a reference is resolved against the whole register there).
    (missing,) = [p for p in pooled if "finns-inte" in str(p)]
    assert missing.path.endswith("ASN-2024-17401.yml") and missing.line > 1

"""Two clean builds of the same sources with the same SOURCE_DATE_EPOCH are byte for byte the same.

Each build runs from its own fresh copy of the repository (without build output, caches or the
virtualenv) in a different directory, with a different PYTHONHASHSEED, so that absolute paths,
set and dict ordering, or the wall clock leaking into the output would all show up.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from support import REPO_ROOT, mkdocs_command

EPOCH = 1_700_000_000  # 2023-11-14 22:13:20 UTC
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "site", "__pycache__", "*.pyc", ".pytest_cache", "build", "*.egg-info", ".bench"
)


def clean_build(workdir: Path, hash_seed: str) -> Path:
    source = workdir / "source"
    shutil.copytree(REPO_ROOT, source, ignore=NOT_SOURCES)
    out = workdir / "site"
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH), "PYTHONHASHSEED": hash_seed, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("REGISTER_DATA_DIR", None)
    result = subprocess.run(
        [*mkdocs_command(), "build", "--strict", "--site-dir", str(out)],
        cwd=source,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def first_difference(a: bytes, b: bytes) -> str:
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"at byte {at}: {a[max(0, at - 40) : at + 40]!r} vs {b[max(0, at - 40) : at + 40]!r}"


def test_two_clean_builds_are_byte_identical(tmp_path: Path) -> None:
    first = clean_build(tmp_path / "one", "1")
    second = clean_build(tmp_path / "two", "2")
    files_first = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    files_second = sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
    assert files_first == files_second, set(files_first) ^ set(files_second)
    assert "sitemap.xml.gz" in files_first and "pagefind/pagefind-entry.json" in files_first

    differences = []
    for name in files_first:
        a, b = (first / name).read_bytes(), (second / name).read_bytes()
        if a != b:
            differences.append(f"{name} {first_difference(a, b)}")
    assert not differences, "Byggena skiljer sig:\n" + "\n".join(differences)

    # The date in the output is the one given, not the day of the build.
    day = datetime.fromtimestamp(EPOCH, tz=UTC).date().isoformat()
    assert f"<lastmod>{day}</lastmod>" in (first / "sitemap-1.xml").read_text(encoding="utf-8")

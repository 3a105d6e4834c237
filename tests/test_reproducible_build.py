"""Two clean builds of the same sources with the same SOURCE_DATE_EPOCH are byte for byte the same.

The working tree (without build output, caches or the virtualenv) is committed once into a
temporary repository; each build runs in its own `git clone` of that commit, in a different
directory, with a different PYTHONHASHSEED. So absolute paths, set and dict ordering or the wall
clock leaking into the output would all show up, and the dates read from git ("senast ändrad")
are built and compared too.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from site_pages import is_redirect
from support import REPO_ROOT, build_site, git, output_of

EPOCH = 1_700_000_000  # 2023-11-14 22:13:20 UTC
NOT_SOURCES = shutil.ignore_patterns(
    ".git",
    ".venv",
    "site",
    "__pycache__",
    "*.pyc",
    ".pytest_cache",
    "build",
    "*.egg-info",
    ".bench",
    ".compat",
    ".cache",
)


COMMIT_DATE = "2023-11-14T12:00:00+00:00"


def committed_sources(workdir: Path) -> Path:
    """The working tree as one commit of a temporary repository (uncommitted changes included)."""
    origin = workdir / "origin"
    shutil.copytree(REPO_ROOT, origin, ignore=NOT_SOURCES)
    git(origin, "init", "-q", "-b", "main")
    git(origin, "add", "-A")
    git(origin, "commit", "-q", "-m", "Registret som det är", when=COMMIT_DATE)
    return origin


def clean_build(origin: Path, workdir: Path, hash_seed: str) -> Path:
    source = workdir / "source"
    git(workdir.parent, "clone", "-q", str(origin), str(source))
    out = workdir / "site"
    result = build_site(
        out,
        {"SOURCE_DATE_EPOCH": str(EPOCH), "PYTHONHASHSEED": hash_seed, "REGISTER_CACHE": "0"},  # clean: no kept pages
        cwd=source,
        without=("REGISTER_DATA_DIR",),
    )
    assert result.returncode == 0, output_of(result)
    return out


def first_difference(a: bytes, b: bytes) -> str:
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"at byte {at}: {a[max(0, at - 40) : at + 40]!r} vs {b[max(0, at - 40) : at + 40]!r}"


def test_two_clean_builds_are_byte_identical(tmp_path: Path) -> None:
    origin = committed_sources(tmp_path)
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = clean_build(origin, tmp_path / "one", "1")
    second = clean_build(origin, tmp_path / "two", "2")
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
    # The dates from git were read and shown: every record page says when it last changed.
    for record_page in sorted((first / "beslut").glob("*/index.html")):
        if is_redirect(record_page):  # /beslut/ASN-…/: it only sends the reader on
            continue
        html = record_page.read_text(encoding="utf-8")
        assert "14 november 2023" in html, f"{record_page}: the git date of the record's file is not on its page"

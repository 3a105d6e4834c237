"""Paths and helpers shared by the tests (importable, unlike conftest modules): one way each to
build a site, run git and read the text of a page."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
LIVE_DATA = REPO_ROOT / "data"  # what staff edit: tests over it assert properties only
FROZEN_DATA = REPO_ROOT / "tests" / "fixtures" / "register"  # a copy of data/ as it once was


def data_under_test() -> Path:
    """The register the suite's value tests run on (tests/conftest.py: the frozen copy)."""
    return Path(os.environ.get("REGISTER_DATA_DIR") or FROZEN_DATA)


GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Registret",
    "GIT_AUTHOR_EMAIL": "registret@example.org",
    "GIT_COMMITTER_NAME": "Registret",
    "GIT_COMMITTER_EMAIL": "registret@example.org",
}


def mkdocs_command() -> list[str]:
    venv_mkdocs = REPO_ROOT / ".venv" / "bin" / "mkdocs"
    if venv_mkdocs.exists():
        return [str(venv_mkdocs)]
    return [sys.executable, "-m", "mkdocs"]


def build_site(
    site_dir: Path,
    env: dict[str, str] | None = None,
    cwd: Path = REPO_ROOT,
    config: Path | None = None,
    without: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` into `site_dir` in the tests' environment plus `env`, less the
    variables named in `without` (e.g. REGISTER_DATA_DIR, for a build of the real data).
    Returns the finished process; the caller asserts what it expects of it."""
    full_env = {key: value for key, value in os.environ.items() if key not in without}
    full_env.update({"NO_MKDOCS_2_WARNING": "1", **(env or {})})
    command = [*mkdocs_command(), "build", "--strict", "--site-dir", str(site_dir)]
    if config is not None:
        command += ["-f", str(config)]
    return subprocess.run(command, cwd=cwd, env=full_env, capture_output=True, text=True)


def live_env() -> dict[str, str]:
    """The environment for a `register` command that should read `data/` (or the data folder of
    its working directory), not the frozen register the session points REGISTER_DATA_DIR at."""
    return {key: value for key, value in os.environ.items() if key != "REGISTER_DATA_DIR"}


def output_of(result: subprocess.CompletedProcess[str]) -> str:
    return result.stdout + result.stderr


def git(cwd: Path, *args: str, when: str | None = None) -> str:
    """Run git with a fixed identity (and, with `when`, a fixed date); its output."""
    env = {**os.environ, **GIT_IDENTITY}
    if when:
        env.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


INLINE_TAGS = re.compile(r"</?(a|abbr|span|strong|em|b|i|time|small|code|sup|sub)\b[^>]*>", re.I)


def html_text(markup: str) -> str:
    """What a reader reads: scripts and styles dropped, inline elements (a link, a term, a
    date) without adding space, every other tag as a space (so a label stays apart from its
    value), entities decoded, runs of ordinary white space folded (no-break spaces are kept)."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    text = html.unescape(re.sub(r"<[^>]+>", " ", INLINE_TAGS.sub("", markup)))
    return re.sub(r"[ \t\r\n]+", " ", text).strip()

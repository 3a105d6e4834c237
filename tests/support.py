"""Paths and commands shared by the tests (importable, unlike conftest modules)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def mkdocs_command() -> list[str]:
    venv_mkdocs = REPO_ROOT / ".venv" / "bin" / "mkdocs"
    if venv_mkdocs.exists():
        return [str(venv_mkdocs)]
    return [sys.executable, "-m", "mkdocs"]

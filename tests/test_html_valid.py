"""Every built page is valid HTML by the Nu Html Checker (vnu, the W3C's checker), run locally.

The checker is `vnu.jar` from the npm package vnu-jar, locked with its integrity hash in
tests/tools/ (`make tools`); it runs on Debian's Java (`make java`). One run checks the whole
site and a page with a known error, so the test proves it can fail.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from support import REPO_ROOT

VNU = REPO_ROOT / "tests" / "tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
KNOWN_BAD = """<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Fel</title></head>
<body><input type="checkbox" id="t" autocomplete="off"><label for="t">t</label></body></html>
"""


def check(*paths: Path) -> list[dict]:
    """The checker's errors for every HTML file under `paths` (files or folders)."""
    if not VNU.is_file():
        pytest.fail("vnu.jar is not installed: run `make tools` (npm ci --prefix tests/tools)", pytrace=False)
    java = shutil.which("java")
    if java is None:
        pytest.fail("java is not installed: run `make java` (scripts/ensure-java)", pytrace=False)
    command = [java, "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html", *map(str, paths)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    return [m for m in json.loads(result.stderr or '{"messages": []}')["messages"] if m.get("type") != "info"]


def test_every_built_page_is_valid_html(built_site: Path, tmp_path: Path) -> None:
    known_bad = tmp_path / "kant-fel.html"
    known_bad.write_text(KNOWN_BAD, encoding="utf-8")
    errors = check(built_site, known_bad)
    canary = [m for m in errors if m.get("url", "").endswith("kant-fel.html")]
    assert len(canary) == 1 and "autocomplete" in canary[0]["message"], canary
    site = [m for m in errors if m not in canary]
    lines = [
        f"{m.get('url', '?').split(built_site.name + '/', 1)[-1]}:{m.get('lastLine', '?')}: {m['message']}"
        + (f"\n    {m['extract'].strip()}" if m.get("extract") else "")
        for m in site
    ]
    assert not site, f"{len(site)} fel enligt Nu Html Checker:\n" + "\n".join(lines[:60])

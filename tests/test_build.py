"""The site build stops on bad data with the same messages as `register check`, never a traceback."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from support import REPO_ROOT, mkdocs_command
from test_check import FIXTURES, with_fixture


def test_build_stops_with_the_check_messages(tmp_path: Path) -> None:
    data, _ = with_fixture(tmp_path, FIXTURES / "invalid" / "amount_sek_text.yml")
    env = {**os.environ, "REGISTER_DATA_DIR": str(data), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([*mkdocs_command(), "build", "--strict", "--site-dir", str(tmp_path / "site")],
                            cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    output = result.stdout + result.stderr
    check = subprocess.run([str(REPO_ROOT / ".venv" / "bin" / "register"), "check", str(data), "--docs-dir", "docs"],
                           cwd=REPO_ROOT, capture_output=True, text=True)
    assert result.returncode == 1 and check.returncode == 1
    assert "grants[0].amount_sek: måste vara ett helt antal kronor" in output
    for line in check.stderr.strip().splitlines():
        assert line in output
    assert "Traceback" not in output


def test_record_pages_are_generated_and_out_of_the_navigation(built_site: Path) -> None:
    page = (built_site / "beslut" / "asn-2024-17401" / "index.html").read_text(encoding="utf-8")
    assert "ASN-2024-17401" in page
    start = (built_site / "index.html").read_text(encoding="utf-8")
    nav = start[start.index('<nav class="md-nav md-nav--primary"'):start.index("</nav>")]
    assert "asn-2024-17401" not in nav
    assert not (REPO_ROOT / "docs" / "beslut" / "asn-2024-17401.md").exists()

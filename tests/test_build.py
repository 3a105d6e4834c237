"""The site build stops on bad data with the same messages as `register check`, never a traceback."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from support import REPO_ROOT, mkdocs_command
from test_check import FIXTURES, with_fixture

# The full numbers in text_personal_identity_number.yml: no output may ever contain them.
FULL_IDENTITY_NUMBERS = ("880320-0016", "8803200016", "8803800005", "880380-0005")


@pytest.mark.parametrize(
    "fixture", ["amount_sek_text.yml", "yaml_unclosed_quote.yml", "text_personal_identity_number.yml"]
)
def test_build_stops_with_the_check_messages(tmp_path: Path, fixture: str) -> None:
    data, _ = with_fixture(tmp_path, FIXTURES / "invalid" / fixture)
    env = {**os.environ, "REGISTER_DATA_DIR": str(data), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [*mkdocs_command(), "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    output = result.stdout + result.stderr
    check = subprocess.run(
        [str(REPO_ROOT / ".venv" / "bin" / "register"), "check", str(data), "--docs-dir", "docs"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1 and check.returncode == 1
    lines = check.stderr.strip().splitlines()
    assert lines[-1].startswith("registerkontrollen misslyckades: ")
    for line in lines:
        assert line in output
    assert "Traceback" not in output + check.stderr + check.stdout
    for number in FULL_IDENTITY_NUMBERS:
        assert number not in output + check.stderr + check.stdout
    assert not (tmp_path / "site" / "index.html").exists()


def test_record_pages_are_generated_and_out_of_the_navigation(built_site: Path) -> None:
    page = (built_site / "beslut" / "asn-2024-17401" / "index.html").read_text(encoding="utf-8")
    assert "ASN-2024-17401" in page
    start = (built_site / "index.html").read_text(encoding="utf-8")
    nav = start[start.index('<nav class="md-nav md-nav--primary"') : start.index("</nav>")]
    assert "asn-2024-17401" not in nav
    assert not (REPO_ROOT / "docs" / "beslut" / "asn-2024-17401.md").exists()

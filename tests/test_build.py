"""The site build stops on bad data with the same messages as `register check`, never a traceback."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from support import REPO_ROOT, build_site, data_under_test, output_of
from test_check import FIXTURES, with_fixture

from register.core.load import load_register
from register.core.model import KINDS
from register.core.urls import record_url

# The full numbers in text_personal_identity_number.yml: no output may ever contain them.
FULL_IDENTITY_NUMBERS = ("880320-0016", "8803200016", "8803800005", "880380-0005")


@pytest.mark.parametrize(
    "fixture", ["amount_sek_text.yml", "yaml_unclosed_quote.yml", "text_personal_identity_number.yml"]
)
def test_build_stops_with_the_check_messages(tmp_path: Path, fixture: str) -> None:
    data, _ = with_fixture(tmp_path, FIXTURES / "invalid" / fixture)
    result = build_site(tmp_path / "site", {"REGISTER_DATA_DIR": str(data)})
    output = output_of(result)
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
    register, problems = load_register(data_under_test(), REPO_ROOT / "docs")
    assert register is not None, problems
    start = (built_site / "index.html").read_text(encoding="utf-8")
    nav = start[start.index('<nav class="md-nav md-nav--primary"') : start.index("</nav>")]
    for kind in KINDS:
        for record_id in register.entries[kind]:
            url = record_url(kind, record_id)
            page = built_site / url / "index.html"
            assert page.is_file(), url
            assert f'href="{url}"' not in nav and f'href="./{url}"' not in nav, f"{url} is in the navigation"


def docs_snapshot() -> dict[str, bytes]:
    docs = REPO_ROOT / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def test_the_build_writes_nothing_into_docs(tmp_path: Path) -> None:
    """Record pages, feeds and open data are made in memory: docs/ holds only what staff wrote."""
    before = docs_snapshot()
    result = build_site(tmp_path / "site", without=("REGISTER_DATA_DIR",))
    assert result.returncode == 0, output_of(result)
    assert (tmp_path / "site" / "beslut").is_dir()  # the build did make record pages
    after = docs_snapshot()
    assert after.keys() == before.keys(), set(after) ^ set(before)
    assert [name for name in before if before[name] != after[name]] == []

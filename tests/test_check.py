"""The data check: each invalid fixture gives exactly the expected messages, valid data none.

Each file in tests/fixtures/invalid/ starts with `# fixture: <folder>/<file name>`: the test
copies the valid fixture register, drops the file in at that place and checks it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support import REPO_ROOT
from register.cli import main
from register.load import load_register

FIXTURES = REPO_ROOT / "tests" / "fixtures"
VALID = FIXTURES / "valid"
DOCS = FIXTURES / "valid-docs"

# fixture file → the exact messages, as "line:column: field: message".
EXPECTED: dict[str, list[str]] = {
    "yaml_unclosed_quote.yml": [
        "3:8: ett citattecken öppnas men stängs aldrig; lägg till det avslutande citattecknet",
    ],
    "yaml_tab_indent.yml": [
        "4:1: ett tabbtecken står i indraget; YAML tillåter bara mellanslag där",
    ],
    "yaml_duplicate_key.yml": [
        "4:1: name: fältet står två gånger (rad 2 och rad 4); YAML skulle tyst behålla bara det sista, så ta bort det ena",
    ],
    "field_unknown.yml": [
        "3:1: org_numer: okänt fält `org_numer`; menade du `org_number`?",
    ],
    "field_missing.yml": [
        "2:1: name: fältet saknas men måste finnas; lägg till `name:` (Namnet som det skrivs officiellt)",
    ],
    "type_wrong.yml": [
        '2:7: name: måste vara text (fick ett heltal); sätt värdet inom citattecken, t.ex. "ja" eller "2024"',
        "3:10: aliases: måste vara en lista, en rad per värde som börjar med '- ' (fick 'Ett alias')",
    ],
    "amount_sek_text.yml": [
        "14:17: grants[0].amount_sek: måste vara ett helt antal kronor, bara siffror utan mellanslag, punkt eller 'kr' (fick '650 000 kr'); skriv 650000",
    ],
    "date_nonexistent.yml": [
        "4:12: memo_date: datumet 2024-02-30 finns inte i kalendern; kontrollera det mot källan",
    ],
    "reference_missing.yml": [
        "13:16: grants[0].recipient: hänvisar till organisation 'foreningen-exempell' som inte finns; menade du 'foreningen-exempel'?",
        "14:16: grants[0].programme: hänvisar till verksamhet 'finns-inte' som inte finns; skapa posten data/programmes/finns-inte.yml eller rätta stavningen",
    ],
}


def with_fixture(tmp_path: Path, fixture: Path) -> tuple[Path, Path]:
    """A copy of the valid register with `fixture` added where its first line says."""
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    target = fixture.read_text(encoding="utf-8").splitlines()[0].removeprefix("# fixture: ").strip()
    shutil.copy(fixture, data / target)
    return data, data / target


def test_every_invalid_fixture_has_expected_messages() -> None:
    assert sorted(EXPECTED) == sorted(p.name for p in (FIXTURES / "invalid").glob("*.yml"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_fixture_gives_exact_messages(tmp_path: Path, name: str) -> None:
    data, target = with_fixture(tmp_path, FIXTURES / "invalid" / name)
    register, problems = load_register(data, DOCS)
    assert register is None
    assert all(p.path.endswith(str(target.relative_to(tmp_path))) for p in problems), problems
    got = [str(p).split(":", 1)[1] if not str(p).startswith("/") else str(p)[len(p.path) + 1:] for p in sorted(problems)]
    assert got == EXPECTED[name]


def test_valid_fixture_register_has_no_problem() -> None:
    register, problems = load_register(VALID, DOCS)
    assert problems == []
    assert register is not None


def test_published_data_has_no_problem() -> None:
    register, problems = load_register(REPO_ROOT / "data", REPO_ROOT / "docs")
    assert [str(p) for p in problems] == []
    assert register is not None


def test_command_exit_codes_and_total(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(VALID), "--docs-dir", str(DOCS)]) == 0
    assert "inga fel" in capsys.readouterr().out
    data, _ = with_fixture(tmp_path, FIXTURES / "invalid" / "reference_missing.yml")
    assert main(["check", str(data), "--docs-dir", str(DOCS)]) == 1
    err = capsys.readouterr().err
    assert err.strip().endswith("registerkontrollen misslyckades: 2 fel i 1 fil")


def test_all_problems_of_all_files_are_listed_at_once(tmp_path: Path) -> None:
    data, _ = with_fixture(tmp_path, FIXTURES / "invalid" / "reference_missing.yml")
    shutil.copy(FIXTURES / "invalid" / "field_unknown.yml", data / "organisations" / "okand.yml")
    _, problems = load_register(data, DOCS)
    assert len({p.path for p in problems}) == 2
    assert len(problems) == 3

"""`register diff <ref>`: records added and removed, changed fields old → new, totals before → after."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from support import REPO_ROOT, git, live_env
from test_check import DOCS, FIXTURES, VALID

REGISTER = str(REPO_ROOT / ".venv" / "bin" / "register")


def diff(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([REGISTER, "diff", *args], cwd=repo, capture_output=True, text=True, env=live_env())


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding the valid fixture register, committed on branch main."""
    shutil.copytree(VALID, tmp_path / "data")
    shutil.copytree(DOCS, tmp_path / "docs")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "start")
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_diff_names_added_removed_and_changed_records_and_totals(repo: Path) -> None:
    shutil.copy(
        FIXTURES / "injection" / "organisations" / "injektionsforeningen.yml",
        repo / "data" / "organisations" / "ny-forening.yml",
    )
    (repo / "data" / "decisions" / "TN-2024-4.yml").unlink()
    decision = repo / "data" / "decisions" / "TN-2025-2.yml"
    edit(decision, "amount_sek: 50000", "amount_sek: 75000")
    edit(decision, "title: Förlängning av IOP Exempel", "title: Förlängning av IOP Exempel 2025")
    edit(
        repo / "data" / "organisations" / "foreningen-exempel.yml",
        "aliases: [Exempelföreningen]",
        "aliases: [Exempelföreningen, FE]",
    )
    result = diff(repo, "main")
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout
        == """\
## Vad ändringen gör med registret

Jämfört med `main`: 1 post tillagd, 1 post borttagen, 2 poster ändrade.

### Tillagda poster

- Organisation **Föreningen &lt;img src=x onerror=alert('org-img')&gt; {{ config }}** (`data/organisations/ny-forening.yml`)

### Borttagna poster

- Ärende **TN-2024-4 Ansökan som avslogs** (`data/decisions/TN-2024-4.yml`)

### Ändrade fält (före → efter)

#### Ärende **TN-2025-2 Förlängning av IOP Exempel 2025** (`data/decisions/TN-2025-2.yml`)

- `title`: Förlängning av IOP Exempel → Förlängning av IOP Exempel 2025
- `grants[0].amount_sek`: 50\u00a0000\u00a0kr → 75\u00a0000\u00a0kr

#### Organisation **Föreningen Exempel** (`data/organisations/foreningen-exempel.yml`)

- `aliases`: Exempelföreningen → Exempelföreningen, FE

### Summor

| Medel till idéburna organisationer | Före | Efter | Förändring |
| --- | ---: | ---: | ---: |
| Föreslaget (beslutet inte registrerat) | 50\u00a0000\u00a0kr | 75\u00a0000\u00a0kr | +25\u00a0000\u00a0kr |
| Beviljat | 125\u00a0000\u00a0kr | 125\u00a0000\u00a0kr | ±0\u00a0kr |
| Avslaget | 10\u00a0000\u00a0kr | 0\u00a0kr | −10\u00a0000\u00a0kr |
"""
    )


def test_recording_the_minutes_moves_money_from_proposed_to_decided(repo: Path) -> None:
    decision = repo / "data" / "decisions" / "TN-2025-2.yml"
    edit(
        decision,
        "outcome:\n  status: not_recorded\n",
        ("outcome:\n  status: decided\n  date: 2024-11-20\n  source:\n    title: Protokoll 2024-11-20\n"),
    )
    result = diff(repo, "main")
    assert result.returncode == 0, result.stderr
    assert "- `outcome.status`: not\\_recorded → decided\n" in result.stdout
    assert "- `outcome.source.title`: *(saknas)* → Protokoll 2024-11-20\n" in result.stdout
    assert (
        "| Föreslaget (beslutet inte registrerat) | 50\u00a0000\u00a0kr | 0\u00a0kr | −50\u00a0000\u00a0kr |"
        in result.stdout
    )
    assert "| Beviljat | 125\u00a0000\u00a0kr | 175\u00a0000\u00a0kr | +50\u00a0000\u00a0kr |" in result.stdout


def test_no_change_says_so(repo: Path) -> None:
    result = diff(repo, "main")
    assert result.returncode == 0
    assert "0 poster tillagda, 0 poster borttagna, 0 poster ändrade." in result.stdout


def test_invalid_working_tree_or_unknown_ref_is_explained(repo: Path) -> None:
    result = diff(repo, "finns-inte")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "register diff: git känner inte till 'finns-inte'; ange en gren eller commit, t.ex. origin/main"
    )
    edit(repo / "data" / "decisions" / "TN-2025-2.yml", "amount_sek: 50000", "amount_sek: 50 000")
    result = diff(repo, "main")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "register diff: datan i arbetskopian går inte att läsa in: registerkontrollen misslyckades: "
        "1 fel i 1 fil (kör `register check`)"
    )


def test_data_added_after_the_ref_is_all_new(repo: Path) -> None:
    git(repo, "checkout", "-q", "--orphan", "empty")
    git(repo, "rm", "-rq", "--cached", ".")
    git(repo, "commit", "-q", "--allow-empty", "-m", "empty")
    result = diff(repo, "empty")
    assert result.returncode == 0, result.stderr
    records = len(list((repo / "data").glob("*/*.yml")))
    assert f"{records} poster tillagda, 0 poster borttagna, 0 poster ändrade." in result.stdout


def test_text_from_data_is_inert_in_the_markdown_summary() -> None:
    from register.tools.review import md

    assert md("a | b\n\n<script>x</script> *y* [l](javascript:z) `c` ~~d~~ # e & f") == (
        "a \\| b &lt;script&gt;x&lt;/script&gt; \\*y\\* \\[l\\](javascript:z) \\`c\\` \\~\\~d\\~\\~ \\# e &amp; f"
    )

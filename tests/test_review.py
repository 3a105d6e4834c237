"""`register diff <ref>`: records added and removed, changed fields old → new, totals before → after."""

from __future__ import annotations

import re
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


NEW_DECISION = """\
case_number: TN-2025-5
title: IOP med Föreningen Exempel 2025–2026
memo_date: 2025-02-01
body: testnamnden
administration: testforvaltningen
proposals:
  - number: 1
    text: Testnämnden avsätter 400 000 kronor per år 2025 och 2026.
grants:
  - proposal: 1
    kind: iop_funding
    recipient: foreningen-exempel
    programme: exempelverksamheten
    amount_sek: 400000
    budget_year: 2025
  - proposal: 1
    kind: iop_funding
    recipient: foreningen-exempel
    programme: exempelverksamheten
    amount_sek: 400000
    budget_year: 2026
outcome:
  status: not_recorded
sources:
  - title: Tjänsteskrivelse TN-2025-5
    document: dokument/tn-2025-5.txt
"""


def test_diff_shows_the_money_of_grants_added_changed_and_removed(repo: Path) -> None:
    """An added decision of two yearly grants, a changed amount (att-sats and grant, as an editor
    changes both), a removed decision, a renamed alias and a new memo copy with a phone number."""
    (repo / "data" / "decisions" / "TN-2025-5.yml").write_text(NEW_DECISION, encoding="utf-8")
    (repo / "docs" / "dokument" / "tn-2025-5.txt").write_text(
        "Tjänsteskrivelse TN-2025-5\n\nKontakt: ring 070-123 45 67.\n", encoding="utf-8"
    )
    shutil.copy(
        FIXTURES / "injection" / "organisations" / "injektionsforeningen.yml",
        repo / "data" / "organisations" / "ny-forening.yml",
    )
    (repo / "data" / "decisions" / "TN-2024-4.yml").unlink()
    decision = repo / "data" / "decisions" / "TN-2025-2.yml"
    edit(decision, "amount_sek: 50000", "amount_sek: 75000")
    edit(decision, "avsätter 50 000 kronor", "avsätter 75 000 kronor")
    edit(decision, "title: Förlängning av IOP Exempel", "title: Förlängning av IOP Exempel 2025")
    edit(
        repo / "data" / "organisations" / "foreningen-exempel.yml",
        "aliases: [Exempelföreningen]",
        "aliases: [Exempelföreningen, FE]",
    )
    result = diff(repo, "main~0")
    assert result.returncode == 0, result.stderr
    assert result.stdout == EXPECTED_SUMMARY


NBSP = "\u00a0"
EXPECTED_SUMMARY = """\
## Vad ändringen gör med registret

Jämfört med `main~0`: 2 poster tillagda, 1 post borttagen, 2 poster ändrade.

### Pengar som ändras

| Ändring | Ärende | Slag | Mottagare | Verksamhet | År | Belopp | Status |
| --- | --- | --- | --- | --- | --- | ---: | --- |
| borttaget | TN-2024-4 | bidrag | Föreningen Exempel | uppgift saknas | 2024 | 10 000 kr | avslaget |
| ändrat | TN-2025-2 | IOP-finansiering | Föreningen Exempel | Exempelverksamheten | 2025 | 50 000 kr → 75 000 kr | föreslaget – beslutet är inte registrerat |
| tillagt | TN-2025-5 | IOP-finansiering | Föreningen Exempel | Exempelverksamheten | 2025 | 400 000 kr | föreslaget – beslutet är inte registrerat |
| tillagt | TN-2025-5 | IOP-finansiering | Föreningen Exempel | Exempelverksamheten | 2026 | 400 000 kr | föreslaget – beslutet är inte registrerat |

### Summor per år (bara de som ändras)

| År | Slag och status | Före | Efter | Förändring |
| --- | --- | ---: | ---: | ---: |
| 2024 | bidrag, avslaget | 10 000 kr | 0 kr | −10 000 kr |
| 2025 | IOP-finansiering, föreslaget – beslutet är inte registrerat | 50 000 kr | 475 000 kr | +425 000 kr |
| 2026 | IOP-finansiering, föreslaget – beslutet är inte registrerat | 0 kr | 400 000 kr | +400 000 kr |

### Summor per mottagare (bara de som ändras)

| Mottagare | Slag och status | Före | Efter | Förändring |
| --- | --- | ---: | ---: | ---: |
| Föreningen Exempel | IOP-finansiering, föreslaget – beslutet är inte registrerat | 50 000 kr | 875 000 kr | +825 000 kr |
| Föreningen Exempel | bidrag, avslaget | 10 000 kr | 0 kr | −10 000 kr |

### Kopior av källdokument (publiceras som de är: kontrollera dem)

- tillagd: `docs/dokument/tn-2025-5.txt`
  - rad 3: ett telefonnummer (070-…)

### Tillagda poster

- Ärende **TN-2025-5 IOP med Föreningen Exempel 2025–2026** (`data/decisions/TN-2025-5.yml`)
- Organisation **Föreningen &lt;img src=x onerror=alert('org-img')&gt; {{ config }}** (`data/organisations/ny-forening.yml`)

### Borttagna poster

- Ärende **TN-2024-4 Ansökan som avslogs** (`data/decisions/TN-2024-4.yml`)

### Ändrade fält (före → efter)

#### Ärende **TN-2025-2 Förlängning av IOP Exempel 2025** (`data/decisions/TN-2025-2.yml`)

- Ärendets rubrik (`title`): Förlängning av IOP Exempel → Förlängning av IOP Exempel 2025
- Förslag till beslut nr 1 › Att-satsen ordagrant (`proposals[0].text`): Testnämnden avsätter 50 000 kronor. → Testnämnden avsätter 75 000 kronor.
- Medel nr 1 › Belopp i hela kronor (`grants[0].amount_sek`): 50 000 kr → 75 000 kr

#### Organisation **Föreningen Exempel** (`data/organisations/foreningen-exempel.yml`)

- Andra stavningar och namn (`aliases`): Exempelföreningen → Exempelföreningen, FE

### Summor per status

| Medel till idéburna organisationer | Före | Efter | Förändring |
| --- | ---: | ---: | ---: |
| Föreslaget (beslutet inte registrerat) | 50 000 kr | 875 000 kr | +825 000 kr |
| Beviljat | 125 000 kr | 125 000 kr | ±0 kr |
| Avslaget | 10 000 kr | 0 kr | −10 000 kr |
"""
# Amounts are written with no-break spaces ('50 000 kr'), as on the site.
EXPECTED_SUMMARY = "\n".join(
    line if "avsätter" in line else re.sub(r"(?<=\d) (?=\d{3}\b)| (?=kr\b)", NBSP, line)
    for line in EXPECTED_SUMMARY.split("\n")
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
    assert "- Vad nämnden beslutade › Utfall (`outcome.status`): not\\_recorded → decided\n" in result.stdout
    assert (
        "- Vad nämnden beslutade › Protokollet eller protokollsutdraget › Dokumentets titel "
        "(`outcome.source.title`): *(saknas)* → Protokoll 2024-11-20\n"
    ) in result.stdout
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

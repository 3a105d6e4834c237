"""A valid data change never turns CI red: what an editor does (copy a decision, change its case
number, amounts and years) passes the check and the strict build, and the built site keeps every
property the suite asserts over the live data (a page per record, links that resolve, a sitemap
of exactly the pages). The suite's value tests run on a frozen copy (tests/fixtures/register/),
so they are not touched by the edit at all."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from built_html import html_files, parse
from support import LIVE_DATA, REPO_ROOT, build_site, output_of
from test_site_links import Resolver

from register.core.load import load_register
from register.core.model import KINDS
from register.core.urls import record_url

AMOUNT_IN_TEXT = re.compile(r"\b(\d{1,3}(?: \d{3})+)( (?:kronor|SEK|kr)\b)")
YEAR_IN_TEXT = re.compile(r"(?<![\d-])(20\d{2})(?![\d-])")


def _edited_proposals(text: str) -> str:
    """The att-satser as an editor retypes them for the new memo: each amount raised as the
    grants are, each named year moved on by one (dates and organisationsnummer untouched)."""
    start = text.find("\nproposals:\n")
    if start < 0:
        return text
    end = re.compile(r"\n\S").search(text, start + len("\nproposals:\n"))
    block = text[start : end.start() if end else len(text)]

    def raised(match: re.Match[str]) -> str:
        amount = int(match.group(1).replace(" ", "")) + 12345
        return f"{amount:,}".replace(",", " ") + match.group(2)

    edited = YEAR_IN_TEXT.sub(lambda m: str(int(m.group(1)) + 1), AMOUNT_IN_TEXT.sub(raised, block))
    return text.replace(block, edited, 1)


def edited_copy(tmp_path: Path) -> tuple[Path, str]:
    """data/ with one more decision: a copy of the newest one with a new case number, each
    amount changed and each year moved on by one, in the grants and in the att-satser they
    cite (the check compares the two)."""
    data = tmp_path / "data"
    shutil.copytree(LIVE_DATA, data)
    source = max((data / "decisions").glob("*.yml"), key=lambda p: p.stat().st_size)
    text = source.read_text(encoding="utf-8")
    old_number = source.stem
    prefix = old_number.split("-")[0]
    new_number = f"{prefix}-2031-99001"
    text = text.replace(old_number, new_number)
    text = re.sub(r"(amount_sek: )(\d+)", lambda m: f"{m.group(1)}{int(m.group(2)) + 12345}", text)
    text = re.sub(r"(budget_year: )(\d{4})", lambda m: f"{m.group(1)}{int(m.group(2)) + 1}", text)
    text = _edited_proposals(text)
    (data / "decisions" / f"{new_number}.yml").write_text(text, encoding="utf-8")
    return data, new_number


def test_a_copied_and_edited_decision_passes_the_check_and_the_build(tmp_path: Path) -> None:
    data, new_number = edited_copy(tmp_path)
    register, problems = load_register(data, REPO_ROOT / "docs")
    assert register is not None, [str(p) for p in problems]
    assert not [p for p in problems if p.severity == "error"]
    check = subprocess.run(
        [str(REPO_ROOT / ".venv" / "bin" / "register"), "check", str(data)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr

    site = tmp_path / "site"
    result = build_site(site, {"REGISTER_DATA_DIR": str(data)})
    assert result.returncode == 0, output_of(result)
    for kind in KINDS:
        for record_id in register.entries[kind]:
            assert (site / record_url(kind, record_id) / "index.html").is_file(), record_id
    assert new_number.lower() in (site / "beslut" / "index.html").read_text(encoding="utf-8").lower()

    resolver = Resolver(site)
    broken = [
        f"{page.relative_to(site)}: {reference.value}: {problem}"
        for page in html_files(site)
        for reference in parse(page).references
        if resolver.internal(reference.value) and (problem := resolver.problem(page, reference.value))
    ]
    assert broken == []

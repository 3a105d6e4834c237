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


def edited_copy(tmp_path: Path) -> tuple[Path, str]:
    """data/ with one more decision: a copy of the newest one with a new case number, each
    amount changed and each year moved on by one."""
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

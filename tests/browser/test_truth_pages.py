"""Record pages tell the truth of the sources, on the frozen fixture register tests/fixtures/truth
built once (REGISTER_TODAY=2025-10-15): a proposed extension is never plainly avslutad or
pågående, a conflict shows on the decision page as on the partnership page, years with unknown
amounts are shown, no money says why, and lists have neither doubles nor gaps."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from support import REPO_ROOT, mkdocs_command

from register.bench.local_server import served

TRUTH_DATA = REPO_ROOT / "tests" / "fixtures" / "truth"
PARTNERSHIP = "/partnerskap/iop-exempel/"
CONFLICT = "uppgifterna går isär: 2025-01-01 enligt förslag till beslut, punkt 1; 2025-01-31 enligt Sammanfattning"


@pytest.fixture(scope="module")
def truth_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site: Path = tmp_path_factory.mktemp("truth-site")
    env = {
        **os.environ,
        "REGISTER_DATA_DIR": str(TRUTH_DATA),
        "REGISTER_TODAY": "2025-10-15",
        "NO_MKDOCS_2_WARNING": "1",
    }
    env.pop("SOURCE_DATE_EPOCH", None)
    cmd = [*mkdocs_command(), "build", "--strict", "--site-dir", str(site)]
    result = subprocess.run(cmd, cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    with served(site) as url:
        yield url


def test_a_proposed_extension_is_never_plainly_a_fact(page: Page, truth_url: str) -> None:
    page.goto(truth_url + PARTNERSHIP)
    statuses = page.locator("table.register-agreements tbody tr .register-period-status")
    expect(statuses).to_have_text(
        [
            "avslutad (slutade 31 december 2023)",
            "avslutad (slutade 31 december 2024)",
            "föreslagen förlängning – beslutet är inte registrerat; perioden gäller till 31 december 2025",
        ]
    )
    status = page.locator(".register-partnership-status")
    expect(status).to_contain_text("Status 15 oktober 2025: osäker")
    expect(status).to_contain_text("inte Förlängning (föreslagen)")


def test_the_conflict_shows_on_the_partnership_page_its_timeline_and_the_decision_page(
    page: Page, truth_url: str
) -> None:
    page.goto(truth_url + PARTNERSHIP)
    expect(page.locator("table.register-agreements")).to_contain_text(CONFLICT)
    expect(page.locator("#tidslinje-graf-summary")).to_contain_text(CONFLICT)
    page.goto(truth_url + "/beslut/tn-2025-2/")
    expect(page.locator(".register-conflicts")).to_contain_text("Förlängning: startdatum: " + CONFLICT)


def test_years_with_unknown_amounts_are_shown_in_table_and_chart(page: Page, truth_url: str) -> None:
    page.goto(truth_url + PARTNERSHIP)
    table = page.locator("table", has=page.locator("caption", has_text="Medel per år till"))
    years = table.locator("tbody th").all_inner_texts()
    assert years == ["2022", "2023", "2024", "2025"]
    expect(table.locator("tbody tr").first).to_contain_text("1 post, okänt belopp")
    expect(page.locator("#medel-per-ar-summary")).to_contain_text(
        "Medel med belopp okänt (uppgift saknas) finns för: 2022, 2023"
    )
    expect(page.locator("svg .register-bar-unknown")).to_have_count(2)
    grants = page.locator("table.register-grants", has=page.locator("a", has_text="TN-2022-5"))
    expect(grants).to_contain_text("okänt belopp")
    expect(page.locator(".register-totals").first).to_contain_text("beviljat: 1 post med belopp okänt (uppgift saknas)")


def test_no_money_says_why(page: Page, truth_url: str) -> None:
    page.goto(truth_url + "/beslut/tn-2023-6/")
    expect(page.locator(".register-facts")).to_contain_text("inga medel (ärendet gäller riktlinjer, inte pengar)")


def test_a_programme_lists_related_programmes_once_and_every_case_of_its_partnership(
    page: Page, truth_url: str
) -> None:
    page.goto(truth_url + "/verksamheter/exempelverksamheten/")
    related = page.locator("h2#hanger-ihop-med + ul li")
    expect(related).to_have_text(["Andra verksamheten: samarbetar med"])
    cases = page.locator("h2#arenden + ul.register-decisions li a")
    expect(cases).to_have_text(["TN-2025-2", "TN-2024-1", "TN-2022-5"])


def test_the_filter_page_says_unknown_amount_and_finds_it_under_its_programme(page: Page, truth_url: str) -> None:
    page.goto(truth_url + "/filtrera/?verksamhet=exempelverksamheten&belopp=unknown")
    rows = page.locator("#register-filter-table tbody tr:visible")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("TN-2022-5")
    expect(rows.first.locator('[data-col="belopp"]')).to_have_text("okänt belopp")

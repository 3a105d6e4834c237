"""Partnership status on a build date: pågående, avslutad, kommande, 'kan inte avgöras', and
'löper ut inom 90 dagar'; missing and conflicting dates are never resolved by a guess."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import REPO_ROOT

from register.core.load import load_register
from register.core.registry import Register
from register.site.timeline import BuildDateError, PartnershipTimeline, build_date, partnership_timeline

TRUTH = REPO_ROOT / "tests" / "fixtures" / "truth"


@pytest.fixture(scope="module")
def register() -> Register:
    loaded, _ = load_register(TRUTH, REPO_ROOT / "tests" / "fixtures" / "valid-docs")
    return loaded


def timeline_on(register: Register, today: str) -> PartnershipTimeline:
    partnership = register.partnership("iop-exempel")
    return partnership_timeline(partnership, date.fromisoformat(today), register.agreement_cases("iop-exempel"))


# iop-exempel: 2022–2023 (known by reference), 2024 (decided), an extension proposed for 2025
# whose start the sources give as 2025-01-01 and 2025-01-31.
@pytest.mark.parametrize(
    ("today", "status", "agreements", "days_left"),
    [
        ("2021-06-01", "upcoming", ["upcoming", "upcoming", "proposed"], None),
        # The first agreement is known only as "2022 - 2023": within 2022 its start cannot be told.
        ("2022-06-01", "uncertain", ["uncertain", "upcoming", "proposed"], None),
        ("2024-06-01", "ongoing", ["ended", "ongoing", "proposed"], 213),
        # The proposed extension is never counted as running (its decision is not registered),
        # nor is the partnership plainly over while the proposal's period lasts.
        ("2025-01-15", "uncertain", ["ended", "ended", "proposed"], None),
        ("2025-10-15", "uncertain", ["ended", "ended", "proposed"], None),
        ("2026-01-01", "ended", ["ended", "ended", "proposed"], None),
    ],
)
def test_status_on_a_date(
    register: Register, today: str, status: str, agreements: list[str], days_left: int | None
) -> None:
    timeline = timeline_on(register, today)
    assert timeline.status == status
    assert [a.status for a in timeline.agreements] == agreements
    assert timeline.days_left == days_left


def test_the_partnership_status_says_which_agreements_it_counts(register: Register) -> None:
    timeline = timeline_on(register, "2025-10-15")
    assert "räknar bara överenskommelser som källorna fastställer, inte Förlängning (föreslagen)" in timeline.note
    assert timeline.note in timeline.summary()


def test_a_proposed_extension_reads_as_a_proposal_with_its_period(register: Register) -> None:
    words = timeline_on(register, "2026-01-01").agreements[2].words
    assert words == "föreslagen förlängning – beslutet är inte registrerat; perioden slutade 31 december 2025"
    assert "avslutad" not in timeline_on(register, "2026-01-01").summary().split("Förlängning:")[1]


@pytest.mark.parametrize(("today", "soon"), [("2024-10-01", False), ("2024-10-02", True), ("2024-12-31", True)])
def test_expires_within_90_days(register: Register, today: str, soon: bool) -> None:
    assert timeline_on(register, today).expires_soon is soon


def test_the_unknown_start_stays_unknown_and_the_conflict_stays_a_conflict(register: Register) -> None:
    timeline = timeline_on(register, "2025-10-15")
    spans = timeline.spans()
    assert (spans[2].start_from, spans[2].start_to) == (date(2025, 1, 1), date(2025, 1, 31))
    assert timeline.agreements[2].conflict and (
        "uppgifterna går isär: 2025-01-01 enligt förslag till beslut, punkt 1; 2025-01-31 enligt Sammanfattning"
        in timeline.summary()
    )
    assert "Förlängning (föreslagen)" in timeline.chart("t")


def test_build_date_comes_from_register_today_then_source_date_epoch() -> None:
    assert build_date({"REGISTER_TODAY": "2025-10-15", "SOURCE_DATE_EPOCH": "0"}) == date(2025, 10, 15)
    assert build_date({"SOURCE_DATE_EPOCH": "1760486400"}) == date(2025, 10, 15)
    assert build_date({}) == date.today()


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        (
            {"REGISTER_TODAY": "15/10/2025"},
            "REGISTER_TODAY: ett datum skrivs ÅÅÅÅ-MM-DD, till exempel 2025-10-15 (fick '15/10/2025')",
        ),
        ({"SOURCE_DATE_EPOCH": "igår"}, "SOURCE_DATE_EPOCH: ska vara sekunder sedan 1970-01-01"),
    ],
)
def test_a_bad_build_date_is_a_clear_message(environ: dict[str, str], message: str) -> None:
    with pytest.raises(BuildDateError, match="^" + message.replace("(", r"\(").replace(")", r"\)")):
        build_date(environ)


def test_the_build_stops_with_the_message_not_a_traceback(tmp_path: Path) -> None:
    from support import build_site

    result = build_site(tmp_path / "site", {"REGISTER_TODAY": "2025-13-01"})
    assert result.returncode == 1
    assert "REGISTER_TODAY: ett datum skrivs ÅÅÅÅ-MM-DD" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr + result.stdout

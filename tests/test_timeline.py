"""Partnership status on a build date: pågående, avslutad, kommande, 'kan inte avgöras', and
'löper ut inom 90 dagar'; missing and conflicting dates are never resolved by a guess."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support import REPO_ROOT, data_under_test

from register.core.load import load_register
from register.site.timeline import BuildDateError, build_date, partnership_timeline


@pytest.fixture(scope="module")
def thaiwise():  # type: ignore[no-untyped-def]
    register, _ = load_register(data_under_test(), REPO_ROOT / "docs")
    return register.get("partnership", "iop-thaiwise")


@pytest.mark.parametrize(
    ("today", "status", "agreements", "days_left"),
    [
        ("2019-06-01", "upcoming", ["upcoming", "upcoming", "upcoming"], None),
        # The first agreement is known only as "2020 - 2022": within 2020 its start cannot be told.
        ("2020-06-01", "uncertain", ["uncertain", "uncertain", "upcoming"], None),
        # Between the first agreement's end and the second's (unknown) start: the partnership runs,
        # but the second agreement's own status cannot be told.
        ("2023-03-01", "ongoing", ["ended", "uncertain", "upcoming"], 1036),
        # Between the two start dates the sources give for the extension.
        ("2025-01-15", "ongoing", ["ended", "ended", "uncertain"], 350),
        ("2025-10-15", "ongoing", ["ended", "ended", "ongoing"], 77),
        ("2025-12-31", "ongoing", ["ended", "ended", "ongoing"], 0),
        ("2026-01-01", "ended", ["ended", "ended", "ended"], None),
    ],
)
def test_status_on_a_date(thaiwise, today: str, status: str, agreements: list[str], days_left: int | None) -> None:  # type: ignore[no-untyped-def]
    timeline = partnership_timeline(thaiwise, date.fromisoformat(today))
    assert timeline.status == status
    assert [a.status for a in timeline.agreements] == agreements
    assert timeline.days_left == days_left


@pytest.mark.parametrize(("today", "soon"), [("2025-10-01", False), ("2025-10-02", True), ("2025-12-31", True)])
def test_expires_within_90_days(thaiwise, today: str, soon: bool) -> None:  # type: ignore[no-untyped-def]
    assert partnership_timeline(thaiwise, date.fromisoformat(today)).expires_soon is soon


def test_the_unknown_start_stays_unknown_and_the_conflict_stays_a_conflict(thaiwise) -> None:  # type: ignore[no-untyped-def]
    timeline = partnership_timeline(thaiwise, date(2025, 10, 15))
    spans = timeline.spans()
    assert spans[1].start_from is None and spans[1].end == date(2024, 12, 30)
    assert (spans[2].start_from, spans[2].start_to) == (date(2025, 1, 1), date(2025, 1, 31))
    svg = timeline.chart("t")
    assert "start okänd" in svg and "stroke-dasharray" in svg


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

"""The money an att-sats states, read from its own words (register.core.proposal_amounts)."""

from __future__ import annotations

import pytest

from register.core.proposal_amounts import StatedAmount, by_year, stated_amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arbetsmarknads- och socialnämnden beviljar organisationen Internationella Kvinnoföreningen 300 000 SEK för att genomföra utvecklingsinsatser.",
            [StatedAmount(300000, (), False)],
        ),
        (
            "Arbetsmarknads- och socialnämnden avsätter 650 000 kronor under 2025 för genomförandet av överenskommelsen.",
            [StatedAmount(650000, (2025,), False)],
        ),
        ("Nämnden beviljar 400 000 kronor per år 2025 och 2026.", [StatedAmount(400000, (2025, 2026), True)]),
        ("Nämnden beviljar totalt 800 000 kronor för 2025–2026.", [StatedAmount(800000, (2025, 2026), False)]),
        (
            "Nämnden beviljar 100 000 kronor för 2025 och 120 000 kronor för 2026.",
            [StatedAmount(100000, (2025,), False), StatedAmount(120000, (2026,), False)],
        ),
        ("Under 2024 avsätter nämnden 1,3 miljoner kronor.", [StatedAmount(1300000, (2024,), False)]),
        ("Nämnden avsätter 300 000 kronor, varav 100 000 kronor till lokaler.", [StatedAmount(300000, (), False)]),
        # An organisationsnummer and dates are neither amounts nor years.
        ("Nämnden godkänner förlängning med Hela Människan (802438-1355) för perioden 2025-01-01 till 2025-12-31.", []),
        ("Nämnden justerar paragrafen omedelbart.", []),
    ],
)
def test_amounts_and_years_as_written(text: str, expected: list[StatedAmount]) -> None:
    assert stated_amounts(text) == expected


def test_per_year_amounts_are_split_by_year_and_a_total_is_not() -> None:
    assert by_year(stated_amounts("400 000 kronor per år 2025 och 2026")) == {2025: 400000, 2026: 400000}
    assert by_year(stated_amounts("100 000 kronor för 2025 och 120 000 kronor för 2026")) == {
        2025: 100000,
        2026: 120000,
    }
    assert by_year(stated_amounts("totalt 800 000 kronor för 2025–2026")) is None
    assert by_year(stated_amounts("300 000 SEK")) is None

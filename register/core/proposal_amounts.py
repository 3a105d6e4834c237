"""The money an att-sats states in its own words: "beviljar … 300 000 SEK", "avsätter 650 000
kronor under 2025", "400 000 kronor per år 2025 och 2026".

`stated_amounts` reads the amounts and the years named with them, so the rule on a decision's
money (register.core.rules.proposal_money) can compare them with the grants and transfers that
cite the att-sats. Dates (2025-01-01) and organisationsnummer are not amounts or years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_AMOUNT = re.compile(
    r"(?<![\d-])(?P<number>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:,\d+)?)\s*"
    r"(?P<unit>miljoner\s+kronor|miljoner\s+SEK|mnkr|tkr|SEK|kronor|kr)(?![\wåäö])",
    re.IGNORECASE,
)
# A year on its own, not part of a date (2025-01-01), an organisationsnummer or an amount.
_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d{2}(?![\d])(?!-\d{2}-\d{2})(?![ \u00a0]\d{3}\b)")
_RANGE = re.compile(r"(?<![\d-])((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2})(?![\d-])")
_PER_YEAR = re.compile(r"\b(?:per\s+år|årligen|om\s+året|vardera\s+året|för\s+vart\s+och\s+ett\s+av\s+åren)\b")
# "varav 100 000 kronor till …" breaks down an amount already stated: not more money.
_PART_OF = re.compile(r"\b(?:varav|därav|varav\s+högst)\s*$")


@dataclass(frozen=True)
class StatedAmount:
    """One amount in an att-sats: kronor, the years named with it, and whether it is per year."""

    amount_sek: int
    years: tuple[int, ...]
    per_year: bool


def _kronor(number: str, unit: str) -> int:
    unit = unit.lower()
    if "milj" in unit or unit == "mnkr":
        return round(float(number.replace(",", ".").replace(" ", "")) * 1_000_000)
    if unit == "tkr":
        return round(float(number.replace(",", ".").replace(" ", "")) * 1_000)
    return int(re.sub(r"\D", "", number.split(",")[0]))


def _years_in(text: str) -> tuple[int, ...]:
    years: list[int] = []
    for match in _RANGE.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        if first <= last <= first + 10:
            years.extend(range(first, last + 1))
    text = _RANGE.sub(" ", text)
    years.extend(int(y.group(0)) for y in _YEAR.finditer(text))
    return tuple(sorted(set(years)))


def stated_amounts(text: str) -> list[StatedAmount]:
    """The amounts an att-sats states, each with the years named after it (up to the next
    amount); years named only before the first amount ("Under 2025 avsätter …") belong to it."""
    matches = [m for m in _AMOUNT.finditer(text) if not _PART_OF.search(text[: m.start()])]
    found: list[StatedAmount] = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        after = text[match.end() : end]
        years = _years_in(after)
        if not years and index == 0:
            years = _years_in(text[: match.start()])
        per_year = bool(_PER_YEAR.search(after)) or bool(index == 0 and _PER_YEAR.search(text[: match.start()]))
        found.append(StatedAmount(_kronor(match.group("number"), match.group("unit")), years, per_year))
    return found


def by_year(amounts: list[StatedAmount]) -> dict[int, int] | None:
    """Kronor per named year, when every amount names its years one by one (an amount per year,
    or one year each); None when the text states a total instead."""
    if not amounts or any(not a.years for a in amounts):
        return None
    years: dict[int, int] = {}
    for amount in amounts:
        if len(amount.years) > 1 and not amount.per_year:
            return None
        for year in amount.years:
            years[year] = years.get(year, 0) + amount.amount_sek
    return years


def swedish_kronor(amount: int) -> str:
    """650000 → '650 000 kr' (ordinary spaces: the messages are plain text)."""
    return f"{amount:,}".replace(",", " ") + " kr"

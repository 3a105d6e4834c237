"""Numbers, amounts and dates the way Swedish readers expect them (Babel, locale sv_SE)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import format_decimal

from register.core.fields import PartialDate

MISSING = "uppgift saknas"


@lru_cache(maxsize=65536)  # Babel looks the locale up on every call; pages repeat amounts
def number(value: int) -> str:
    """1300000 → '1 300 000' (grouped with non-breaking spaces)."""
    return format_decimal(value, locale="sv_SE")


def kronor(value: int | None) -> str:
    """1300000 → '1 300 000 kr' with non-breaking spaces; None → 'uppgift saknas'."""
    if value is None:
        return MISSING
    return f"{number(value)}\u00a0kr"


@lru_cache(maxsize=65536)  # and dates
def long_date(value: date | PartialDate | None) -> str:
    """2024-10-24 → '24 oktober 2024'; a year or a month alone is shown as such."""
    if value is None:
        return MISSING
    if isinstance(value, PartialDate):
        if value.day is None and value.month is None:
            return str(value.year)
        if value.day is None:
            return format_date(value.earliest(), "LLLL y", locale="sv")
        value = value.earliest()
    return format_date(value, "long", locale="sv")


def iso_date(value: date | PartialDate | None) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)

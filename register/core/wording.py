"""Small pieces of plain Swedish shared by the check's messages, the derivations and the site."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel.dates import format_date

from register.core.fields import PartialDate

MISSING = "uppgift saknas"
UNKNOWN_AMOUNT = "belopp okänt (uppgift saknas)"
UNKNOWN_AMOUNT_SHORT = "okänt belopp"
NO_MONEY = "inga medel"
MONEY_NOT_DESCRIBED = "medel okända (källorna beskriver dem inte)"
CONFLICT = "uppgifterna går isär:"


def counted(number: int, one: str, many: str) -> str:
    """ "1 fil", "3 filer": the number with the singular or plural word."""
    return f"{number} {one if number == 1 else many}"


@lru_cache(maxsize=65536)  # Babel looks the locale up on every call; pages repeat dates
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

"""Numbers, amounts and dates the way Swedish readers expect them (Babel, locale sv_SE)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from babel.numbers import format_decimal
from markupsafe import Markup, escape

from register.core.fields import PartialDate
from register.core.wording import MISSING, UNKNOWN_AMOUNT, UNKNOWN_AMOUNT_SHORT, long_date

__all__ = [
    "MISSING",
    "UNKNOWN_AMOUNT",
    "UNKNOWN_AMOUNT_SHORT",
    "amount",
    "iso_date",
    "keep_identifiers",
    "kronor",
    "long_date",
    "number",
    "url_breaks",
]


@lru_cache(maxsize=65536)  # Babel looks the locale up on every call; pages repeat amounts
def number(value: int) -> str:
    """1300000 → '1 300 000' (grouped with non-breaking spaces)."""
    return format_decimal(value, locale="sv_SE")


def kronor(value: int | None) -> str:
    """1300000 → '1 300 000 kr' with non-breaking spaces; None → 'uppgift saknas'."""
    if value is None:
        return MISSING
    return f"{number(value)}\u00a0kr"


def amount(value: int | None, short: bool = False) -> str:
    """A grant's or a transfer's amount: '650 000 kr', or for an amount the sources establish
    without giving it 'belopp okänt (uppgift saknas)' ('okänt belopp' in narrow cells). The
    check lets an amount be missing only when the editor says it is unknown."""
    if value is None:
        return UNKNOWN_AMOUNT_SHORT if short else UNKNOWN_AMOUNT
    return kronor(value)


def iso_date(value: date | PartialDate | None) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


# Case numbers as the memos write them (ASN-2024-17401, ASN 2024-17401), organisationsnummer, ISO
# dates and year ranges (2020–2022): read as one word, so they must never wrap inside themselves.
_IDENTIFIER = re.compile(r"\b(?:[A-ZÅÄÖ]{2,}[- ]\d{4}-\d+|\d{6}-\d{4}|\d{4}-\d{2}-\d{2}|\d{4}–\d{4})\b")


def keep_identifiers(text: str | None) -> Markup:
    """Escaped text in which every identifier is kept on one line (a `register-id` span)."""
    if not text:
        return Markup("")
    parts, last = [], 0
    for match in _IDENTIFIER.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(Markup('<span class="register-id">{}</span>').format(match.group(0)))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


def url_breaks(url: str) -> Markup:
    """An address shown as text that may wrap after each slash (<wbr>, which copying leaves
    out), never inside a case number: a permalink fits a phone's width without breaking one."""
    parts = [
        Markup('<span class="register-id">{}</span>').format(part) if any(c.isdigit() for c in part) else escape(part)
        for part in url.split("/")
    ]
    return Markup("/<wbr>").join(parts)

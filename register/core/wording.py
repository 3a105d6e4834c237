"""Small pieces of plain Swedish shared by the check's messages and the site."""

from __future__ import annotations


def counted(number: int, one: str, many: str) -> str:
    """ "1 fil", "3 filer": the number with the singular or plural word."""
    return f"{number} {one if number == 1 else many}"

"""Macros for editorial pages: staff write a themed page in Markdown (the story of a partnership,
a year's grants to one association) and take every fact from the register, so the page stays
true when the data changes.

The vocabulary (each documented in CONTRIBUTING.md, "Temasidor"):

- `record_card(kind, id)`: the record's name, what it is and a link to its page;
- `money_by_year(kind, id)` and `money_by_recipient(kind, id)`: the money that concerns an
  organisation, programme, partnership or body, by year or by recipient, proposed and decided
  apart, as a chart with its table;
- `decision_list(kind, id)`: the decisions that concern it, newest first.

A kind or id that is not in the register stops the build with the page, the line and the id.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from mkdocs.exceptions import PluginError

from register.core.model import KINDS
from register.core.registry import Register
from register.site import money
from register.site.render import PageRenderer


class EditorialError(PluginError):
    """A macro on an editorial page named something the register does not have."""


FOLLOWED = ("organisation", "programme", "partnership", "body")
ALL_KINDS = tuple(KINDS)


def _line_of(source: Path | None, needle: str) -> int:
    """The first line of the page's Markdown that names `needle` (1 if it cannot be found)."""
    if source is None or not source.is_file():
        return 1
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    return 1


PARTIAL_NOTE = '<p class="register-missing">Uppgiften finns inte i den här byggda delen av registret.</p>'


def check(
    register: Register,
    kinds: tuple[str, ...],
    kind: str,
    record_id: str,
    page: str,
    source: Path | None,
    partial: bool = False,
) -> bool:
    """Stop the build when `kind` or `record_id` is not in the register, saying where and what.

    `partial`: the build shows only part of the register (make serve-subset) or another data
    folder (the tests' fixtures); a missing record is then not a mistake, and the macro shows
    PARTIAL_NOTE instead (returns False)."""
    if kind not in kinds:
        line = _line_of(source, kind)
        raise EditorialError(f"{page}:{line}: okänt slag av post '{kind}' i ett makro; skriv ett av {', '.join(kinds)}")
    if record_id not in register.entries[kind]:
        if partial:
            return False
        close = difflib.get_close_matches(record_id, list(register.entries[kind]), n=1)
        advice = (
            f"; menade du '{close[0]}'?" if close else f"; id:t är filnamnet i data/{KINDS[kind].folder}/ utan .yml"
        )
        line = _line_of(source, record_id)
        raise EditorialError(f"{page}:{line}: {KINDS[kind].singular} '{record_id}' finns inte i registret{advice}")
    return True


def record_card(register: Register, page_url: str, kind: str, record_id: str) -> str:
    return PageRenderer(register, page_url).render(
        "editorial_card.html", kind=kind, record_id=record_id, kind_label=KINDS[kind].singular
    )


def money_by(register: Register, page_url: str, dimension: str, kind: str, record_id: str) -> str:
    """dimension: 'year' or 'recipient'."""
    rows = register.links_of(kind, record_id).grants
    name = register.name_of(kind, record_id)
    by_year = dimension == "year"
    groups = money.group_by(register, "year" if by_year else "organisation", rows)
    return PageRenderer(register, page_url).render(
        "money_chart.html",
        groups=groups,
        chart_id=f"{'ar' if by_year else 'mottagare'}-{kind}-{record_id}",
        caption=f"Medel {'per år' if by_year else 'per mottagare'} som rör {name}",
        heading="År" if by_year else "Mottagare",
        noun="år" if by_year else "mottagare",
        kind=None if by_year else "organisation",
    )


def decision_list(register: Register, page_url: str, kind: str, record_id: str) -> str:
    decisions = register.decisions_concerning(kind, record_id)
    return PageRenderer(register, page_url).render("latest.html", decisions=decisions)

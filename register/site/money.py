"""Money summed by year, committee, organisation, programme and kind of funding.

Every sum keeps proposed, decided and refused money apart (`registry.Totals`), so a proposal
is never shown as granted. Money moved between municipal bodies (`Decision.transfers`) is
summed on its own here and never added to the grant sums: the same kronor often come back as
grants (kommunstyrelsen's 1 300 000 kr became the committee's two grants), and adding both
would count them twice.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field

from register.core.model import GRANT_KINDS
from register.core.registry import GrantRow, Register, Totals, TransferRow

MISSING_LABEL = "uppgift saknas"

# The dimensions a reader can sum grants by: (Swedish heading, how a grant row is grouped).
DIMENSIONS: dict[str, str] = {
    "year": "år",
    "committee": "nämnd",
    "organisation": "organisation",
    "programme": "verksamhet",
    "kind": "slag av medel",
}


@dataclass
class Group:
    """The grants that share one value of a dimension (one year, one organisation, …)."""

    key: Hashable | None  # a year, a record id or a grant kind; None when the source does not say
    label: str
    rows: list[GrantRow] = field(default_factory=list)
    totals: Totals = field(default_factory=Totals)

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def known(self) -> bool:
        return self.key is not None


def _key_and_label(register: Register, dimension: str) -> Callable[[GrantRow], tuple[Hashable | None, str]]:
    """How one grant row is grouped for `dimension`, with the label readers see."""

    def name(kind: str, record_id: str | None) -> tuple[str | None, str]:
        if not record_id:
            return None, MISSING_LABEL
        return record_id, register.name_of(kind, record_id)

    if dimension == "year":
        return lambda row: (row.year, str(row.year) if row.year else MISSING_LABEL)
    if dimension == "committee":
        return lambda row: name("body", row.decision.body)
    if dimension == "organisation":
        return lambda row: name("organisation", row.grant.recipient)
    if dimension == "programme":
        return lambda row: name("programme", row.grant.programme)
    if dimension == "kind":
        return lambda row: (row.grant.kind, GRANT_KINDS[row.grant.kind])
    raise ValueError(f"okänd dimension {dimension!r}; välj en av {', '.join(DIMENSIONS)}")


def group_by(register: Register, dimension: str, rows: Iterable[GrantRow] | None = None) -> list[Group]:
    """Grant rows grouped by `dimension`; years in time order, other groups largest first.

    Groups whose value the sources do not give ("uppgift saknas") come last.
    """
    key_of = _key_and_label(register, dimension)
    groups: dict[Hashable | None, Group] = {}
    for row in register.grants if rows is None else rows:
        # A grant of unknown amount counts in every year of its period (`GrantRow.years`):
        # those years are shown as years with money of unknown amount, never left out.
        keys = [(y, str(y)) for y in row.years] if dimension == "year" and row.years else [key_of(row)]
        for key, label in keys:
            group = groups.setdefault(key, Group(key, label))
            group.rows.append(row)
            group.totals.add(row)
    if dimension == "year":
        order = sorted(groups.values(), key=lambda g: (not g.known, g.key or 0))
    else:
        order = sorted(groups.values(), key=lambda g: (not g.known, -grand_total(g.totals), g.label.casefold()))
    return order


def overall(groups: Iterable[Group]) -> Group:
    """All the groups' grants once each: a grant of unknown amount stands in several years but
    counts once in the table's "Alla" row."""
    total = Group(None, "Alla")
    seen: set[tuple[str, int]] = set()
    for group in groups:
        for row in group.rows:
            if (row.decision.case_number, row.index) not in seen:
                seen.add((row.decision.case_number, row.index))
                total.rows.append(row)
                total.totals.add(row)
    return total


def per_year(register: Register, rows: Iterable[GrantRow]) -> list[Group]:
    """Funding per year for one record's grants (organisation, programme, partnership pages)."""
    return group_by(register, "year", rows)


def grand_total(totals: Totals) -> int:
    """All known money in a Totals, only for ordering and scaling charts; never shown as one sum."""
    return totals.proposed + totals.decided + totals.refused


@dataclass
class TransferSummary:
    """Money moved between municipal bodies, kept apart from grants."""

    rows: list[TransferRow]
    decided: int  # the source says the transfer was decided (known amounts)
    not_recorded: int  # the register has no decision for it (known amounts)
    unknown: int = 0  # transfers the sources establish without an amount

    @property
    def count(self) -> int:
        return len(self.rows)


def transfers(register: Register) -> TransferSummary:
    rows = sorted(register.transfers, key=lambda r: (r.transfer.budget_year or 0, r.decision.case_number))
    decided = sum(r.transfer.amount_sek or 0 for r in rows if r.transfer.decided)
    known = sum(r.transfer.amount_sek or 0 for r in rows)
    unknown = sum(1 for r in rows if r.transfer.amount_sek is None)
    return TransferSummary(rows, decided, known - decided, unknown)


@dataclass
class MoneyOverview:
    """Everything the "Pengar" page shows, derived once from the register."""

    totals: Totals
    grant_count: int
    groups: dict[str, list[Group]]  # dimension → groups
    transfers: TransferSummary


def overview(register: Register) -> MoneyOverview:
    return MoneyOverview(
        totals=register.totals(),
        grant_count=len(register.grants),
        groups={dimension: group_by(register, dimension) for dimension in DIMENSIONS},
        transfers=transfers(register),
    )

"""A grant or a transfer with its decision, and money totals that carry unknown amounts."""

from __future__ import annotations

from dataclasses import dataclass

from register.core.model import GRANT_KINDS, Decision, Grant, Transfer
from register.core.status import Status, grant_status


@dataclass(frozen=True)
class GrantRow:
    """One grant with its decision and its status derived from the decision's outcome."""

    decision: Decision
    index: int
    grant: Grant

    @property
    def derived_status(self) -> Status:
        return grant_status(self.decision)

    @property
    def status(self) -> str:
        return self.derived_status.code

    @property
    def status_label(self) -> str:
        return self.derived_status.label

    @property
    def amount_known(self) -> bool:
        return self.grant.amount_sek is not None

    @property
    def kind_label(self) -> str:
        return GRANT_KINDS[self.grant.kind]

    @property
    def year(self) -> int | None:
        if self.grant.budget_year:
            return self.grant.budget_year
        memo = self.decision.memo_date
        return memo.year if memo else None

    @property
    def years(self) -> list[int]:
        """Every year the money is for: the budget year, else the years of its period, else the
        memo's year. A known amount stays in one year (`year`) so it is never split. A period
        without a start gives only its end year: the years before it are not established by the
        sources (`start_unknown`), and the case number's year is when the case was opened, not
        when the money began, so it is never used as a start."""
        if self.amount_known or self.grant.budget_year or self.grant.period is None:
            return [self.year] if self.year else []
        period = self.grant.period
        end = period.end.year if period.end else None
        start = period.start.year if period.start else None
        if start is None or end is None or end < start:
            return [y for y in (start or end,) if y]
        return list(range(start, end + 1))

    @property
    def start_unknown(self) -> bool:
        """A grant of unknown amount whose period has an end but no start in the sources."""
        period = self.grant.period
        return not self.amount_known and period is not None and period.start is None and period.end is not None


@dataclass(frozen=True)
class TransferRow:
    decision: Decision
    index: int
    transfer: Transfer


@dataclass
class Totals:
    """Money in kronor, kept apart by status so a proposal is never counted as a grant.

    Grants the sources establish without an amount are counted per status (`unknown_*`),
    never summed as 0 kr: a total with unknown parts says so (`has_unknown`)."""

    proposed: int = 0
    decided: int = 0
    refused: int = 0
    unknown_proposed: int = 0
    unknown_decided: int = 0
    unknown_refused: int = 0

    def add(self, row: GrantRow) -> None:
        if row.grant.amount_sek is None:
            name = f"unknown_{row.status}"
            setattr(self, name, getattr(self, name) + 1)
        else:
            setattr(self, row.status, getattr(self, row.status) + row.grant.amount_sek)

    def unknown(self, status: str) -> int:
        """How many grants of `status` (proposed, decided, refused) have an unknown amount."""
        count: int = getattr(self, f"unknown_{status}")
        return count

    @property
    def unknown_count(self) -> int:
        return self.unknown_proposed + self.unknown_decided + self.unknown_refused

    @property
    def has_unknown(self) -> bool:
        return self.unknown_count > 0

"""Where the sources disagree: each conflicting value with every claim and where it is stated.

One derivation for every place a value appears (decision page, partnership page, timeline,
feed, exports), so a conflict is marked the same way wherever its value is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from register.core.model import DateClaim, Decision, Partnership, Period
from register.core.wording import CONFLICT

PERIOD_FIELDS = {"start": "startdatum", "end": "slutdatum"}


@dataclass(frozen=True)
class Conflict:
    """One value the sources disagree on: what it is, each claim, and the record holding it."""

    what: str  # e.g. "Förlängning 2025: startdatum"
    field: str  # start or end
    claims: tuple[DateClaim, ...]
    kind: str  # the record the conflict is written in
    record_id: str

    @property
    def words(self) -> str:
        """ "uppgifterna går isär: 2025-01-31 enligt Sammanfattning och Ärendet; 2025-01-01 enligt …" """
        return f"{CONFLICT} " + "; ".join(f"{c.value} enligt {c.where}" for c in self.claims)


def period_conflicts(what: str, period: Period | None, kind: str, record_id: str) -> list[Conflict]:
    if period is None:
        return []
    found = []
    for name, claims in (("start", period.start_claims), ("end", period.end_claims)):
        if claims:
            found.append(Conflict(f"{what}: {PERIOD_FIELDS[name]}", name, tuple(claims), kind, record_id))
    return found


def partnership_conflicts(partnership_id: str, partnership: Partnership) -> list[Conflict]:
    return [
        conflict
        for agreement in partnership.agreements
        for conflict in period_conflicts(agreement.label, agreement.period, "partnership", partnership_id)
    ]


def decision_conflicts(decision: Decision, partnerships: list[tuple[str, Partnership]]) -> list[Conflict]:
    """The conflicts about a decision's values: its grants' periods and the periods of the
    agreements it was decided in (`partnerships`: those that name the decision)."""
    found = [
        conflict
        for index, grant in enumerate(decision.grants)
        for conflict in period_conflicts(f"Medel {index + 1}", grant.period, "decision", decision.case_number)
    ]
    for partnership_id, partnership in partnerships:
        for agreement in partnership.agreements:
            if decision.case_number in agreement.cases:
                found += period_conflicts(agreement.label, agreement.period, "partnership", partnership_id)
    return found

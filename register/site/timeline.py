"""A partnership's agreements over time and its status on the build date.

The status is computed when the site is built: `build_date()` reads REGISTER_TODAY
(ÅÅÅÅ-MM-DD, for tests and for rebuilding an old state), else SOURCE_DATE_EPOCH (reproducible
builds), else today's date. A date the sources do not give stays unknown: an agreement whose
start is missing is never given a start, and a status that cannot be told from the sources is
shown as such ("osäker"); the rule itself is `register.core.status`. When the sources disagree (two start dates) both count: the
status is only certain outside the range between them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from register.core import status as status_words
from register.core import wording
from register.core.fields import PartialDate
from register.core.model import DateClaim, Decision, Partnership
from register.core.status import AgreementStatus, Bound
from register.site import charts, formatting

__all__ = ["AgreementStatus", "BuildDateError", "PartnershipTimeline", "build_date", "partnership_timeline"]

EXPIRY_WARNING_DAYS = 90

STATUS_LABELS = status_words.AGREEMENT_STATUS


class BuildDateError(ValueError):
    """REGISTER_TODAY or SOURCE_DATE_EPOCH is set to something that is not a date."""


def build_date(environ: Mapping[str, str] = os.environ) -> date:
    """The date statuses are computed on: REGISTER_TODAY, else SOURCE_DATE_EPOCH, else today."""
    value = environ.get("REGISTER_TODAY", "").strip()
    if value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise BuildDateError(
                f"REGISTER_TODAY: ett datum skrivs ÅÅÅÅ-MM-DD, till exempel 2025-10-15 (fick '{value}')"
            ) from None
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC).date()
        except (ValueError, OverflowError, OSError):
            raise BuildDateError(
                f"SOURCE_DATE_EPOCH: ska vara sekunder sedan 1970-01-01, till exempel 1760486400 (fick '{epoch}')"
            ) from None
    return date.today()


@dataclass(frozen=True)
class PartnershipTimeline:
    today: date
    agreements: list[AgreementStatus]
    status: str
    note: str
    end: Bound | None  # the end of the last agreement
    days_left: int | None  # days from the build date to the end, while the partnership runs

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def expires_soon(self) -> bool:
        return self.days_left is not None and 0 <= self.days_left <= EXPIRY_WARNING_DAYS

    def spans(self) -> list[charts.Span]:
        return [
            charts.Span(
                a.agreement.label if a.established else f"{a.agreement.label} ({a.status_label})",
                a.start.earliest if a.start else None,
                a.start.latest if a.start and a.start.conflict else (a.start.earliest if a.start else None),
                a.end.latest if a.end else None,
            )
            for a in self.agreements
        ]

    def chart(self, chart_id: str) -> str:
        return charts.timeline(chart_id, "Överenskommelserna på en tidslinje", self.spans(), self.today)

    def summary(self) -> str:
        """The timeline in words (the text alternative of the drawing)."""
        parts = [f"Status {formatting.long_date(self.today)}: {self.status_label} ({self.note})."]
        if self.expires_soon and self.end:
            parts.append(
                f"Den sista överenskommelsen löper ut {formatting.long_date(self.end.earliest)}, "
                f"om {self.days_left} dagar."
            )
        for a in self.agreements:
            parts.append(f"{a.agreement.label}: {_period_words(a)}, {a.words}.")
        return " ".join(parts)


def _period_words(a: AgreementStatus) -> str:
    def bound(b: Bound | None, value: PartialDate | None, claims: list[DateClaim]) -> str:
        if claims:
            return f"{wording.CONFLICT} " + "; ".join(f"{c.value} enligt {c.where}" for c in claims)
        return formatting.long_date(value) if b else f"ett datum som källorna inte anger ({formatting.MISSING})"

    period = a.agreement.period
    return (
        f"från {bound(a.start, period.start, period.start_claims)} till {bound(a.end, period.end, period.end_claims)}"
    )


def partnership_timeline(partnership: Partnership, today: date, cases: Mapping[str, Decision]) -> PartnershipTimeline:
    """`cases`: the agreements' decisions by case number (the evidence for each agreement)."""
    agreements: list[AgreementStatus] = []
    not_before: date | None = None
    for agreement in partnership.agreements:  # the model keeps them in time order
        evidence = [cases[c] for c in agreement.cases if c in cases]
        agreement_status = status_words.agreement_status(agreement, evidence, not_before, today)
        agreements.append(agreement_status)
        if agreement_status.start:
            not_before = agreement_status.start.earliest
    status, note = status_words.partnership_status(agreements, today)
    counted = [a for a in agreements if a.established]
    last_end = counted[-1].end if counted else None
    days_left = (last_end.earliest - today).days if status == "ongoing" and last_end else None
    return PartnershipTimeline(today, agreements, status, note, last_end, days_left)

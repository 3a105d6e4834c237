"""A partnership's agreements over time and its status on the build date.

The status is computed when the site is built: `build_date()` reads REGISTER_TODAY
(ÅÅÅÅ-MM-DD, for tests and for rebuilding an old state), else SOURCE_DATE_EPOCH (reproducible
builds), else today's date. A date the sources do not give stays unknown: an agreement whose
start is missing is never given a start, and a status that cannot be told from the sources is
shown as such ("kan inte avgöras"). When the sources disagree (two start dates) both count: the
status is only certain outside the range between them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from register.core.fields import PartialDate
from register.core.model import Agreement, DateClaim, Partnership
from register.site import charts, formatting

EXPIRY_WARNING_DAYS = 90

STATUS_LABELS = {"ongoing": "pågående", "ended": "avslutad", "upcoming": "kommande", "uncertain": "kan inte avgöras"}


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
class Bound:
    """A date known to lie between `earliest` and `latest` (one day when known to the day)."""

    earliest: date
    latest: date
    conflict: bool = False  # the sources give different dates

    @classmethod
    def of(cls, value: PartialDate | None, claims: list[DateClaim]) -> Bound | None:
        if claims:
            return cls(min(c.value.earliest() for c in claims), max(c.value.latest() for c in claims), True)
        if value is None:
            return None
        return cls(value.earliest(), value.latest())


@dataclass(frozen=True)
class AgreementStatus:
    agreement: Agreement
    start: Bound | None  # None: the sources do not say when it started
    end: Bound | None
    status: str
    note: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def _agreement_status(agreement: Agreement, not_before: date | None, today: date) -> AgreementStatus:
    """`not_before`: the earliest the agreement can have started (the one before it started then)."""
    start = Bound.of(agreement.period.start, agreement.period.start_claims)
    end = Bound.of(agreement.period.end, agreement.period.end_claims)
    if end and today > end.latest:
        status, note = "ended", f"slutade {formatting.long_date(end.latest)}"
    elif start and today < start.earliest:
        status, note = "upcoming", f"börjar {formatting.long_date(start.earliest)}"
    elif start is None and not_before and today < not_before:
        status, note = "upcoming", "börjar efter den föregående överenskommelsen"
    elif start and today >= start.latest and (end is None or today <= end.earliest):
        status, note = "ongoing", f"till {formatting.long_date(end.earliest)}" if end else "slutdatum saknas"
    elif start is None:
        status, note = "uncertain", "startdatum saknas i källorna"
    elif start.conflict and start.earliest <= today < start.latest:
        status, note = "uncertain", "källorna anger olika startdatum, och byggdatumet ligger mellan dem"
    else:
        status, note = "uncertain", "källorna anger bara år eller månad för perioden"
    return AgreementStatus(agreement, start, end, status, note)


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
                a.agreement.label,
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
        parts = [f"Status {formatting.long_date(self.today)}: {self.status_label}."]
        if self.expires_soon and self.end:
            parts.append(
                f"Den sista överenskommelsen löper ut {formatting.long_date(self.end.earliest)}, "
                f"om {self.days_left} dagar."
            )
        for a in self.agreements:
            parts.append(f"{a.agreement.label}: {_period_words(a)}, {a.status_label} ({a.note}).")
        return " ".join(parts)


def _period_words(a: AgreementStatus) -> str:
    def bound(b: Bound | None, value: PartialDate | None, claims: list[DateClaim]) -> str:
        if claims:
            return " eller ".join(formatting.long_date(c.value) for c in claims) + " (källorna går isär)"
        return formatting.long_date(value) if b else f"ett datum som källorna inte anger ({formatting.MISSING})"

    period = a.agreement.period
    return (
        f"från {bound(a.start, period.start, period.start_claims)} till {bound(a.end, period.end, period.end_claims)}"
    )


def partnership_timeline(partnership: Partnership, today: date) -> PartnershipTimeline:
    agreements: list[AgreementStatus] = []
    not_before: date | None = None
    for agreement in partnership.agreements:  # the model keeps them in time order
        agreement_status = _agreement_status(agreement, not_before, today)
        agreements.append(agreement_status)
        if agreement_status.start:
            not_before = agreement_status.start.earliest
    starts = [a.start for a in agreements if a.start]
    first = min(starts, key=lambda b: b.earliest) if starts else None
    last_end = agreements[-1].end
    statuses = {a.status for a in agreements}
    if "ongoing" in statuses:
        status, note = "ongoing", "en överenskommelse gäller"
    elif statuses == {"upcoming"}:
        status, note = "upcoming", "ingen överenskommelse har börjat gälla"
    elif statuses == {"ended"}:
        status, note = "ended", "alla överenskommelser har löpt ut"
    elif first and last_end and first.latest <= today <= last_end.earliest:
        status, note = "ongoing", "mellan den första överenskommelsens start och den sista överenskommelsens slut"
    else:
        status, note = "uncertain", "källornas datum räcker inte för att avgöra det"
    days_left = (last_end.earliest - today).days if status == "ongoing" and last_end else None
    return PartnershipTimeline(today, agreements, status, note, last_end, days_left)

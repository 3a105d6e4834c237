"""Every status in the register, derived in one place from the record, with what it rests on.

A grant's status follows its decision's recorded outcome. An agreement's status follows two
things: the evidence (is its decision registered, proposed or refused?) and its period on the
build date. A proposal is never shown as a fact: an agreement whose decision is not registered
is "föreslagen" with its period ("föreslagen förlängning – beslutet är inte registrerat;
perioden slutade 31 december 2025"), never plainly avslutad, pågående or kommande. A case known
only by reference is established by the later source that cites it (the memo says the
agreement exists), so its agreement counts as established. Missing dates are never guessed;
conflicting dates both count, and the status is only certain outside the range between them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from register.core.fields import PartialDate
from register.core.model import Agreement, DateClaim, Decision
from register.core.wording import long_date

# How a grant's status follows from its decision's recorded outcome (the vocabulary's words).
GRANT_STATUS = {
    "not_recorded": ("proposed", "föreslaget – beslutet är inte registrerat"),
    "decided": ("decided", "beviljat"),
    "changed": ("decided", "beviljat med ändringar"),
    "refused": ("refused", "avslaget"),
}
# A case the register knows only because a later document cites it as done: decided, and the
# label says on what (its minutes are not in the register).
GRANT_STATUS_BY_REFERENCE = ("decided", "beviljat enligt senare handling")

PERIOD_STATUS = {"ongoing": "pågående", "ended": "avslutad", "upcoming": "kommande", "uncertain": "osäker"}
AGREEMENT_STATUS = {**PERIOD_STATUS, "proposed": "föreslagen", "refused": "avslagen"}


@dataclass(frozen=True)
class Status:
    """A derived status: its code, its words, and what the register rests it on."""

    code: str
    label: str
    rests_on: str


def grant_status(decision: Decision) -> Status:
    """A grant's status from its decision: proposed until the minutes are registered, except
    for a case known only by reference, which a later source establishes as made."""
    outcome = decision.outcome.status
    if outcome == "not_recorded" and decision.known_only_by_reference:
        cited_in = decision.sources[0].title
        code, label = GRANT_STATUS_BY_REFERENCE
        return Status(code, label, f"protokollet är inte registrerat; att ärendet finns bygger på {cited_in}")
    code, label = GRANT_STATUS[outcome]
    if outcome == "not_recorded":
        return Status(code, label, "förslaget till beslut i tjänsteskrivelsen; protokollet är inte registrerat")
    paragraph = f" {decision.outcome.paragraph}" if decision.outcome.paragraph else ""
    return Status(code, label, f"protokollet{paragraph}")


@dataclass(frozen=True)
class Bound:
    """A date known to lie between `earliest` and `latest` (one day when known to the day)."""

    earliest: date
    latest: date
    conflict: bool = False  # the sources give different dates

    @classmethod
    def of(cls, value: PartialDate | None, claims: Sequence[DateClaim]) -> Bound | None:
        if claims:
            return cls(min(c.value.earliest() for c in claims), max(c.value.latest() for c in claims), True)
        if value is None:
            return None
        return cls(value.earliest(), value.latest())


def period_status(start: Bound | None, end: Bound | None, not_before: date | None, today: date) -> tuple[str, str]:
    """Where `today` lies in a period: (code, note). `not_before`: the earliest the period can
    have started (the agreement before it started then)."""
    if end and today > end.latest:
        return "ended", f"slutade {long_date(end.latest)}"
    if start and today < start.earliest:
        return "upcoming", f"börjar {long_date(start.earliest)}"
    if start is None and not_before and today < not_before:
        return "upcoming", "börjar efter den föregående överenskommelsen"
    if start and today >= start.latest and (end is None or today <= end.earliest):
        return "ongoing", f"till {long_date(end.earliest)}" if end else "slutdatum saknas"
    if start is None:
        return "uncertain", "startdatum saknas i källorna"
    if start.conflict and start.earliest <= today < start.latest:
        return "uncertain", "källorna anger olika startdatum, och byggdatumet ligger mellan dem"
    return "uncertain", "källorna anger bara år eller månad för perioden"


_PERIOD_WORDS = {"ended": "perioden {note}", "upcoming": "perioden {note}", "ongoing": "perioden gäller {note}"}


@dataclass(frozen=True)
class AgreementStatus:
    agreement: Agreement
    start: Bound | None  # None: the sources do not say when it started
    end: Bound | None
    status: str  # proposed, refused, ongoing, upcoming, ended, uncertain
    period_status: str  # where the build date lies in the period, whatever the evidence
    note: str
    rests_on: str

    @property
    def status_label(self) -> str:
        return AGREEMENT_STATUS[self.status]

    @property
    def established(self) -> bool:
        """The sources establish the agreement (not a proposal, not refused)."""
        return self.status not in ("proposed", "refused")

    @property
    def conflict(self) -> bool:
        return bool((self.start and self.start.conflict) or (self.end and self.end.conflict))

    @property
    def words(self) -> str:
        """The status in one phrase, e.g. "föreslagen förlängning – beslutet är inte
        registrerat; perioden slutade 31 december 2025" or "avslutad (slutade 30 december 2024)"."""
        if self.status in ("proposed", "refused"):
            what = "förlängning" if self.agreement.kind == "extension" else "överenskommelse"
            head = (
                f"föreslagen {what} – beslutet är inte registrerat" if self.status == "proposed" else f"avslagen {what}"
            )
            template = _PERIOD_WORDS.get(self.period_status, "perioden: {note}")
            return f"{head}; {template.format(note=self.note)}"
        return f"{self.status_label} ({self.note})"


def _evidence(cases: Sequence[Decision]) -> tuple[str | None, str]:
    """(None, why) when the agreement is established; ("proposed" | "refused", why) otherwise."""
    if not cases:
        return None, "källorna nämner överenskommelsen utan ärende"
    outcomes = {case.outcome.status for case in cases}
    numbers = ", ".join(case.case_number for case in cases)
    if outcomes & {"decided", "changed"}:
        return None, f"beslutet i {numbers} är registrerat"
    if "refused" in outcomes:
        return "refused", f"{numbers} avslogs enligt protokollet"
    if all(case.known_only_by_reference for case in cases):
        return None, f"senare källor anger att överenskommelsen ingicks ({numbers})"
    return "proposed", f"{numbers} är ett förslag; beslutet är inte registrerat"


def agreement_status(
    agreement: Agreement, cases: Sequence[Decision], not_before: date | None, today: date
) -> AgreementStatus:
    """One agreement's status on `today` from its cases (the evidence) and its period."""
    start = Bound.of(agreement.period.start, agreement.period.start_claims)
    end = Bound.of(agreement.period.end, agreement.period.end_claims)
    in_period, note = period_status(start, end, not_before, today)
    evidence, rests_on = _evidence(cases)
    return AgreementStatus(agreement, start, end, evidence or in_period, in_period, note, rests_on)


def partnership_status(agreements: Sequence[AgreementStatus], today: date) -> tuple[str, str]:
    """The partnership's status from the agreements the sources establish: (code, note).

    The note says which agreements it counts, and which proposals it leaves out."""
    counted = [a for a in agreements if a.established]
    left_out = [a for a in agreements if not a.established]
    statuses = {a.status for a in counted}
    starts = [a.start for a in counted if a.start]
    first = min(starts, key=lambda b: b.earliest) if starts else None
    last_end = counted[-1].end if counted else None
    if not counted:
        status, note = "proposed", "ingen överenskommelse är fastställd i källorna"
    elif "ongoing" in statuses:
        status, note = "ongoing", "en överenskommelse gäller"
    elif statuses == {"upcoming"}:
        status, note = "upcoming", "ingen överenskommelse har börjat gälla"
    elif statuses == {"ended"}:
        status, note = "ended", "alla överenskommelser har löpt ut"
    elif first and last_end and first.latest <= today <= last_end.earliest:
        status, note = "ongoing", "mellan den första överenskommelsens start och den sista överenskommelsens slut"
    else:
        status, note = "uncertain", "källornas datum räcker inte för att avgöra det"
    pending = [a for a in left_out if a.status == "proposed" and a.period_status != "ended"]
    if status == "ended" and pending:
        status, note = (
            "uncertain",
            (
                "de fastställda överenskommelserna har löpt ut, och en föreslagen överenskommelse gäller "
                "perioden därefter; beslutet är inte registrerat"
            ),
        )
    if left_out:
        labels = "; ".join(f"{a.agreement.label} ({a.status_label})" for a in left_out)
        note += f"; räknar bara överenskommelser som källorna fastställer, inte {labels}"
    return status, note

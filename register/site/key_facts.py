"""The key facts at the top of every record page: what a reader came to learn, first.

A decision page answers "how much, to whom, for what, decided or not"; an organisation page
"how much, proposed or decided, when and for what"; a programme or partnership page "who,
since when, under which agreement, how much a year"; a body page "what it is and what it
decided". Everything is derived here from the validated register (statuses from
register.core.status through GrantRow and the timeline), so the template only prints it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from register.core.fields import PartialDate
from register.core.model import Decision
from register.core.model_base import Source
from register.core.model_decision import PlanningStep
from register.core.registry import GrantRow, Register, Totals
from register.site import money

# How many of a body's decisions the key facts name (the full list is further down the page).
LATEST_LIMIT = 3


@dataclass(frozen=True)
class YearMoney:
    """One year's money for a record, proposed, decided and refused apart."""

    year: str
    totals: Totals


@dataclass
class KeyFacts:
    """What the top of one record page says. Fields a kind does not use stay empty."""

    rows: list[GrantRow] = field(default_factory=list)  # a decision's own grants
    meeting: PlanningStep | None = None  # the committee meeting the memo plans
    source: Source | None = None  # the document the record rests on
    totals: Totals | None = None  # an organisation's, programme's or partnership's money
    years: list[int] = field(default_factory=list)  # the years its money is for
    per_year: list[YearMoney] = field(default_factory=list)
    since: date | PartialDate | None = None  # first memo or agreement start
    recipients: list[str] = field(default_factory=list)  # organisation ids that receive money
    who: list[tuple[str, str, str]] = field(default_factory=list)  # a programme's (kind, id, note)
    programmes: list[str] = field(default_factory=list)
    partnerships: list[str] = field(default_factory=list)
    decision_count: int = 0
    latest: list[Decision] = field(default_factory=list)


def committee_meeting(decision: Decision) -> PlanningStep | None:
    """The committee meeting the memo plans the decision for (the last 'nämnd' step)."""
    steps = [s for s in decision.planning if s.step == "committee"]
    return steps[-1] if steps else None


def main_source(sources: list[Source]) -> Source | None:
    """The document a record rests on: the first source with a copy on the site, else the first."""
    with_copy = [s for s in sources if s.document]
    chosen = with_copy or sources
    return chosen[0] if chosen else None


def _per_year(register: Register, rows: list[GrantRow]) -> list[YearMoney]:
    return [YearMoney(group.label, group.totals) for group in money.per_year(register, rows)]


def _years(rows: list[GrantRow]) -> list[int]:
    return sorted({year for row in rows for year in row.years})


def _earliest(dates: list[date | PartialDate]) -> date | PartialDate | None:
    """The earliest of dates known to the day, the month or the year."""
    return min(dates, key=lambda d: d.earliest() if isinstance(d, PartialDate) else d, default=None)


def _agreement_starts(register: Register, partnership_ids: list[str]) -> list[date | PartialDate]:
    return [
        a.period.start
        for pid in partnership_ids
        for a in register.partnership(pid).agreements
        if a.period and a.period.start
    ]


def key_facts(register: Register, kind: str, record_id: str) -> KeyFacts:
    """The key facts of one record (kind: decision, organisation, programme, partnership, body)."""
    links = register.links_of(kind, record_id)
    if kind == "decision":
        decision = register.decision(record_id)
        return KeyFacts(
            rows=register.grants_of(record_id),
            meeting=committee_meeting(decision),
            source=main_source(decision.sources),
        )
    rows = links.grants
    facts = KeyFacts(
        totals=links.totals,
        years=_years(rows),
        per_year=_per_year(register, rows),
        recipients=list(dict.fromkeys(row.grant.recipient for row in rows)),
        programmes=list(dict.fromkeys([*links.programmes, *(r.grant.programme for r in rows if r.grant.programme)])),
        partnerships=list(links.partnerships),
        decision_count=len(links.decisions),
        latest=[d for d in links.decisions if not d.known_only_by_reference][:LATEST_LIMIT],
    )
    facts.source = main_source(register.named(kind, record_id).sources)
    if kind == "partnership":
        facts.since = _earliest(_agreement_starts(register, [record_id]))
    elif kind == "programme":
        # Since its first case, its partnership's first agreement or the first year of its money.
        programme = register.programme(record_id)
        known: list[date | PartialDate] = [d.memo_date for d in links.decisions if d.memo_date]
        known += _agreement_starts(register, facts.partnerships)
        known += [PartialDate(facts.years[0])] if facts.years else []
        facts.since = _earliest(known)
        receives = set(facts.recipients)
        for p in programme.participants:
            who = ("organisation", p.organisation) if p.organisation else ("body", p.body or "")
            facts.who.append((*who, "tar emot medel" if p.organisation in receives else ""))
        named = {p.organisation for p in programme.participants}
        facts.who += [("organisation", org, "tar emot medel") for org in facts.recipients if org not in named]
    return facts

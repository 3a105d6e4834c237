"""Related decisions: other decisions about the same organisation, programme or partnership.

Derived from the links the Register already holds (`registry.Links`), so nothing is looked up
twice. Each related decision says why it is related ("samma organisation: …").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice

from register.core.model import Decision
from register.core.registry import Register

RELATED_LIMIT = 20  # a page lists at most this many; the rest are a click away on the filter page

REASON_WORDS = {
    "organisation": "samma organisation",
    "programme": "samma verksamhet",
    "partnership": "samma partnerskap",
}


@dataclass
class Related:
    decision: Decision
    reasons: list[tuple[str, str]] = field(default_factory=list)  # (kind, record id)


def _subjects(register: Register, decision: Decision) -> list[tuple[str, str]]:
    """The organisations, programmes and partnerships a decision is about."""
    subjects: list[tuple[str, str]] = []
    for row in register.grants_of(decision.case_number):
        subjects.append(("organisation", row.grant.recipient))
        if row.grant.programme:
            subjects.append(("programme", row.grant.programme))
        if row.grant.partnership:
            subjects.append(("partnership", row.grant.partnership))
    for recipient in decision.sent_to:
        if recipient.organisation:
            subjects.append(("organisation", recipient.organisation))
    for transfer in decision.transfers:
        subjects.extend(("programme", earmark.programme) for earmark in transfer.earmarks)
    if decision.partnership:
        subjects.append(("partnership", decision.partnership))
    subjects.extend(("partnership", p) for p in register.links_of("decision", decision.case_number).partnerships)
    return list(dict.fromkeys(subjects))


def _decisions_about(register: Register, kind: str, record_id: str) -> Iterator[Decision]:
    """Newest first as the Register lists them; for a partnership, then its agreements' cases."""
    decisions: Iterable[Decision] = register.links_of(kind, record_id).decisions
    if kind == "partnership":  # the cases its agreements were decided in belong to it too
        partnership = register.partnership(record_id)
        cases = [case for agreement in partnership.agreements for case in agreement.cases]
        decisions = chain(decisions, (register.decision(case) for case in cases))
    return iter(decisions)


def related_decisions(register: Register, decision: Decision) -> list[Related]:
    """Other decisions sharing an organisation, programme or partnership; newest first.

    At most RELATED_LIMIT + 1 per subject are looked at (the Register lists decisions newest
    first), so an organisation with thousands of decisions costs each of its pages little; one
    more than the limit tells the page that there are more.
    """
    found: dict[str, Related] = {}
    for kind, record_id in _subjects(register, decision):
        others = (d for d in _decisions_about(register, kind, record_id) if d.case_number != decision.case_number)
        for other in islice(others, RELATED_LIMIT + 1):
            related = found.setdefault(other.case_number, Related(other))
            if (kind, record_id) not in related.reasons:
                related.reasons.append((kind, record_id))

    def newest_first(item: Related) -> tuple[str, str]:
        memo = item.decision.memo_date
        return (memo.isoformat() if memo else "", item.decision.case_number)

    return sorted(found.values(), key=newest_first, reverse=True)

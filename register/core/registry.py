"""The validated register and everything derived from it once: links both ways, grants, totals.

Pages, listings and exports read from here; nothing else derives these facts again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from register.core.model import GRANT_KINDS, Decision, Grant, Transfer
from register.core.records import Entries, Entry

# How a grant's status follows from its decision's recorded outcome (one place for the rule).
GRANT_STATUS = {
    "not_recorded": ("proposed", "föreslaget – beslutet är inte registrerat"),
    "decided": ("decided", "beviljat"),
    "changed": ("decided", "beviljat med ändringar"),
    "refused": ("refused", "avslaget"),
}


@dataclass(frozen=True)
class GrantRow:
    """One grant with its decision and its status derived from the decision's outcome."""

    decision: Decision
    index: int
    grant: Grant

    @property
    def status(self) -> str:
        return GRANT_STATUS[self.decision.outcome.status][0]

    @property
    def status_label(self) -> str:
        return GRANT_STATUS[self.decision.outcome.status][1]

    @property
    def kind_label(self) -> str:
        return GRANT_KINDS[self.grant.kind]

    @property
    def year(self) -> int | None:
        if self.grant.budget_year:
            return self.grant.budget_year
        memo = self.decision.memo_date
        return memo.year if memo else None


@dataclass(frozen=True)
class TransferRow:
    decision: Decision
    index: int
    transfer: Transfer


@dataclass
class Totals:
    """Money in kronor, kept apart by status so a proposal is never counted as a grant."""

    proposed: int = 0
    decided: int = 0
    refused: int = 0

    def add(self, row: GrantRow) -> None:
        setattr(self, row.status, getattr(self, row.status) + row.grant.amount_sek)


@dataclass
class Links:
    """What points at one record from elsewhere in the register."""

    decisions: list[Decision] = field(default_factory=list)
    grants: list[GrantRow] = field(default_factory=list)
    transfers: list[TransferRow] = field(default_factory=list)
    partnerships: list[str] = field(default_factory=list)  # ids
    programmes: list[str] = field(default_factory=list)  # ids
    bodies: list[str] = field(default_factory=list)  # ids
    totals: Totals = field(default_factory=Totals)
    _decision_ids: set[int] = field(default_factory=set, repr=False)  # a body links to thousands

    def add_decision(self, decision: Decision) -> None:
        if id(decision) not in self._decision_ids:
            self._decision_ids.add(id(decision))
            self.decisions.append(decision)


@dataclass
class Register:
    entries: Entries
    grants: list[GrantRow]
    transfers: list[TransferRow]
    links: dict[tuple[str, str], Links]

    @classmethod
    def build(cls, entries: Entries) -> Register:
        register = cls(entries, [], [], defaultdict(Links))
        register._index()
        return register

    # --- access -----------------------------------------------------------------------
    def records(self, kind: str) -> list[Any]:
        return [entry.record for entry in self.entries[kind].values()]

    def get(self, kind: str, record_id: str) -> Any:
        return self.entries[kind][record_id].record

    def entry(self, kind: str, record_id: str) -> Entry:
        return self.entries[kind][record_id]

    def links_of(self, kind: str, record_id: str) -> Links:
        return self.links[(kind, record_id)]

    def decisions_newest_first(self) -> list[Decision]:
        def key(decision: Decision) -> tuple[str, str]:
            memo = decision.memo_date.isoformat() if decision.memo_date else ""
            return (memo, decision.case_number)

        return sorted(self.records("decision"), key=key, reverse=True)

    def totals(self, rows: list[GrantRow] | None = None) -> Totals:
        totals = Totals()
        for row in self.grants if rows is None else rows:
            totals.add(row)
        return totals

    def grants_of(self, case_number: str) -> list[GrantRow]:
        """The grants a decision itself proposes or makes (its own page lists them)."""
        return self.links[("decision-own", case_number)].grants

    def transfers_of(self, case_number: str) -> list[TransferRow]:
        """The transfers between municipal bodies a decision itself proposes or makes."""
        return self.links[("decision-own", case_number)].transfers

    # --- indexing ---------------------------------------------------------------------
    def _link(self, kind: str, record_id: str | None) -> Links | None:
        return self.links[(kind, record_id)] if record_id else None

    def _index(self) -> None:
        for decision in self.decisions_newest_first():
            self._index_decision(decision)
        for entry in self.entries["partnership"].values():
            partnership, partnership_id = entry.record, entry.id
            refs = [("body", partnership.public_party), ("programme", partnership.programme)]
            refs += [("organisation", org) for org in partnership.partners]
            refs += [("decision", case) for agreement in partnership.agreements for case in agreement.cases]
            refs += [("decision", partnership.guidelines)]
            for kind, ref in refs:
                links = self._link(kind, ref)
                if links is not None and partnership_id not in links.partnerships:
                    links.partnerships.append(partnership_id)
        for entry in self.entries["programme"].values():
            programme, programme_id = entry.record, entry.id
            for participant in programme.participants:
                for kind, ref in (("organisation", participant.organisation), ("body", participant.body)):
                    links = self._link(kind, ref)
                    if links is not None and programme_id not in links.programmes:
                        links.programmes.append(programme_id)
            for related in programme.related:
                self.links[("programme", related.programme)].programmes.append(programme_id)
        for entry in self.entries["body"].values():
            if entry.record.parent:
                self.links[("body", entry.record.parent)].bodies.append(entry.id)

    def _index_decision(self, decision: Decision) -> None:
        for kind, ref in (
            ("body", decision.body),
            ("body", decision.administration),
            ("partnership", decision.partnership),
        ):
            links = self._link(kind, ref)
            if links is not None:
                links.add_decision(decision)
        for related in decision.related_cases:
            self.links[("decision", related.case)].add_decision(decision)
        for step in decision.planning:
            self.links[("body", step.body)].add_decision(decision)
        for recipient in decision.sent_to:
            if recipient.organisation:
                self.links[("organisation", recipient.organisation)].add_decision(decision)
        for index, grant in enumerate(decision.grants):
            row = GrantRow(decision, index, grant)
            self.grants.append(row)
            self.links[("decision-own", decision.case_number)].grants.append(row)
            for kind, ref in (
                ("organisation", grant.recipient),
                ("programme", grant.programme),
                ("partnership", grant.partnership),
                ("body", decision.body),
            ):
                links = self._link(kind, ref)
                if links is not None:
                    links.grants.append(row)
                    links.totals.add(row)
                    links.add_decision(decision)
        for index, transfer in enumerate(decision.transfers):
            row = TransferRow(decision, index, transfer)
            self.transfers.append(row)
            self.links[("decision-own", decision.case_number)].transfers.append(row)
            refs = [transfer.from_body, transfer.to_body] + ([transfer.pool.body] if transfer.pool else [])
            for ref in dict.fromkeys(refs):
                self.links[("body", ref)].transfers.append(row)
                self.links[("body", ref)].add_decision(decision)
            for earmark in transfer.earmarks:
                self.links[("programme", earmark.programme)].transfers.append(row)
                self.links[("programme", earmark.programme)].add_decision(decision)

"""The validated register and everything derived from it once: links both ways, grants, totals.

Pages, listings and exports read from here; nothing else derives these facts again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from register.core.conflicts import Conflict, decision_conflicts, partnership_conflicts
from register.core.model import Body, Decision, NamedRecord, Organisation, Partnership, Programme, Record
from register.core.money_rows import GrantRow, Totals, TransferRow
from register.core.records import Entries, Entry, R, records_of
from register.core.status import GRANT_STATUS

__all__ = ["GRANT_STATUS", "DecisionMoney", "GrantRow", "Links", "Register", "Totals", "TransferRow"]


def newest_first_key(decision: Decision) -> tuple[bool, int, int, int, str]:
    """Key for `sorted(..., reverse=True)`: the newest memo date first, then the newest case
    number (year, then serial number); decisions without a known date last."""
    memo = decision.memo_date
    _, year, serial = ([*decision.case_number.split("-"), "", ""])[:3]
    number = (int(year), int(serial)) if year.isdigit() and serial.isdigit() else (0, 0)
    return (memo is not None, memo.toordinal() if memo else 0, *number, decision.case_number)


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
class DecisionMoney:
    """The grants and transfers a decision itself proposes or makes, and their totals."""

    grants: list[GrantRow] = field(default_factory=list)
    transfers: list[TransferRow] = field(default_factory=list)
    totals: Totals = field(default_factory=Totals)


@dataclass
class Register:
    entries: Entries
    grants: list[GrantRow]
    transfers: list[TransferRow]
    # One Links per record, made before indexing: a key that is not a record (a misspelt kind
    # or id) raises KeyError instead of quietly answering with an empty list.
    links: dict[tuple[str, str], Links]
    own: dict[str, DecisionMoney]
    has_minutes: bool = False  # whether any decision's outcome (from the minutes) is registered

    @classmethod
    def build(cls, entries: Entries) -> Register:
        links = {(kind, record_id): Links() for kind, by_id in entries.items() for record_id in by_id}
        own = {case_number: DecisionMoney() for case_number in entries["decision"]}
        register = cls(entries, [], [], links, own)
        register._index()
        return register

    # --- access -----------------------------------------------------------------------
    def records(self, kind: str) -> list[Any]:  # Any: each kind has its own record class
        return [entry.record for entry in self.entries[kind].values()]

    def get(self, kind: str, record_id: str) -> Record:
        return self.entries[kind][record_id].record

    def get_as(self, kind: str, record_id: str, model: type[R]) -> R:
        record = self.get(kind, record_id)
        if not isinstance(record, model):
            raise TypeError(f"{kind} {record_id}: väntade {model.__name__}, fick {type(record).__name__}")
        return record

    def decision(self, case_number: str) -> Decision:
        return self.get_as("decision", case_number, Decision)

    def organisation(self, record_id: str) -> Organisation:
        return self.get_as("organisation", record_id, Organisation)

    def programme(self, record_id: str) -> Programme:
        return self.get_as("programme", record_id, Programme)

    def partnership(self, record_id: str) -> Partnership:
        return self.get_as("partnership", record_id, Partnership)

    def body(self, record_id: str) -> Body:
        return self.get_as("body", record_id, Body)

    def named(self, kind: str, record_id: str) -> NamedRecord:
        """An organisation, programme, partnership or body (every kind but decisions has a name)."""
        return self.get_as(kind, record_id, NamedRecord)

    def name_of(self, kind: str, record_id: str) -> str:
        """What a reader calls the record: a decision's case number, else its name."""
        record = self.get(kind, record_id)
        if isinstance(record, Decision):
            return record.case_number
        assert isinstance(record, NamedRecord)
        return record.name

    def entry(self, kind: str, record_id: str) -> Entry:
        return self.entries[kind][record_id]

    def links_of(self, kind: str, record_id: str) -> Links:
        return self.links[(kind, record_id)]

    def decisions_concerning(self, kind: str, record_id: str) -> list[Decision]:
        """Every decision that concerns a record, newest first, each once: those that link to it
        and, for a partnership, the cases its agreements were decided in."""
        found = {id(d): d for d in self.links_of(kind, record_id).decisions}
        if kind == "partnership":
            for agreement in self.partnership(record_id).agreements:
                for case in agreement.cases:
                    decision = self.decision(case)
                    found.setdefault(id(decision), decision)
        return self.decisions_newest_first(list(found.values()))

    def decisions_newest_first(self, decisions: list[Decision] | None = None) -> list[Decision]:
        """The one order of decisions on every list: newest memo date first, then case number
        (newest first); a decision with no known date comes last."""
        chosen = self.records("decision") if decisions is None else decisions
        return sorted(chosen, key=newest_first_key, reverse=True)

    def totals(self, rows: list[GrantRow] | None = None) -> Totals:
        totals = Totals()
        for row in self.grants if rows is None else rows:
            totals.add(row)
        return totals

    def grants_of(self, case_number: str) -> list[GrantRow]:
        """The grants a decision itself proposes or makes (its own page lists them)."""
        return self.own[case_number].grants

    def transfers_of(self, case_number: str) -> list[TransferRow]:
        """The transfers between municipal bodies a decision itself proposes or makes."""
        return self.own[case_number].transfers

    def decision_totals(self, case_number: str) -> Totals:
        """The money a decision itself proposes, grants or refuses, by status."""
        return self.own[case_number].totals

    def agreement_cases(self, partnership_id: str) -> dict[str, Decision]:
        """The registered decisions a partnership's agreements name, by case number."""
        known = self.entries["decision"]
        partnership = self.partnership(partnership_id)
        return {c: self.decision(c) for a in partnership.agreements for c in a.cases if c in known}

    def conflicts_of(self, kind: str, record_id: str) -> list[Conflict]:
        """Where the sources disagree about a decision's or a partnership's values."""
        if kind == "partnership":
            return partnership_conflicts(record_id, self.partnership(record_id))
        if kind == "decision":
            named_in = [(p, self.partnership(p)) for p in self.links_of("decision", record_id).partnerships]
            return decision_conflicts(self.decision(record_id), named_in)
        return []

    # --- indexing ---------------------------------------------------------------------
    def _link(self, kind: str, record_id: str | None) -> Links | None:
        return self.links[(kind, record_id)] if record_id else None

    def _index(self) -> None:
        for decision in self.decisions_newest_first():
            self._index_decision(decision)
        for partnership_id, partnership in records_of(self.entries, "partnership", Partnership):
            refs = [("body", partnership.public_party), ("programme", partnership.programme)]
            refs += [("organisation", org) for org in partnership.partners]
            refs += [("decision", case) for agreement in partnership.agreements for case in agreement.cases]
            refs += [("decision", partnership.guidelines)]
            for kind, ref in refs:
                links = self._link(kind, ref)
                if links is not None and partnership_id not in links.partnerships:
                    links.partnerships.append(partnership_id)
        self._index_partnership_cases()
        for programme_id, programme in records_of(self.entries, "programme", Programme):
            for participant in programme.participants:
                for kind, ref in (("organisation", participant.organisation), ("body", participant.body)):
                    links = self._link(kind, ref)
                    if links is not None and programme_id not in links.programmes:
                        links.programmes.append(programme_id)
            for related in programme.related:
                others = self.links[("programme", related.programme)].programmes
                if programme_id not in others:
                    others.append(programme_id)
        for body_id, body in records_of(self.entries, "body", Body):
            if body.parent:
                self.links[("body", body.parent)].bodies.append(body_id)

    def _index_partnership_cases(self) -> None:
        """A programme's and a partner organisation's cases include every case of their
        partnerships (its agreements' cases and the decisions about it), newest first."""
        for partnership_id, partnership in records_of(self.entries, "partnership", Partnership):
            cases = [self.decision(c) for a in partnership.agreements for c in a.cases if c in self.entries["decision"]]
            cases += self.links[("partnership", partnership_id)].decisions
            subjects = [("organisation", org) for org in partnership.partners]
            subjects += [("programme", partnership.programme)] if partnership.programme else []
            for kind, ref in subjects:
                links = self.links[(kind, ref)]
                before = len(links.decisions)
                for case in cases:
                    links.add_decision(case)
                if len(links.decisions) != before:
                    links.decisions[:] = self.decisions_newest_first(links.decisions)

    def related_programmes(self, programme_id: str) -> list[tuple[str, str | None]]:
        """The programmes a programme hangs together with, once each: its own `related` with
        their relation first, then those that name it (relation None) in the register's order."""
        found: dict[str, str | None] = {}
        for related in self.programme(programme_id).related:
            found.setdefault(related.programme, related.relation)
        for other in self.links_of("programme", programme_id).programmes:
            if other != programme_id:
                found.setdefault(other, None)
        return list(found.items())

    def _index_decision(self, decision: Decision) -> None:
        if decision.outcome.status != "not_recorded":
            self.has_minutes = True
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
            self.own[decision.case_number].grants.append(row)
            self.own[decision.case_number].totals.add(row)
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
            moved = TransferRow(decision, index, transfer)
            self.transfers.append(moved)
            self.own[decision.case_number].transfers.append(moved)
            refs = [transfer.from_body, transfer.to_body] + ([transfer.pool.body] if transfer.pool else [])
            for ref in dict.fromkeys(refs):
                self.links[("body", ref)].transfers.append(moved)
                self.links[("body", ref)].add_decision(decision)
            for earmark in transfer.earmarks:
                self.links[("programme", earmark.programme)].transfers.append(moved)
                self.links[("programme", earmark.programme)].add_decision(decision)

"""Money checked against its own att-sats: the amount an att-sats states ("avsätter 650 000
kronor under 2025") equals the grants and transfers that cite it, per year where it names years.

A deliberate difference is said on the grant or transfer (`amount_difference_note`), never
silently; an att-sats that states money no grant or transfer cites is a warning (a human
judges whether the money belongs in the register).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from register.core.model import Decision, Grant, Transfer
from register.core.problems import Problem
from register.core.proposal_amounts import StatedAmount, by_year, stated_amounts, swedish_kronor
from register.core.records import Entries, Entry
from register.core.rules.common import decision_of, problem_at
from register.core.yamlfile import Loc, dotted

_QUOTE_LENGTH = 150
_NOTE = "amount_difference_note"


@dataclass(frozen=True)
class _Cited:
    loc: Loc
    item: Grant | Transfer

    @property
    def year(self) -> int | None:
        if self.item.budget_year is not None:
            return self.item.budget_year
        period = self.item.period if isinstance(self.item, Grant) else None
        if period and period.start and period.end and period.start.year == period.end.year:
            return period.start.year
        return None

    @property
    def name(self) -> str:
        return dotted(self.loc)


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= _QUOTE_LENGTH else f'"{text[: _QUOTE_LENGTH - 1].rstrip()}…"'


def _names(cited: list[_Cited]) -> str:
    return ", ".join(c.name for c in cited)


def _fix(number: int) -> str:
    return (
        f"rätta amount_sek efter att-satsen (en post per år och mottagare, alla med proposal: {number}), "
        f"eller skriv varför beloppen medvetet skiljer sig i {_NOTE} på posten"
    )


def _total_problems(entry: Entry, number: int, text: str, total: int, cited: list[_Cited]) -> Iterator[Problem]:
    given = sum(c.item.amount_sek or 0 for c in cited)
    if given != total:
        yield problem_at(
            entry,
            (*cited[0].loc, "amount_sek"),
            (
                f"beloppet stämmer inte med att-sats {number} ({_quote(text)}): att-satsen anger "
                f"{swedish_kronor(total)}, men {_names(cited)} ger {swedish_kronor(given)}; {_fix(number)}"
            ),
        )


def _yearly_problems(
    entry: Entry, number: int, text: str, years: dict[int, int], cited: list[_Cited]
) -> Iterator[Problem]:
    # A post with a year the att-sats does not name is said once, at its budget_year: the year
    # it leaves without money is then not said again.
    stray = [c for c in cited if c.year not in years]
    for year, expected in sorted(years.items()):
        in_year = [c for c in cited if c.year == year]
        given = sum(c.item.amount_sek or 0 for c in in_year)
        if not in_year and stray:
            continue
        if not in_year:
            yield problem_at(
                entry,
                cited[0].loc,
                (
                    f"att-sats {number} ({_quote(text)}) anger {swedish_kronor(expected)} för {year}, men "
                    f"ingen post med budget_year: {year} hänvisar till den; lägg till en post för {year} "
                    f"med proposal: {number} och årets belopp (en post per år), eller skriv varför i {_NOTE}"
                ),
            )
        elif given != expected:
            yield problem_at(
                entry,
                (*in_year[0].loc, "amount_sek"),
                (
                    f"beloppet för {year} stämmer inte med att-sats {number} ({_quote(text)}): att-satsen "
                    f"anger {swedish_kronor(expected)} för {year}, men {_names(in_year)} ger "
                    f"{swedish_kronor(given)}; {_fix(number)}"
                ),
            )
    named = ", ".join(str(y) for y in sorted(years))
    for item in stray:
        written = "inget budgetår" if item.year is None else f"budget_year: {item.year}"
        yield problem_at(
            entry,
            (*item.loc, "budget_year"),
            (
                f"att-sats {number} ({_quote(text)}) anger pengar för {named}, men posten har {written}; "
                f"skriv budget_year med ett av åren i att-satsen (en post per år)"
            ),
        )


def _mismatches(
    entry: Entry, number: int, text: str, amounts: list[StatedAmount], cited: list[_Cited]
) -> list[Problem]:
    years = by_year(amounts)
    if years is not None:
        return list(_yearly_problems(entry, number, text, years, cited))
    return list(_total_problems(entry, number, text, sum(a.amount_sek for a in amounts), cited))


def _decision_problems(entry: Entry, record: Decision) -> Iterator[Problem]:
    citing: dict[int, list[_Cited]] = {}
    items: list[_Cited] = [_Cited(("grants", i), g) for i, g in enumerate(record.grants)]
    items += [_Cited(("transfers", i), t) for i, t in enumerate(record.transfers)]
    for item in items:
        if item.item.proposal is not None:
            citing.setdefault(item.item.proposal, []).append(item)
    for index, proposal in enumerate(record.proposals):
        amounts = stated_amounts(proposal.text)
        cited = citing.get(proposal.number, [])
        if not amounts:
            continue
        if not cited:
            stated = swedish_kronor(sum(a.amount_sek for a in amounts))
            yield problem_at(
                entry,
                ("proposals", index, "text"),
                (
                    f"att-sats {proposal.number} anger {stated}, men ingen post under grants eller transfers "
                    f"hänvisar till den; lägg till medlen med proposal: {proposal.number}, eller kontrollera "
                    "att pengarna inte hör hemma i registret"
                ),
                "warning",
            )
            continue
        if any(c.item.amount_unknown for c in cited):
            continue  # the sources give no amount for part of it: nothing to add up
        problems = _mismatches(entry, proposal.number, proposal.text, amounts, cited)
        noted = [c for c in cited if (c.item.amount_difference_note or "").strip()]
        if problems and not noted:
            yield from problems
        elif noted and not problems:
            for item in noted:
                yield problem_at(
                    entry,
                    (*item.loc, _NOTE),
                    (
                        f"beloppen stämmer med att-sats {proposal.number}, så det finns ingen skillnad att "
                        f"förklara; ta bort {_NOTE}"
                    ),
                    "warning",
                )


def money_matches_proposals(entries: Entries, _: Path | None) -> Iterator[Problem]:
    """Every amount an att-sats states equals the grants and transfers that cite it."""
    for entry in entries["decision"].values():
        yield from _decision_problems(entry, decision_of(entry))

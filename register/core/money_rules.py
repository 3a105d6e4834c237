"""Rules on a decision's money: every decision says which of the three kinds of money it holds.

No money (`no_money` with the reason), money of unknown amount (`amount_unknown: true` on a
grant or transfer) or a known amount (`amount_sek`). The register never guesses from an empty
field: a record that leaves it unclear is refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from register.core.model import Decision, Grant, Transfer
from register.core.problems import Problem
from register.core.records import Entries, Entry
from register.core.yamlfile import dotted


def _problem(entry: Entry, loc: tuple[str | int, ...], message: str, severity: str = "error") -> Problem:
    line, column = entry.at(loc)
    return Problem(entry.path, line, column, dotted(loc), message, severity)  # type: ignore[arg-type]


def _amount_stated(entry: Entry, loc: tuple[str | int, ...], item: Grant | Transfer) -> Iterator[Problem]:
    if item.amount_sek is None and not item.amount_unknown:
        yield _problem(
            entry,
            (*loc, "amount_sek"),
            (
                "beloppet saknas; skriv det i amount_sek (bara siffror), eller amount_unknown: true om "
                "källorna visar att det fanns medel men inte anger beloppet"
            ),
        )
    elif item.amount_sek is not None and item.amount_unknown:
        yield _problem(
            entry,
            (*loc, "amount_unknown"),
            "amount_unknown: true och ett belopp i amount_sek går inte ihop; ta bort det ena",
        )


def _decision_money(entry: Entry, record: Decision) -> Iterator[Problem]:
    has_money = bool(record.grants or record.transfers)
    said = [name for name in ("no_money", "money_not_described") if (getattr(record, name) or "").strip()]
    if len(said) == 2:
        yield _problem(
            entry,
            ("money_not_described",),
            (
                "no_money och money_not_described går inte ihop: no_money när källan säger att ärendet inte "
                "gäller medel, money_not_described när källan inte säger något om medlen; behåll det ena"
            ),
        )
    if has_money and record.money_not_described is not None:
        yield _problem(
            entry,
            ("money_not_described",),
            "money_not_described går inte ihop med grants eller transfers; ta bort det ena",
        )
    if not has_money and not said:
        yield _problem(
            entry,
            ("grants",),
            (
                "ärendet säger inte vilka medel det gäller: lägg till grants eller transfers (med "
                "amount_unknown: true om beloppet är okänt), no_money med skälet, t.ex. "
                "'ärendet gäller riktlinjer, inte pengar', eller money_not_described om källorna inte "
                "säger något om ärendets medel"
            ),
        )
    if has_money and record.no_money is not None:
        yield _problem(
            entry, ("no_money",), "no_money går inte ihop med grants eller transfers; ta bort no_money eller medlen"
        )
    numbers = {p.number for p in record.proposals}
    for index, grant in enumerate(record.grants):
        yield from _amount_stated(entry, ("grants", index), grant)
        if grant.proposal is None and not record.known_only_by_reference:
            yield _problem(
                entry,
                ("grants", index),
                "proposal saknas; ange numret på att-satsen (förslag till beslut, punkt N) som ger medlen",
            )
        elif grant.proposal is not None and grant.proposal not in numbers:
            yield _problem(
                entry,
                ("grants", index, "proposal"),
                (f"att-sats {grant.proposal} finns inte under proposals; ange numret på att-satsen som ger medlen"),
            )
    for index, transfer in enumerate(record.transfers):
        yield from _amount_stated(entry, ("transfers", index), transfer)
        earmarked = sum(e.amount_sek for e in transfer.earmarks)
        if transfer.earmarks and transfer.amount_sek is not None and earmarked != transfer.amount_sek:
            yield _problem(
                entry,
                ("transfers", index, "earmarks"),
                (
                    f"fördelningen på verksamheter ({earmarked} kr) är inte lika med beloppet "
                    f"({transfer.amount_sek} kr); kontrollera mot källan"
                ),
                "warning",
            )


def money_is_stated(entries: Entries, _: Path | None) -> Iterator[Problem]:
    """Every decision holds no money (with why), money of unknown amount or known amounts."""
    for entry in entries["decision"].values():
        record = entry.record
        assert isinstance(record, Decision)
        yield from _decision_money(entry, record)

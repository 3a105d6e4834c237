"""The money a change moves, for `register diff`: every grant and transfer added, removed or
changed (recipient, programme, year, amount, status), and totals per year and per recipient
before → after, each status apart (a proposal is never added to a grant).

A grant is matched across the two sides by its decision, att-sats, recipient, programme and
year, so a new grant for 2026 is "tillagt" and a changed amount for 2025 is "ändrat": the right
and the wrong entry of "400 000 kronor per år 2025 och 2026" no longer look the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from register.core.money_rows import GrantRow, TransferRow
from register.core.registry import Register
from register.core.wording import MISSING
from register.site import formatting
from register.tools.review_text import md

ADDED, REMOVED, CHANGED = "tillagt", "borttaget", "ändrat"
TRANSFER_STATUS = {True: "beslutad", False: "inte beslutad"}


@dataclass(frozen=True)
class Money:
    """One grant or transfer as the review shows it."""

    case: str
    what: str  # "bidrag" or "överföring"
    recipient: str
    programme: str
    year: int | None
    amount: int | None
    status: str

    def amount_text(self) -> str:
        return formatting.kronor(self.amount) if self.amount is not None else "belopp okänt"


def _grant(register: Register, row: GrantRow) -> tuple[tuple[object, ...], Money]:
    grant = row.grant
    programme = register.name_of("programme", grant.programme) if grant.programme else MISSING
    key = ("grant", row.decision.case_number, grant.proposal, grant.recipient, grant.programme, grant.budget_year)
    money = Money(
        row.decision.case_number,
        row.kind_label,
        register.name_of("organisation", grant.recipient),
        programme,
        row.year,
        grant.amount_sek,
        row.status_label,
    )
    return key, money


def _transfer(register: Register, row: TransferRow) -> tuple[tuple[object, ...], Money]:
    item = row.transfer
    key = ("transfer", row.decision.case_number, item.proposal, item.from_body, item.to_body, item.budget_year)
    recipient = f"{register.name_of('body', item.from_body)} → {register.name_of('body', item.to_body)}"
    money = Money(
        row.decision.case_number,
        "överföring mellan kommunala organ",
        recipient,
        MISSING,
        item.budget_year,
        item.amount_sek,
        TRANSFER_STATUS[item.decided],
    )
    return key, money


def _all_money(register: Register) -> dict[tuple[object, ...], list[Money]]:
    found: dict[tuple[object, ...], list[Money]] = {}
    for key, money in [_grant(register, r) for r in register.grants] + [
        _transfer(register, r) for r in register.transfers
    ]:
        found.setdefault(key, []).append(money)
    return found


def money_changes(before: Register, after: Register) -> list[tuple[str, Money | None, Money | None]]:
    """(what happened, before, after) for every grant and transfer that differs."""
    old, new = _all_money(before), _all_money(after)
    found: list[tuple[str, Money | None, Money | None]] = []
    for key in [*new, *(k for k in old if k not in new)]:
        olds, news = old.get(key, []), new.get(key, [])
        for index in range(max(len(olds), len(news))):
            was = olds[index] if index < len(olds) else None
            now = news[index] if index < len(news) else None
            if was == now:
                continue
            found.append((ADDED if was is None else REMOVED if now is None else CHANGED, was, now))

    def order(row: tuple[str, Money | None, Money | None]) -> tuple[str, int, str]:
        money = row[2] or row[1]
        assert money is not None
        return (money.case, money.year or 0, money.recipient)

    return sorted(found, key=order)


def _cell(was: str | None, now: str | None) -> str:
    if was is None or now is None or was == now:
        return md(now if now is not None else was or "")
    return f"{md(was)} → {md(now)}"


def money_table(before: Register, after: Register) -> list[str]:
    """The Markdown table of the grants and transfers that differ (empty when none does)."""
    rows = money_changes(before, after)
    if not rows:
        return []
    lines = [
        "| Ändring | Ärende | Slag | Mottagare | Verksamhet | År | Belopp | Status |",
        "| --- | --- | --- | --- | --- | --- | ---: | --- |",
    ]
    for change, was, now in rows:
        cells: list[str] = [change]
        for attribute in ("case", "what", "recipient", "programme"):
            cells.append(_cell(*(str(getattr(m, attribute)) if m else None for m in (was, now))))
        cells.append(_cell(*(str(m.year) if m and m.year else None for m in (was, now))) or md(MISSING))
        cells.append(_cell(*(m.amount_text() if m else None for m in (was, now))))
        cells.append(_cell(*(m.status if m else None for m in (was, now))))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _signed(amount: int) -> str:
    return ("+" if amount > 0 else "−" if amount < 0 else "±") + formatting.kronor(abs(amount))


def _sums(register: Register, by: Callable[[Money], str]) -> dict[tuple[str, str], int]:
    sums: dict[tuple[str, str], int] = {}
    for monies in _all_money(register).values():
        for money in monies:
            if money.amount is not None:
                key = (by(money), f"{money.what}, {money.status}")
                sums[key] = sums.get(key, 0) + money.amount
    return sums


def totals_table(before: Register, after: Register, heading: str, by: Callable[[Money], str]) -> list[str]:
    """Sums by `by` (a year or a recipient) and by kind and status, before → after: only the
    rows the change moves (the other sums are as they were)."""
    old, new = _sums(before, by), _sums(after, by)
    keys = sorted({k for k in (*old, *new) if old.get(k, 0) != new.get(k, 0)})
    if not keys:
        return []
    lines = [f"| {heading} | Slag och status | Före | Efter | Förändring |", "| --- | --- | ---: | ---: | ---: |"]
    for key in keys:
        was, now = old.get(key, 0), new.get(key, 0)
        lines.append(
            f"| {md(key[0])} | {md(key[1])} | {formatting.kronor(was)} | {formatting.kronor(now)} | {_signed(now - was)} |"
        )
    return lines


def by_year(money: Money) -> str:
    return str(money.year) if money.year else MISSING


def by_recipient(money: Money) -> str:
    return money.recipient

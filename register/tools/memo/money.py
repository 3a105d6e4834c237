"""Money in a memo: grants from the proposals, refusals, and transfers between municipal bodies.

A refusal ("avslår ansökan …") is never a grant. A sum for several years ("400 000 kronor per år
2025 och 2026") is one grant per year. What is taken from elsewhere than the proposal itself
(a budget year from the summary, a recipient named in another att-sats) is marked for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from register.core.fields import slug
from register.tools.memo.matching import Matcher

AMOUNT = r"(?P<number>\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:,\d+)?)\s*(?P<unit>miljoner\s+kronor|miljoner\s+SEK|mnkr|SEK|kronor|kr)\b"
_AMOUNT = re.compile(AMOUNT)
_YEARS = re.compile(
    r"^\s*(?:per\s+år|årligen)?\s*(?:under|för|år|budgetåret|åren)?\s*((?:\d{4})(?:\s*(?:,|och|samt|–|-)\s*\d{4})*)"
)
_PER_YEAR = re.compile(r"\b(?:per\s+år|årligen|vardera\s+året|om\s+året)\b")
_GRANT_VERBS = re.compile(r"\b(beviljar|avsätter|tilldelar|fördelar|anvisar)\b")
_REFUSAL = re.compile(r"\bavslår\b")
_NAMED_BEFORE_NUMBER = re.compile(r"((?:[A-ZÅÄÖ][\w-]*\s)+)\(\s*\d{6}\s?[-–]\s?\d{4}\s*\)")
_ORG_NUMBER_AFTER = re.compile(r"\s*\(\s*\d{6}\s?[-–]\s?\d{4}\s*\)\s*$")
_FORM = r"(?:organisationen|föreningen|stiftelsen)?\s*"
_RECIPIENT = re.compile(
    rf"\b(?:beviljar|tilldelar|fördelar|anvisar)\s+{_FORM}(?P<name>(?!\d).+?)"
    rf"(?:\s+(?:ett\s+)?(?:bidrag|organisationsbidrag|stöd)\s+(?:om|på|med))?\s+{AMOUNT}"
)
_RECIPIENT_AFTER = re.compile(
    rf"\b(?:beviljar|tilldelar|fördelar|anvisar)\s+{AMOUNT}\s+(?:i\s+bidrag\s+)?till\s+{_FORM}"
    r"(?P<name>[A-ZÅÄÖ].*?)(?=\s+för\s|\s+under\s|\s+år\s|[.,;]|$)"
)


def amount_sek(number: str, unit: str) -> int:
    if "milj" in unit or unit == "mnkr":
        return round(float(number.replace(",", ".")) * 1_000_000)
    return int(re.sub(r"\D", "", number))


def years_after(text: str) -> tuple[list[int], int]:
    """The budget years written right after an amount, and where the year phrase ends."""
    match = _YEARS.match(text)
    if not match or not match.group(1):
        return [], 0
    numbers = [int(y) for y in re.findall(r"\d{4}", match.group(1))]
    if len(numbers) == 2 and re.search(r"\d{4}\s*[–-]\s*\d{4}", match.group(1)):
        numbers = list(range(numbers[0], numbers[1] + 1))
    return numbers, match.end()


@dataclass
class Drafted:
    """A part of the draft: its value, review comments by path within it, and notes for the report."""

    value: Any
    comments: dict[tuple[Any, ...], str] = field(default_factory=dict)


@dataclass
class GrantFinding:
    grants: list[Drafted] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    unmatched: list[tuple[str, str]] = field(default_factory=list)  # (as written, context)
    unreadable: list[str] = field(default_factory=list)
    matches: list[str] = field(default_factory=list)


def grants_from(proposals: list[tuple[int, str]], summary: str, matcher: Matcher) -> GrantFinding:
    found = GrantFinding()
    for number, text in proposals:
        if _REFUSAL.search(text):
            found.refusals.append(f"att-sats {number}: {text}")
            continue
        amount = _AMOUNT.search(text)
        if not _GRANT_VERBS.search(text) or not amount:
            continue
        found.grants.extend(_grants_of(number, text, amount, proposals, summary, matcher, found))
    return found


def _grants_of(
    number: int,
    text: str,
    amount: re.Match[str],
    proposals: list[tuple[int, str]],
    summary: str,
    matcher: Matcher,
    found: GrantFinding,
) -> list[Drafted]:
    comments: dict[tuple[Any, ...], str] = {}
    recipient, written, source, named_end = _recipient(number, text, proposals, matcher, found)
    if recipient is None:
        return []
    if source != number:
        comments[("recipient",)] = f"mottagaren står i att-sats {source}, inte i att-sats {number}"
    grant: dict[str, Any] = {"proposal": number, "kind": "grant", "recipient": recipient}
    grant["recipient_as_written"] = written
    about = text + " " + dict(proposals).get(source, "")
    iop = re.search(r"partnerskap|överenskommelse|\bIOP\b", about, re.IGNORECASE)
    grant["kind"] = "iop_funding" if iop else "grant"
    comments[("kind",)] = "slaget är härlett ur orden i att-satsen" + (" (partnerskap, överenskommelse)" if iop else "")
    programmes = matcher.mentioned("programme", text) or matcher.mentioned("programme", dict(proposals).get(source, ""))
    if len(programmes) == 1:
        grant["programme"] = programmes[0].id
        comments[("programme",)] = f"matchad på {programmes[0].on} '{programmes[0].as_written}'"
    partnership = matcher.partnership_for(recipient, grant.get("programme"))
    if partnership:
        grant["partnership"] = partnership
        comments[("partnership",)] = "partnerskapet har samma part och verksamhet; kontrollera att medlen gäller det"
    grant["amount_sek"] = amount_sek(amount.group("number"), amount.group("unit"))
    years, end = years_after(text[amount.end() :])
    rest = text[max(amount.end() + end, named_end) :]
    if not years:  # "beviljar 75 000 kronor till X under 2025": the year after the name
        years, end = years_after(rest)
        rest = rest[end:]
    purpose = re.match(r"\s*(?:för|till)\s+(.+?)\.?$", rest)
    if purpose:
        grant["purpose"] = purpose.group(1)
    if not years:
        stated = sorted(set(re.findall(r"budgetåret\s+(\d{4})", summary)))
        if len(stated) == 1:
            years = [int(stated[0])]
            comments[("budget_year",)] = "budgetåret står i sammanfattningen, inte i att-satsen"
    per_year = len(years) > 1 and bool(_PER_YEAR.search(text))
    drafted = []
    each: list[int | None] = list(years) if per_year else [*years[:1]] or [None]
    for year in each:
        one = dict(grant)
        if year is not None and (len(years) == 1 or per_year):
            one["budget_year"] = year
        drafted.append(Drafted(_ordered(one), dict(comments)))
    if len(years) > 1 and not per_year:
        drafted[0].comments[("amount_sek",)] = "beloppet gäller flera år utan 'per år': dela upp det efter källan"
    return drafted


GRANT_ORDER: tuple[str, ...] = ("proposal", "kind", "recipient", "recipient_as_written", "programme", "partnership")
GRANT_ORDER += ("amount_sek", "budget_year", "purpose")


def _ordered(grant: dict[str, Any]) -> dict[str, Any]:
    return {key: grant[key] for key in GRANT_ORDER if key in grant}


def _recipient(
    number: int, text: str, proposals: list[tuple[int, str]], matcher: Matcher, found: GrantFinding
) -> tuple[str | None, str | None, int, int]:
    """(record id, name as written, att-sats it stands in, where the name ends in `text`).

    Money given (beviljar) names its recipient in the same att-sats, before or after the amount;
    money set aside (avsätter) for an agreement takes the party named in another att-sats."""
    named = _RECIPIENT.search(text) or _RECIPIENT_AFTER.search(text)
    if named:
        candidates = [(number, _ORG_NUMBER_AFTER.sub("", named.group("name")).strip(), text)]
    elif re.search(r"\bavsätter\b", text):
        candidates = []
        for source, words in [(number, text)] + [(n, t) for n, t in proposals if n != number]:
            before = _NAMED_BEFORE_NUMBER.search(words)
            if before:
                candidates.append((source, before.group(1).strip(), words))
    else:
        candidates = []
    if not candidates:
        found.unreadable.append(f"att-sats {number}: mottagaren kunde inte läsas; lägg in bidraget för hand")
        return None, None, number, 0
    source, written, words = candidates[0]
    end = named.end("name") if named else 0
    match = matcher.organisation(written, words)
    if match:
        found.matches.append(f"att-sats {number}: mottagaren '{written}' matchad på {match.on} → {match.id}")
        return match.id, written, source, end
    found.unmatched.append((written, words))
    return slug(written), written, source, end

"""Transfers between municipal bodies where the memo states them: "Kommunstyrelsen har enligt
beslutet tillfört arbetsmarknads- och socialnämnden 1 300 000 SEK i kommunbidraget för
budgetåret 2022 …". Both bodies must be in the register; the pool the money comes from, its
purpose and the earmarks per programme are read from the same paragraph."""

from __future__ import annotations

import re
from typing import Any

from register.tools.memo.matching import Matcher
from register.tools.memo.money import AMOUNT, Drafted, amount_sek

_TRANSFER = re.compile(
    rf"(?P<from>[A-ZÅÄÖ][\w\- ]*?)\s+har\s+(?P<how>enligt beslutet\s+)?(?:tillfört|överfört|fört över)\s+"
    rf"(?P<to>[\w\- ]+?)\s+{AMOUNT}(?P<rest>[^.]*)"
)
_POOL = re.compile(rf"totalt\s+{AMOUNT},?\s+(?:har\s+)?avsatts\s+i\s+(?P<name>[^.]+)")
_EARMARK = re.compile(rf"(?P<name>[A-ZÅÄÖ][\w-]*(?:\s[A-ZÅÄÖ][\w-]*)*)\s+\({AMOUNT}\)")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def sentences(paragraph: str) -> list[str]:
    return _SENTENCES.split(paragraph)


def transfers_from(paragraphs: list[str], matcher: Matcher) -> list[Drafted]:
    every = [s for p in paragraphs for s in sentences(p)]
    decided_sentences = [s for s in every if re.search(r"\bbeslutade\s+enligt\s+förslaget\b", s)]
    drafted: list[Drafted] = []
    for paragraph in paragraphs:
        for sentence in sentences(paragraph):
            found = _TRANSFER.search(sentence)
            if not found:
                continue
            source = matcher.by_name("body", found.group("from"))
            target = matcher.by_name("body", found.group("to"))
            if source is None or target is None:
                continue
            transfer: dict[str, Any] = {"from_body": source.id, "to_body": target.id}
            transfer["amount_sek"] = amount_sek(found.group("number"), found.group("unit"))
            year = re.search(r"budgetåret\s+(\d{4})", found.group("rest"))
            if year:
                transfer["budget_year"] = int(year.group(1))
            transfer["kind"] = "kommunbidrag"
            comments: dict[tuple[Any, ...], str] = {}
            if "kommunbidrag" not in found.group("rest"):
                comments[("kind",)] = "källan säger inte att det är kommunbidrag; kontrollera"
            decided = bool(found.group("how")) or bool(decided_sentences)
            transfer["decided"] = decided
            comments[("decided",)] = "true för att källan skriver 'enligt beslutet' eller 'beslutade'"
            if decided:
                quoted = [s for s in decided_sentences if s != sentence] + [sentence]
                transfer["decided_note"] = " och ".join(f'"{s}"' for s in quoted)
            pool = _pool(paragraphs, matcher)
            if pool:
                transfer["pool"] = pool
                comments[("pool",)] = "medlen som överföringen tas ur, ur samma stycke; kontrollera"
            earmarks = _earmarks(found.group("rest"), matcher)
            if earmarks:
                transfer["earmarks"] = earmarks
            drafted.append(Drafted(transfer, comments))
    return drafted


def _pool(paragraphs: list[str], matcher: Matcher) -> dict[str, Any] | None:
    for paragraph in paragraphs:
        found = _POOL.search(paragraph)
        if not found:
            continue
        name = found.group("name").strip()
        owner = matcher.by_name("body", name.split()[0].removesuffix("s"))  # "kommunstyrelsens anslag"
        if owner is None:
            return None
        pool: dict[str, Any] = {"name": name[:1].upper() + name[1:], "body": owner.id}
        pool["amount_sek"] = amount_sek(found.group("number"), found.group("unit"))
        year = re.search(r"budget\w*\s+för\s+(\d{4})", paragraph)
        if year:
            pool["budget_year"] = int(year.group(1))
        quote = re.search(r"(”[^”]+”)", paragraph)
        if quote:
            pool["purpose"] = quote.group(1)
        return pool
    return None


def _earmarks(rest: str, matcher: Matcher) -> list[dict[str, Any]]:
    earmarks = []
    for found in _EARMARK.finditer(rest):
        programme = matcher.by_name("programme", found.group("name"))
        if programme is None:
            return []  # one unknown: the split cannot be checked, leave it to the editor
        earmarks.append(
            {"programme": programme.id, "amount_sek": amount_sek(found.group("number"), found.group("unit"))}
        )
    return earmarks

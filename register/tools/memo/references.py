"""What a memo says about other cases, and values it states twice in different ways.

A case number is found as written (`ASN 2022-16170`, `ASN-2019-17494`, `ärende 2018-1233`) and
written in canonical form; a number without a prefix is the one decision in the register that
ends that way, or is listed for the editor. Two different periods for one thing become claims
with where each is stated, for the editor to copy (see CONTRIBUTING: När källorna säger olika).
"""

from __future__ import annotations

import re
from typing import Any

from register.core.identifiers import canonical_case_number
from register.tools.memo.matching import Matcher
from register.tools.memo.money import Drafted
from register.tools.memo.parts import Memo
from register.tools.memo.transfers import sentences

_CASE = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,6})[ -](\d{4})-(\d{1,6})(?![\d-])")
_BARE_CASE = re.compile(r"(?<![\w-])(ärende(?:t|nummer)?|dnr|diarienummer)\s+(\d{4})-(\d{1,6})(?![\d-])", re.IGNORECASE)
_PERIOD = re.compile(r"perioden\s+(\d{4}-\d{2}-\d{2})\s+(?:till|–|-)\s+(\d{4}-\d{2}-\d{2})")


def places(memo: Memo) -> list[tuple[str, str]]:
    """(where, text) for every paragraph of the memo, in reading order."""
    found = [("i sammanfattningen", text) for text in memo.part("summary")]
    found += [("i förslaget till beslut", text) for text in memo.part("proposals")]
    found += [
        ("i titeln på en bilaga i beslutsunderlaget", re.sub(r"^[-–•]\s*", "", text)) for text in memo.part("basis")
    ]
    for section in memo.sections:
        found += [(f"i avsnittet {section.heading}", text) for text in section.paragraphs]
    return found


class Related:
    def __init__(self) -> None:
        self.found: list[Drafted] = []
        self.notes: list[str] = []


def related_cases(memo: Memo, own: str, matcher: Matcher) -> Related:
    related = Related()
    seen = {own}
    decisions = set(matcher.entries["decision"])
    for where, text in places(memo):
        hits: list[tuple[int, str, str | None]] = [
            (m.start(), m.group(0), canonical_case_number(m.group(0))) for m in _CASE.finditer(text)
        ]
        for bare in _BARE_CASE.finditer(text):
            suffix = f"-{bare.group(2)}-{int(bare.group(3))}"
            ends = sorted(d for d in decisions if d.endswith(suffix))
            hits.append((bare.start(), bare.group(0), ends[0] if len(ends) == 1 else None))
        for _, written, case in sorted(hits):
            if case is None or case in seen:
                if case is None and written not in seen:
                    seen.add(written)
                    related.notes.append(
                        f"'{written}' {where} saknar prefix eller matchar flera ärenden; lägg in det för hand"
                    )
                continue
            seen.add(case)
            if case not in decisions:
                related.notes.append(
                    f"ärendet {case} (skrivet '{written}') nämns {where} men finns inte i registret; "
                    f"skapa data/decisions/{case}.yml med known_only_by_reference: true och lägg sedan till det"
                )
                continue
            sentence = next((s for s in sentences(text) if written in s), text)
            value: dict[str, Any] = {"case": case, "as_written": written, "relation": f'Nämns {where}, "{sentence}"'}
            comments = {("relation",): "skriv med egna ord hur ärendena hänger ihop"}
            if not _CASE.fullmatch(written):
                comments[("case",)] = "diarienumret står utan prefix; det är det enda ärendet i registret som slutar så"
            related.found.append(Drafted(value, comments))
    return related


def date_claims(memo: Memo, proposals: list[tuple[int, str]]) -> list[str]:
    """Notes for periods that the memo states with different start or end dates."""
    stated: list[tuple[str, str, str]] = []
    for text in memo.part("summary"):
        stated += [(m.group(1), m.group(2), "Sammanfattning") for m in _PERIOD.finditer(text)]
    for number, text in proposals:
        stated += [(m.group(1), m.group(2), f"Förslag till beslut, att-sats {number}") for m in _PERIOD.finditer(text)]
    for section in memo.sections:
        for text in section.paragraphs:
            stated += [(m.group(1), m.group(2), section.heading) for m in _PERIOD.finditer(text)]
    notes = []
    for index, name in ((0, "start"), (1, "end")):
        values: dict[str, list[str]] = {}
        for claim in stated:
            where = values.setdefault(claim[index], [])
            if claim[2] not in where:
                where.append(claim[2])
        if len(values) > 1:
            lines = "".join(f"\n    - value: {v}\n      where: {' och '.join(w)}" for v, w in values.items())
            notes.append(
                f"tjänsteskrivelsen anger olika {'startdatum' if name == 'start' else 'slutdatum'} för perioden; "
                f"skriv båda i partnerskapets överenskommelse (period.{name}_claims):{lines}"
            )
    return notes

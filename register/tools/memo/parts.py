"""Split a memo's blocks into its parts, by the fixed shape of a tjänsteskrivelse.

Datum, Vår referens, the title and the case number come first; then the labelled parts
(Sammanfattning, Förslag till beslut, Beslutsunderlag, Beslutsplanering, Beslutet skickas till),
then Ärendet with its sections, and last Ansvariga. A label is found by its words, whether the
conversion made it a heading, a bold line or a plain line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from register.core.identifiers import canonical_case_number
from register.tools.memo.blocks import Block

LABELS = {
    "datum": "date",
    "vår referens": "reference",
    "sammanfattning": "summary",
    "förslag till beslut": "proposals",
    "beslutsunderlag": "basis",
    "beslutsplanering": "planning",
    "beslutet skickas till": "sent_to",
    "ärendet": "case",
    "ansvariga": "responsible",
}
DOCUMENT_TYPES = {"tjänsteskrivelse"}
# Headings of the memo template that stand directly under Ärendet, whatever the conversion kept.
TEMPLATE_HEADINGS = {
    "förvaltningens överväganden",
    "barnperspektiv",
    "jämställdhetsperspektiv",
    "ekonomiska konsekvenser",
    "miljöperspektiv",
}
_CASE_LINE = re.compile(
    r"^(?:(?:diarienummer|dnr|ärendenummer)\.?:?\s*)?([A-ZÅÄÖ]{2,6}[ -]\d{4}-\d{1,6})$", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?;,]$")


@dataclass
class SectionPart:
    heading: str
    level: int
    paragraphs: list[str] = field(default_factory=list)
    level_inferred: bool = False


@dataclass
class Memo:
    """The parts of one memo, as written (nothing interpreted yet)."""

    header: list[str] = field(default_factory=list)  # before the first labelled part
    parts: dict[str, list[str]] = field(default_factory=dict)
    sections: list[SectionPart] = field(default_factory=list)
    case_as_written: str | None = None
    title: str | None = None

    def part(self, name: str) -> list[str]:
        return self.parts.get(name, [])


def _label(block: Block) -> str | None:
    return LABELS.get(block.text.rstrip(":").strip().lower())


def split_memo(found: list[Block]) -> Memo:
    memo = Memo()
    current: str | None = None
    in_case = False
    for block in found:
        label = _label(block)
        if in_case and label != "responsible":
            _add_to_case(memo, block)
            continue
        if label:
            current = label
            in_case = label == "case"
            if in_case:
                memo.sections.append(SectionPart(block.text, 2))
            memo.parts.setdefault(label, [])
            continue
        if current in (None, "date", "reference") and _is_header_line(memo, current, block):
            memo.header.append(block.text)
            continue
        memo.parts.setdefault(current or "header", []).append(block.text)
    _title_and_case(memo)
    return memo


def _is_header_line(memo: Memo, current: str | None, block: Block) -> bool:
    """Date and reference take a few lines; what follows them before Sammanfattning is the title."""
    taken = len(memo.part(current)) if current else 0
    if current == "date" and taken == 0:
        return False
    if current == "reference":
        lines = memo.part("reference")
        if not lines or (len(lines) < 3 and "@" not in " ".join(lines)):
            return False
    return True


def _title_and_case(memo: Memo) -> None:
    """The case number is the header line that is one (after "Dnr" or not); the title is the rest."""
    title: list[str] = []
    for line in memo.header:
        case = _CASE_LINE.match(line)
        if case and memo.case_as_written is None and canonical_case_number(case.group(1)):
            memo.case_as_written = case.group(1)
        elif line.lower() not in DOCUMENT_TYPES:
            title.append(line)
    memo.title = " ".join(title) or None


def _add_to_case(memo: Memo, block: Block) -> None:
    sections = memo.sections
    if block.is_heading or _looks_like_heading(block.text):
        level, inferred = _level(sections, block)
        sections.append(SectionPart(block.text, level, level_inferred=inferred))
    else:
        sections[-1].paragraphs.append(block.text)


def _looks_like_heading(text: str) -> bool:
    """A plain line that is a heading: short, no sentence end, not a list item or a number."""
    return (
        len(text) <= 90
        and not _SENTENCE_END.search(text)
        and text[:1].isupper()
        and not re.match(r"^(?:[-–•]|\d+[.)])\s", text)
        and len(text.split()) <= 10
    )


def _level(sections: list[SectionPart], block: Block) -> tuple[int, bool]:
    """The heading's level as written; for a plain line, inferred from the sections before it.

    A template heading stands under Ärendet (3). Another heading stands one level under the last
    heading that had no text of its own or was a template heading (a group), else under Ärendet."""
    if block.is_heading:
        return max(2, min(block.level, 4)), False
    if block.text.lower() in TEMPLATE_HEADINGS:
        return 3, True
    for section in reversed(sections[1:]):
        if not section.paragraphs or section.heading.lower() in TEMPLATE_HEADINGS:
            return min(section.level + 1, 4), True
    return 3, True

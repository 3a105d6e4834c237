"""A memo's text as blocks: headings (with their level) and paragraphs, markup removed.

Conversions leave marks of their own: Markdown-like headings (`## Datum`), bold runs glued
together (`**Tjänsteskrivelse****Fördelning …**`), emphasis inside sentences, and paragraphs cut
by a page break (`… samt ökad` / `kunskap om …`). Here all of them become the same plain blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_SENTENCE_END = re.compile(r"[.!?:;”\"»)]$")
_LIST_ITEM = re.compile(r"^(?:[-–•]\s+|\d+[.)]\s+)")


@dataclass(frozen=True)
class Block:
    """A heading (level 1–6) or a paragraph (level 0), its text without markup."""

    level: int
    text: str

    @property
    def is_heading(self) -> bool:
        return self.level > 0


def plain(text: str) -> str:
    """Text without emphasis marks and with single spaces."""
    return re.sub(r"\s+", " ", text.replace("*", "")).strip()


def blocks(text: str) -> list[Block]:
    text = text.replace("\r\n", "\n").replace("\u00a0", " ").replace("****", "**\n\n**")
    found: list[Block] = []
    for raw in text.split("\n"):
        heading = _HEADING.match(raw.strip())
        if heading:
            words = plain(heading.group(2))
            if words:
                found.append(Block(len(heading.group(1)), words))
            continue
        words = plain(raw)
        if not words:
            continue
        previous = found[-1] if found else None
        if previous and _continues(previous, words):
            found[-1] = Block(0, f"{previous.text} {words}")
        else:
            found.append(Block(0, words))
    return found


def _continues(previous: Block, words: str) -> bool:
    """A paragraph cut by a page break: the first part has no sentence end, the rest starts in lower case."""
    return (
        not previous.is_heading
        and len(previous.text.split()) >= 5  # a name, a title or a date line is never cut
        and not _LIST_ITEM.match(previous.text)
        and not _LIST_ITEM.match(words)
        and not _SENTENCE_END.search(previous.text)
        and words[:1].islower()
    )

"""Read a memo file into text: one paragraph per line, blank lines between, headings as `#` lines.

Plain text and Markdown are read as they are. A Word file (its first page's header, body and tables) keeps its heading styles (`Heading 2`
becomes `## …`) and bold or italic runs (`**…**`, `*…*`), so the same parser reads every format.
A PDF has only its text layer: lines are grouped into paragraphs by the space between them, and
a bold line in a larger font than the body text is a heading, its level by the size's rank.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

SUFFIXES = (".txt", ".md", ".docx", ".pdf")


class MemoReadError(Exception):
    """Why a file could not be read, in Swedish."""


def read_memo_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise MemoReadError(
            f"{path}:1:1: filtypen {suffix or '(ingen)'} kan inte läsas; spara tjänsteskrivelsen som .docx, .pdf, .txt eller .md"
        )
    if not path.is_file():
        raise MemoReadError(f"{path}:1:1: filen finns inte; kontrollera sökvägen")
    try:
        if suffix == ".docx":
            return _docx_text(path)
        if suffix == ".pdf":
            return _pdf_text(path)
        return path.read_text(encoding="utf-8-sig")
    except MemoReadError:
        raise
    except Exception as error:  # a damaged file: say so, never a traceback
        raise MemoReadError(
            f"{path}:1:1: filen kunde inte läsas ({type(error).__name__}); spara den på nytt och försök igen"
        ) from error


# --- Word ---------------------------------------------------------------------------------

_HEADING_STYLE = re.compile(r"^(?:Heading|Rubrik)\s*([1-6])$", re.IGNORECASE)


def _docx_text(path: Path) -> str:
    """Paragraphs in reading order: the first page's header (where Datum and Vår referens often
    stand), then the body with the cells of its tables, each cell once."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    section = document.sections[0] if document.sections else None
    header = []
    if section is not None:
        running = section.first_page_header if section.different_first_page_header_footer else section.header
        header = [] if running.is_linked_to_previous else list(running.paragraphs)
    paragraphs: list[Paragraph] = list(header)
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            seen: set[int] = set()
            for row in item.rows:
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # a merged cell is listed once per column it spans
                        seen.add(id(cell._tc))
                        paragraphs.extend(cell.paragraphs)
        else:
            paragraphs.append(item)
    return "\n\n".join(filter(None, (_docx_paragraph(p) for p in paragraphs)))


def _docx_paragraph(paragraph: Any) -> str:
    style = _HEADING_STYLE.match(paragraph.style.name if paragraph.style is not None else "")
    if style:
        return "#" * int(style.group(1)) + " " + str(paragraph.text).strip()
    return "".join(_marked(run.text, bool(run.bold), bool(run.italic)) for run in paragraph.runs).strip()


def _marked(text: str, bold: bool, italic: bool) -> str:
    if not text.strip():
        return text
    mark = "*" * ((2 if bold else 0) + (1 if italic else 0))
    return f"{mark}{text}{mark}"


# --- PDF ----------------------------------------------------------------------------------


@dataclass
class _Line:
    page: int
    y: float
    size: float
    bold: bool
    text: str


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    lines: list[_Line] = []
    for number, page in enumerate(PdfReader(str(path)).pages):
        pieces: list[_Line] = []

        def visit(
            text: str, cm: Any, tm: Any, font: Any, size: float, pieces: list[_Line] = pieces, number: int = number
        ) -> None:
            if not text.strip():
                return
            y = float(cm[5]) + float(tm[5]) * float(cm[3])
            scale = abs(float(tm[3])) or 1.0
            name = str(font.get("/BaseFont", "")) if font else ""
            pieces.append(_Line(number, y, round(size * scale, 1), "Bold" in name, text.replace("\n", "")))

        page.extract_text(visitor_text=visit)
        lines.extend(_merge_same_baseline(pieces))
    return _paragraphs(_without_running_lines(lines))


_PAGE_NUMBER = re.compile(r"^(?:sida\s+)?\d+\s*(?:\(\s*\d+\s*\)|(?:av|/)\s*\d+)?$", re.IGNORECASE)


def _without_running_lines(lines: list[_Line]) -> list[_Line]:
    """Drop page numbers, and a header or footer line that stands at the same place on every page."""
    pages = len({line.page for line in lines})
    placed = Counter((round(line.y), line.text.strip()) for line in lines)
    return [
        line
        for line in lines
        if not _PAGE_NUMBER.match(line.text.strip())
        and not (pages > 1 and placed[(round(line.y), line.text.strip())] >= pages)
    ]


def _merge_same_baseline(pieces: list[_Line]) -> list[_Line]:
    merged: list[_Line] = []
    for piece in pieces:
        if merged and abs(merged[-1].y - piece.y) < 0.5:
            merged[-1].text += piece.text
        else:
            merged.append(piece)
    return merged


def _paragraphs(lines: list[_Line]) -> str:
    if not lines:
        return ""
    body = Counter(line.size for line in lines).most_common(1)[0][0]
    heading_sizes = sorted({line.size for line in lines if line.bold and line.size > body}, reverse=True)
    gaps = Counter(round(a.y - b.y, 1) for a, b in pairwise(lines) if a.page == b.page)
    step = min((gap for gap, _ in gaps.most_common(3) if gap > 0), default=body * 1.2)
    # A line that fills the width was wrapped: across a page break its paragraph goes on.
    widths = sorted(len(line.text) for line in lines if line.size == body)
    full = widths[int(len(widths) * 0.9)] * 0.8 if widths else 0
    out: list[str] = []
    previous: _Line | None = None
    for line in lines:
        text = line.text.strip()
        level = heading_sizes.index(line.size) + 2 if line.bold and line.size in heading_sizes else 0
        starts = (
            previous is None
            or level
            or previous.size != line.size
            or (line.page != previous.page and len(previous.text) < full)
            or (line.page == previous.page and previous.y - line.y > step * 1.4)
        )
        if level:
            out.append("#" * min(level, 4) + " " + text)
        elif starts or not out:
            out.append(text)
        else:
            out[-1] = f"{out[-1]} {text}"  # "arbetsmarknads- och": a line never ends inside a word here
        previous = None if level else line
    return "\n\n".join(out)

"""Text for the review summary's Markdown: data made inert, code spans that GitHub shows as
written (a job summary renders `main\\~1` with its backslash), labels from the model."""

from __future__ import annotations

import re


def md(text: str) -> str:
    """Text from the data made inert in Markdown: no HTML, no emphasis, links or tables, one line."""
    text = re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()  # no-break spaces stay (amounts)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in "\\`*_[]|#~":
        text = text.replace(char, "\\" + char)
    return text


def code(text: str) -> str:
    """A code span: nothing inside is escaped (a backslash would show), so only its own
    delimiter is guarded, by a longer fence when the text holds a backtick."""
    text = " ".join(text.split()).replace("|", "¦")
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"

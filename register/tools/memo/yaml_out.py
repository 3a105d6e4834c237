"""Write a draft as YAML in the register's style, with a review comment on the lines that need one.

Texts with paragraphs are block literals (`|`), dates stand bare (2024-10-03), and every comment
is `# granska: …` at the end of the line whose value was inferred rather than read.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from register.core.yamlfile import TYPOGRAPHIC_QUOTES

Loc = tuple[Any, ...]
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REVIEW = "# granska: "


def scalar(value: Any) -> str:
    if isinstance(value, str) and _DAY.match(value):
        return value
    # A quotation that starts with a typographic quote is kept inside straight ones, so the
    # check reads it as the source's quotation, not as Word's quotes around a value.
    style = '"' if isinstance(value, str) and value[:1] in TYPOGRAPHIC_QUOTES else None
    text = yaml.safe_dump(value, allow_unicode=True, width=10**9, default_flow_style=True, default_style=style)
    return text.removesuffix("\n...\n").removesuffix("\n")


def to_yaml(data: dict[str, Any], comments: dict[Loc, str], header: str = "") -> str:
    lines = [header] if header else []
    _mapping(data, 0, (), comments, lines, first_prefix="")
    return "\n".join(lines) + "\n"


def _comment(comments: dict[Loc, str], loc: Loc) -> str:
    text = comments.get(loc)
    return f"  {REVIEW}{text}" if text else ""


def _mapping(
    data: dict[str, Any], indent: int, loc: Loc, comments: dict[Loc, str], lines: list[str], first_prefix: str
) -> None:
    pad = " " * indent
    for number, (key, value) in enumerate(data.items()):
        lead = first_prefix if number == 0 and first_prefix else pad
        here = (*loc, key)
        note = _comment(comments, here)
        if isinstance(value, dict):
            lines.append(f"{lead}{key}:{note}")
            _mapping(value, indent + 2, here, comments, lines, first_prefix="")
        elif isinstance(value, list):
            lines.append(f"{lead}{key}:{note}")
            _sequence(value, indent + 2, here, comments, lines)
        elif isinstance(value, str) and "\n" in value:
            lines.append(f"{lead}{key}: |{note}")
            lines.extend(f"{pad}  {line}" if line else "" for line in value.split("\n"))
        else:
            lines.append(f"{lead}{key}: {scalar(value)}{note}")


def _sequence(items: list[Any], indent: int, loc: Loc, comments: dict[Loc, str], lines: list[str]) -> None:
    pad = " " * indent
    for index, item in enumerate(items):
        here = (*loc, index)
        if isinstance(item, dict):
            _mapping(item, indent + 2, here, comments, lines, first_prefix=f"{pad}- ")
        else:
            lines.append(f"{pad}- {scalar(item)}{_comment(comments, here)}")

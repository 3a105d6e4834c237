"""Field labels for the review summary, from the model's Swedish descriptions: `sources[1].note`
is shown as "Dokumenten nr 2 › Vad posten hämtar ur dokumentet", with the path after it."""

from __future__ import annotations

import re

from pydantic import BaseModel

from register.core.validate import inner_model

_CUT = re.compile(r"[;:,(]| som | – | t\.ex\. ")


def short(description: str) -> str:
    """The first words of a description: up to its first comma, colon, '(' or ' som '."""
    match = _CUT.search(description)
    text = description[: match.start()].strip() if match and match.start() >= 5 else description.strip()
    return text or description


_PART = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


def label(model: type[BaseModel], path: str) -> str:
    """`grants[0].amount_sek` of a Decision → 'Medel nr 1 › Belopp i hela kronor'."""
    words: list[str] = []
    current: type[BaseModel] | None = model
    for name, index in _PART.findall(path):
        if index:
            if words:
                words[-1] += f" nr {int(index) + 1}"
            continue
        info = current.model_fields.get(name) if current else None
        words.append(short(info.description) if info and info.description else name)
        current = inner_model(info.annotation) if info else None
    return " › ".join(words)

"""Control characters are refused in every text value.

YAML's escapes let a file carry characters no one can see or type (`"\x02"`, `"\u0085"`).
Published, they break what is built from the text: the feed stops being well-formed XML, and
the record pages' frame (site/page_frame.py) uses such characters as its markers. Only tab and
newline are text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from register.core.personal_data import leaves
from register.core.problems import Problem
from register.core.yamlfile import Loc, YamlFile

# C0 (except tab and newline), DEL and C1.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def describe(character: str) -> str:
    """'U+0002' and its name where Unicode gives one, as an editor would look it up."""
    name = unicodedata.name(character, "")
    return f"U+{ord(character):04X}" + (f" ({name.lower()})" if name else "")


def control_characters_in(file: YamlFile, values: Iterable[tuple[Loc, Any]] | None = None) -> Iterator[Problem]:
    """One problem per text value that holds a control character, at that value's position
    (`values`: the file's `leaves`, when already listed for the other scans)."""
    for loc, value in leaves(file.data) if values is None else values:
        if isinstance(value, str) and (found := CONTROL.search(value)):
            yield file.problem_at(
                loc,
                f"texten innehåller ett osynligt styrtecken, {describe(found.group())}, på plats "
                f"{found.start() + 1}; ta bort det (det kommer oftast med när text klistras in "
                "från ett annat program, eller från en escape-sekvens som \\x02 inom citattecken)",
            )

"""Values as they were typed: Word's curly quotes around a value (YAML does not read them as
quotes, so the page would show them) and text after ` #` that YAML silently drops as a comment.

Both are read from the file as written, before the model, like the identity-number scan.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from register.core.problems import Problem
from register.core.yamlfile import TYPOGRAPHIC_QUOTES, Loc, YamlFile, dotted

# The quotation marks Word and other editors type instead of straight ones, by their names
# (in the order of yamlfile.TYPOGRAPHIC_QUOTES, which the reader marks values by).
_NAMES = (
    "vänster dubbelt citattecken (U+201C)",
    "höger dubbelt citattecken (U+201D)",
    "nedre dubbelt citattecken (U+201E)",
    "vänster enkelt citattecken (U+2018)",
    "höger enkelt citattecken (U+2019)",
    "vänster vinkelcitattecken (U+00AB)",
    "höger vinkelcitattecken (U+00BB)",
)
CURLY_QUOTES = dict(zip(TYPOGRAPHIC_QUOTES, _NAMES, strict=True))
_REVIEW_COMMENT = "# granska"  # the importer's own comments, which the editor removes


def _value_at(data: Any, loc: Loc) -> Any:
    for part in loc:
        data = data[part]
    return data


def curly_quotes_in(file: YamlFile) -> Iterator[Problem]:
    """A plain text wrapped in curly quotes is published with them: an error, with the fix
    spelled out without the character itself (a copied suggestion would bring it back). Inside
    straight quotes or a block (`|`) they are the editor's choice: a quotation of the source."""
    for loc, line, column in file.quote_led:
        value = _value_at(file.data, loc)
        if not isinstance(value, str) or len(value) < 2:
            continue
        first, last = value[0], value[-1]
        if first in CURLY_QUOTES and last in CURLY_QUOTES:
            names = CURLY_QUOTES[first] if first == last else f"{CURLY_QUOTES[first]} och {CURLY_QUOTES[last]}"
            names = names.replace(" (U+", ", U+").replace(")", "")
            yield Problem(
                file.path,
                line,
                column,
                dotted(loc),
                (
                    f"värdet står inom typografiska citattecken från Word ({names}); YAML läser dem inte "
                    "som citattecken, så de skulle synas på sidan: ta bort dem, eller byt dem mot raka "
                    'citattecken (") om texten behöver citattecken'
                ),
            )


def cut_comments_in(file: YamlFile) -> Iterator[Problem]:
    """Text after ` #` on a value's line is a comment to YAML, so it is not published: a warning,
    since a comment there may be meant."""
    for cut in file.cut_comments:
        if cut.comment.startswith(_REVIEW_COMMENT):
            continue
        shown = cut.comment if len(cut.comment) <= 40 else cut.comment[:39] + "…"
        yield Problem(
            file.path,
            cut.line,
            cut.column,
            dotted(cut.loc),
            (
                f"texten efter ' #' ('{shown}') läses som en kommentar och publiceras inte, så värdet "
                f"slutar vid '{cut.value[-30:]}'; hör texten till värdet, sätt hela värdet inom raka "
                'citattecken ("…"), annars flytta kommentaren till en egen rad'
            ),
            "warning",
        )

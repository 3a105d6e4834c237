"""Read one YAML file into plain values, keeping the line and column of every key and value.

PyYAML silently keeps the last of two equal keys and forgets where values stood, so the
file is composed into nodes with the C parser and built into values here: duplicate keys
become problems, and every value's position is kept for the messages.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from register.core.problems import Problem
from register.core.yaml_errors import parser_message, parser_problem

Loc = tuple[str | int, ...]
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"
TYPOGRAPHIC_QUOTES = "\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb"


def dotted(loc: Loc) -> str:
    """A field's path as shown in messages: `grants[0].amount_sek`."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


@dataclass
class Positions:
    """Where each value (and each mapping key) of a file stands, by its path of keys and indices."""

    values: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    # Set when the positions were not kept while reading: they are read again when first
    # asked for, which is only when a message is made (keeping them for 10 000 valid files
    # would take a quarter of a gigabyte).
    reload: Callable[[], Positions] | None = field(default=None, repr=False, compare=False)

    def _ready(self) -> None:
        if self.reload is not None:
            loaded = self.reload()
            self.values, self.keys, self.reload = loaded.values, loaded.keys, None

    def of_value(self, loc: Loc) -> tuple[int, int]:
        """Position of the value at `loc`, or of the nearest enclosing value that exists."""
        self._ready()
        for end in range(len(loc), -1, -1):
            prefix = loc[:end]
            if prefix in self.values:
                return self.values[prefix]
        return (1, 1)

    def of_key(self, loc: Loc) -> tuple[int, int]:
        self._ready()
        return self.keys.get(loc) or self.of_value(loc)


@dataclass(frozen=True)
class CutComment:
    """Text after ` #` on the line of a plain value: YAML reads it as a comment, not as text."""

    loc: Loc
    line: int
    column: int
    value: str
    comment: str


@dataclass
class YamlFile:
    path: str
    data: Any
    positions: Positions
    problems: list[Problem]
    cut_comments: list[CutComment] = field(default_factory=list)
    # Plain (unquoted) values that begin with a typographic quotation mark, with their position.
    quote_led: list[tuple[Loc, int, int]] = field(default_factory=list)

    def problem_at(self, loc: Loc, message: str) -> Problem:
        """A problem at the value `loc` points at (its line and column in this file)."""
        line, column = self.positions.of_value(loc)
        return Problem(self.path, line, column, dotted(loc), message)


def _positions_of(path: str, display: str) -> Positions:
    return read_yaml(Path(path), display).positions


def read_yaml(path: Path, display: str, keep_positions: bool = True, raw: bytes | None = None) -> YamlFile:
    """Read `path` (shown as `display` in messages; `raw` its content when already read); never
    raises for bad content.

    Without `keep_positions` the positions are read again from the file if a message needs them."""
    if raw is None:
        raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        message = "filen är inte sparad som UTF-8; spara den igen med teckenkodningen UTF-8"
        return YamlFile(display, None, Positions(), [Problem(display, line, column, "", message)])
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        return YamlFile(display, None, Positions(), [parser_problem(display, text, error)])
    except yaml.YAMLError as error:
        return YamlFile(display, None, Positions(), [Problem(display, 1, 1, "", parser_message(error))])
    if node is None:
        message = "filen är tom; fyll i posten (mallen skrivs av `register new`)"
        return YamlFile(display, None, Positions(), [Problem(display, 1, 1, "", message)])
    builder = _Builder(display, keep_positions, text)
    if not keep_positions:
        # A function and its arguments, not a lambda: a record read in a worker process is
        # sent back to the main one (register.core.read_files) and must pickle; the path as
        # text: a Path is parsed again when unpickled (12 000 times for the cache, file_cache.py).
        builder.positions.reload = functools.partial(_positions_of, str(path), display)
    data = builder.build(node, ())
    if not isinstance(data, dict):
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        message = "filen ska bestå av fält på formen `namn: värde`, inte av en lista eller en ensam text"
        builder.problems.append(Problem(display, line, column, "", message))
        data = None
    return YamlFile(display, data, builder.positions, builder.problems, builder.cut_comments, builder.quote_led)


class _Builder:
    """Turns composed nodes into Python values and records positions and duplicate keys."""

    def __init__(self, display: str, keep_positions: bool = True, text: str = "") -> None:
        self.display = display
        self.text = text
        self._has_hash = "#" in text  # once: asked for every plain value
        self._lines: list[str] | None = None
        self.cut_comments: list[CutComment] = []
        self.quote_led: list[tuple[Loc, int, int]] = []
        self.keep = keep_positions
        self.positions = Positions()
        self.problems: list[Problem] = []
        self._scalars = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, loc: Loc) -> Any:
        if self.keep:
            mark = node.start_mark
            self.positions.values[loc] = (mark.line + 1, mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*loc, index)) for index, item in enumerate(node.value)]
        if node.tag == _STR:  # most values: text needs no constructor
            if not getattr(node, "style", None):  # plain (the C parser says ""; PyYAML None)
                self._plain_text(node, loc)
            return node.value
        assert isinstance(node, yaml.ScalarNode)  # the other two kinds of node are handled above
        return self._scalar(node)

    def _plain_text(self, node: yaml.Node, loc: Loc) -> None:
        if self._has_hash:
            self._comment_after(node, loc)
        if str(node.value)[:1] in TYPOGRAPHIC_QUOTES:
            self.quote_led.append((loc, node.start_mark.line + 1, node.start_mark.column + 1))

    def _comment_after(self, node: yaml.Node, loc: Loc) -> None:
        """Remember a comment right after a plain text value on the same line (it may be text
        the editor meant, cut off by YAML)."""
        if self._lines is None:
            self._lines = self.text.splitlines()
        end = node.end_mark
        if end.line >= len(self._lines):
            return
        rest = self._lines[end.line][end.column :]
        if rest[:1].isspace() and rest.lstrip().startswith("#"):
            line, column = end.line + 1, end.column + len(rest) - len(rest.lstrip()) + 1
            self.cut_comments.append(CutComment(loc, line, column, str(node.value), rest.strip()))

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str) or key == "<<":
                message = "ett fältnamn ska vara ett enkelt ord, t.ex. `name`"
                self.problems.append(Problem(self.display, line, column, "", message))
                continue
            if key in result:
                field_name = dotted((*loc, key))
                message = (
                    f"fältet står två gånger (rad {first_line[key]} och rad {line}); "
                    "YAML skulle tyst behålla bara det sista, så ta bort det ena"
                )
                self.problems.append(Problem(self.display, line, column, field_name, message))
                continue
            first_line[key] = line
            if self.keep:
                self.positions.keys[(*loc, key)] = (line, column)
            result[key] = self.build(value_node, (*loc, key))
        return result

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        try:
            value = self._scalars.construct_object(node)
        except (ValueError, yaml.YAMLError):
            return node.value  # e.g. 2024-02-30: the model says what is wrong with it
        if isinstance(value, (datetime, float)):
            # A time of day is never wanted, and the model has no decimal fields: keep the text as
            # written, so that `650.000` (Swedish thousands) or `650000.50` can be explained.
            return node.value
        if isinstance(value, (bytes, set)):
            return node.value
        return value


def is_date(value: Any) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)

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

Loc = tuple[str | int, ...]
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"


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


@dataclass
class YamlFile:
    path: str
    data: Any
    positions: Positions
    problems: list[Problem]

    def problem_at(self, loc: Loc, message: str) -> Problem:
        """A problem at the value `loc` points at (its line and column in this file)."""
        line, column = self.positions.of_value(loc)
        return Problem(self.path, line, column, dotted(loc), message)


_PARSER_HINTS = (
    ("found character '\\t'", "ett tabbtecken står i indraget; YAML tillåter bara mellanslag där"),
    (
        "while scanning a quoted scalar",
        "ett citattecken öppnas men stängs aldrig; lägg till det avslutande citattecknet",
    ),
    (
        "did not find expected key",
        "indraget stämmer inte med raderna ovanför; fält på samma nivå ska börja i samma kolumn",
    ),
    (
        "did not find expected '-'",
        "indraget stämmer inte i listan: fälten i en listrad ska börja i samma kolumn som fältet efter '- ', och varje ny listrad börjar med '- '",
    ),
    ("expected <block end>", "indraget stämmer inte med raderna ovanför; fält på samma nivå ska börja i samma kolumn"),
    ("found undefined alias", "en hänvisning med * pekar på ett ankare (&) som inte finns"),
    ("expected a single document", "filen innehåller flera dokument (---); en fil ska innehålla en post"),
)


def _parser_message(error: yaml.YAMLError) -> str:
    text = str(error)
    for needle, message in _PARSER_HINTS:
        if needle in text:
            return message
    problem = getattr(error, "problem", None) or text.splitlines()[0]
    return f"filen är inte giltig YAML ({problem}); kontrollera indrag, kolon och citattecken"


def _parser_problem(display: str, text: str, error: yaml.MarkedYAMLError) -> Problem:
    """Where the parser stopped, pointing at the opening quote or the tab when that is the cause."""
    unclosed_quote = "quoted scalar" in str(error.context or "")
    mark = (error.context_mark if unclosed_quote else None) or error.problem_mark or error.context_mark
    if mark is None:
        return Problem(display, 1, 1, "", _parser_message(error))
    lines = text.splitlines()
    for number in range(mark.line, max(mark.line - 2, -1), -1):
        if number < len(lines) and "\t" in lines[number][: len(lines[number]) - len(lines[number].lstrip())]:
            message = "ett tabbtecken står i indraget; YAML tillåter bara mellanslag där"
            return Problem(display, number + 1, lines[number].index("\t") + 1, "", message)
    if "mapping values are not allowed" in str(error.problem) and mark.line < len(lines):
        return _colon_problem(display, lines[mark.line], mark.line + 1, mark.column + 1)
    return Problem(display, mark.line + 1, mark.column + 1, "", _parser_message(error))


def _colon_problem(display: str, line: str, number: int, column: int) -> Problem:
    """A colon the parser did not expect: either text with ': ' in it, or a line indented too far."""
    before = line[: column - 1].strip().removeprefix("- ")
    if ": " in before:
        key = before.split(": ", 1)[0]
        message = (
            "texten innehåller kolon och mellanslag (': '), som YAML läser som ett nytt fält; "
            f'sätt hela texten inom citattecken, t.ex. {key}: "{before.split(": ", 1)[1]}: …"'
        )
        return Problem(display, number, column, "", message)
    indent = len(line) - len(line.lstrip(" "))
    message = (
        "raden är mer indragen än fältet ovanför; fält på samma nivå ska börja i samma kolumn "
        "(en grupp av fält under ett fält behöver ett tomt värde efter kolonet, t.ex. `outcome:`)"
    )
    return Problem(display, number, indent + 1, "", message)


def _positions_of(path: Path, display: str) -> Positions:
    return read_yaml(path, display).positions


def read_yaml(path: Path, display: str, keep_positions: bool = True) -> YamlFile:
    """Read `path` (shown as `display` in messages); never raises for bad content.

    Without `keep_positions` the positions are read again from the file if a message needs them."""
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
        return YamlFile(display, None, Positions(), [_parser_problem(display, text, error)])
    except yaml.YAMLError as error:
        return YamlFile(display, None, Positions(), [Problem(display, 1, 1, "", _parser_message(error))])
    if node is None:
        message = "filen är tom; fyll i posten (mallen skrivs av `register new`)"
        return YamlFile(display, None, Positions(), [Problem(display, 1, 1, "", message)])
    builder = _Builder(display, keep_positions)
    if not keep_positions:
        # A function and its arguments, not a lambda: a record read in a worker process is
        # sent back to the main one (register.core.read_files) and must pickle.
        builder.positions.reload = functools.partial(_positions_of, path, display)
    data = builder.build(node, ())
    if not isinstance(data, dict):
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        message = "filen ska bestå av fält på formen `namn: värde`, inte av en lista eller en ensam text"
        builder.problems.append(Problem(display, line, column, "", message))
        data = None
    return YamlFile(display, data, builder.positions, builder.problems)


class _Builder:
    """Turns composed nodes into Python values and records positions and duplicate keys."""

    def __init__(self, display: str, keep_positions: bool = True) -> None:
        self.display = display
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
            return node.value
        assert isinstance(node, yaml.ScalarNode)  # the other two kinds of node are handled above
        return self._scalar(node)

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

"""YAML syntax errors in plain Swedish, at the line where the mistake is: PyYAML often stops a
line later (a missing colon is found at the next key) and says it in English, which no editor
should have to read. Each known error is matched to a cause and a fix; anything else gets a
Swedish message too, never the parser's own words."""

from __future__ import annotations

import re

import yaml

from register.core.problems import Problem

_INDENT = "indraget stämmer inte med raderna ovanför; fält på samma nivå ska börja i samma kolumn"
# (text in PyYAML's message, Swedish message, whether the mistake is where the parser's context starts)
_PARSER_HINTS: tuple[tuple[str, str, bool], ...] = (
    ("found character '\\t'", "ett tabbtecken står i indraget; YAML tillåter bara mellanslag där", False),
    (
        "while scanning a quoted scalar",
        "ett citattecken öppnas men stängs aldrig; lägg till det avslutande citattecknet",
        True,
    ),
    (
        "could not find expected ':'",
        "raden saknar kolon efter fältnamnet; skriv fältet som `namn: värde`, med kolon och mellanslag",
        True,
    ),
    (
        "expected ',' or ']'",
        "listan inom [ ] stängs aldrig på raden, eller ett värde i den innehåller kolon eller citattecken; "
        "avsluta listan med ], sätt värdet inom citattecken, eller skriv ett värde per rad som börjar med '- '",
        True,
    ),
    (
        "expected ',' or '}'",
        "gruppen inom { } stängs aldrig på raden; avsluta den med }, eller skriv fälten på egna, indragna rader",
        True,
    ),
    (
        "found unknown escape character",
        "ett bakstreck (\\) inom dubbla citattecken måste följas av ett känt tecken; skriv två bakstreck, "
        "eller sätt texten inom enkla citattecken (')",
        False,
    ),
    (
        "sequence entries are not allowed",
        "en lista kan inte börja på samma rad som fältet; skriv varje värde på en egen, indragen rad som "
        "börjar med '- ', eller hela listan inom [ ] på raden",
        False,
    ),
    (
        "found duplicate anchor",
        "tecknet & först i ett värde betyder något särskilt i YAML; sätt texten inom citattecken",
        False,
    ),
    (
        "did not find expected key",
        "indraget stämmer inte med raderna ovanför; fält på samma nivå ska börja i samma kolumn",
        False,
    ),
    (
        "did not find expected '-'",
        "indraget stämmer inte i listan: fälten i en listrad ska börja i samma kolumn som fältet efter '- ', och varje ny listrad börjar med '- '",
        False,
    ),
    ("expected <block end>", _INDENT, False),
    ("found undefined alias", "en hänvisning med * pekar på ett ankare (&) som inte finns", False),
    ("expected a single document", "filen innehåller flera dokument (---); en fil ska innehålla en post", False),
)
_FALLBACK = (
    "filen är inte giltig YAML här; kontrollera indrag, kolon och citattecken på raden och raden ovanför "
    "(text som börjar med ett specialtecken eller innehåller ': ' sätts inom citattecken)"
)


def _hint(error: yaml.YAMLError) -> tuple[str, bool] | None:
    text = str(error)
    for needle, message, at_context in _PARSER_HINTS:
        if needle in text:
            return message, at_context
    return None


def parser_message(error: yaml.YAMLError) -> str:
    hint = _hint(error)
    if hint:
        return hint[0]
    return _FALLBACK


def parser_problem(display: str, text: str, error: yaml.MarkedYAMLError) -> Problem:
    """Where the mistake is: at the opening quote, the key without a colon or the list that is
    never closed when that is the cause (the parser notices a line later), else where it stopped."""
    hint = _hint(error)
    at_context = bool(hint and hint[1])
    mark = (error.context_mark if at_context else None) or error.problem_mark or error.context_mark
    if mark is None:
        return Problem(display, 1, 1, "", parser_message(error))
    lines = text.splitlines()
    for number in range(mark.line, max(mark.line - 2, -1), -1):
        if number < len(lines) and "\t" in lines[number][: len(lines[number]) - len(lines[number].lstrip())]:
            message = "ett tabbtecken står i indraget; YAML tillåter bara mellanslag där"
            return Problem(display, number + 1, lines[number].index("\t") + 1, "", message)
    if "mapping values are not allowed" in str(error.problem) and mark.line < len(lines):
        return _colon_problem(display, lines[mark.line], mark.line + 1, mark.column + 1)
    if "cannot start any token" in str(error.problem) and mark.line < len(lines):
        char = lines[mark.line][mark.column : mark.column + 1] or "?"
        message = (
            f"ett värde börjar med tecknet {char}, som YAML inte tillåter först i en text; "
            'sätt hela värdet inom citattecken ("…")'
        )
        return Problem(display, mark.line + 1, mark.column + 1, "", message)
    if re.search(r"expected <block end>|did not find expected key", str(error.problem)) and mark.line < len(lines):
        before = lines[mark.line][: mark.column].rstrip()
        if before.endswith(('"', "'")) and ": " in before:
            message = (
                "texten fortsätter efter det avslutande citattecknet; sätt hela värdet inom citattecken, "
                "med enkla citattecken utanför om texten själv har dubbla (' … \" … \" … ')"
            )
            return Problem(display, mark.line + 1, mark.column + 1, "", message)
    return Problem(display, mark.line + 1, mark.column + 1, "", parser_message(error))


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

"""Validate one file's values against the model and say what is wrong in plain Swedish."""

from __future__ import annotations

import difflib
import re
import types
import typing
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from register.core.memo_fields import memo_field_messages
from register.core.model import Decision, Organisation, Record
from register.core.problems import Problem
from register.core.yamlfile import Loc, YamlFile, dotted

_TYPE_NAMES = {
    str: "text",
    int: "ett heltal",
    float: "ett decimaltal",
    bool: "true eller false",
    list: "en lista",
    dict: "en grupp av fält",
    type(None): "ett tomt värde",
}


def validate_file(file: YamlFile, model: type[Record]) -> Record | None:
    """The validated record, or None with the problems added to `file.problems`."""
    if file.data is None:
        return None
    try:
        return model.model_validate(file.data)
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            file.problems.append(_problem(file, model, detail))
        if model is Decision and isinstance(file.data, dict):
            # Said now, not in a second run once the rest is valid (decisions_complete says them then).
            for name, message in memo_field_messages(file.data):
                line, column = file.positions.of_value((name,) if name in file.data else ())
                file.problems.append(Problem(file.path, line, column, name, message))
        return None


def _problem(file: YamlFile, model: type[Record], detail: Any) -> Problem:
    loc: Loc = tuple(detail["loc"])
    kind = detail["type"]
    field_name = dotted(loc)
    if kind == "missing":
        line, column = file.positions.of_value(loc[:-1])
        message = _missing(model, loc)
    elif kind == "extra_forbidden":
        line, column = file.positions.of_key(loc)
        message = _unknown(model, loc)
    else:
        line, column = file.positions.of_value(loc)
        field_loc = loc
        while field_loc and isinstance(field_loc[-1], int):  # a list item: describe the list
            field_loc = field_loc[:-1]
        holder = _model_at(model, field_loc) if field_loc else None
        info = holder.model_fields.get(str(field_loc[-1])) if holder else None
        if detail.get("input") is None and info is not None:
            message = _empty(info.description or "", required=info.is_required())
        else:
            message = _wrong_value(kind, detail, field_name)
    if model is Organisation and loc == ("org_number",) and "kontrollsiffran" in message:
        message += (
            "; står numret så i källan, skriv det i org_number_as_written i stället (visas som "
            "'så som det står i underlaget, ej verifierat')"
        )
    return Problem(file.path, line, column, field_name, message)


def _got(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return _TYPE_NAMES[type(value)]
    text = str(value)
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model class that holds the last field of `loc` (walks lists and optional parts)."""
    current: type[BaseModel] | None = model
    for part in loc[:-1]:
        if isinstance(part, int) or current is None:
            continue
        info = current.model_fields.get(part)
        current = inner_model(info.annotation) if info else None
    return current


def inner_model(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds, also inside a list or an optional (`list[Grant]` → Grant)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) in (list, typing.Union):
        for argument in typing.get_args(annotation):
            found = inner_model(argument)
            if found:
                return found
    return None


def _description(model: type[BaseModel] | None, name: str) -> str:
    info = model.model_fields.get(name) if model else None
    return info.description if info and info.description else ""


def _missing(model: type[Record], loc: Loc) -> str:
    holder = _model_at(model, loc)
    name = str(loc[-1])
    hint = _description(holder, name)
    return (
        f"fältet saknas men måste finnas; lägg till `{name}:` ({hint})"
        if hint
        else (f"fältet saknas men måste finnas; lägg till `{name}:`")
    )


def _unknown(model: type[Record], loc: Loc) -> str:
    holder = _model_at(model, loc)
    name = str(loc[-1])
    known = list(holder.model_fields) if holder else []
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    advice = f"menade du `{close[0]}`?" if close else "tillåtna fält: " + ", ".join(known)
    return f"okänt fält `{name}`; {advice}"


def _empty(description: str, required: bool) -> str:
    """`name:` with nothing after the colon (as a template leaves it)."""
    hint = f" ({description})" if description else ""
    if required:
        return f"värdet är tomt men fältet måste fyllas i{hint}"
    return f"värdet är tomt; fyll i det{hint} eller ta bort raden"


def _wrong_value(kind: str, detail: Any, field_name: str) -> str:
    value = detail.get("input")
    context = detail.get("ctx") or {}
    if value is None:
        return "värdet är tomt; fyll i det eller ta bort raden"
    if kind == "value_error":
        return str(context.get("error", detail["msg"]))
    if field_name.endswith("amount_sek") and (kind.startswith("int") or kind == "greater_than"):
        return _amount(kind, value)
    if field_name.endswith("budget_year") and kind.startswith("int"):
        return _budget_year(value)
    if kind.startswith("int"):
        digits = re.sub(r"\D", "", str(value)) if isinstance(value, str) else ""
        advice = f"; skriv {int(digits)}" if digits else ""
        return f"måste vara ett heltal, bara siffror (fick {_got(value)}){advice}"
    if kind == "literal_error":
        allowed = re.findall(r"'([^']*)'", str(context.get("expected", "")))
        close = difflib.get_close_matches(str(value), allowed, n=1)
        advice = f"; menade du `{close[0]}`?" if close else ""
        return f"måste vara ett av {', '.join(allowed)} (fick {_got(value)}){advice}"
    if kind == "string_type":
        return _not_text(value)
    if kind in ("bool_type", "bool_parsing"):
        return f"måste vara true eller false (fick {_got(value)})"
    if kind == "list_type":
        return f"måste vara en lista, en rad per värde som börjar med '- ' (fick {_got(value)})"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"måste vara en grupp av fält på egna, indragna rader (fick {_got(value)})"
    if kind == "too_short":
        return f"måste ha minst {context.get('min_length', 1)} rad(er) i listan"
    if kind == "string_pattern_mismatch":
        return f"har fel form (fick {_got(value)}); mönstret är {context.get('pattern')}"
    if kind in ("greater_than_equal", "less_than_equal"):
        limit = context.get("ge", context.get("le"))
        word = "minst" if kind == "greater_than_equal" else "högst"
        return f"måste vara {word} {limit} (fick {_got(value)})"
    return f"{detail['msg']} (fick {_got(value)})"


_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _budget_year(value: Any) -> str:
    """One grant or transfer per year: `2025-2026` is two posts, never the number 20252026."""
    years = [int(y) for y in _YEARS.findall(str(value))]
    if len(years) == 2 and re.search(r"\d\s*[-–]\s*\d", str(value)) and years[0] < years[1] <= years[0] + 10:
        years = list(range(years[0], years[1] + 1))
    if len(years) > 1:
        posts = [f"en med budget_year: {y}" for y in years]
        listed = ", ".join(posts[:-1]) + f" och {posts[-1]}"
        return (
            f"ett budgetår är ett enda år (fick {_got(value)}); pengar för flera år skrivs som en post per år: "
            f"{listed.replace('en med', 'en post med', 1)}, var och en med årets belopp och samma proposal"
        )
    advice = f"; skriv {years[0]}" if years else ", t.ex. 2025"
    return f"ett budgetår skrivs som ett år med fyra siffror (fick {_got(value)}){advice}"


def _not_text(value: Any) -> str:
    """YAML reads 12345, 2024-10-24 and yes/no as a number, a date and true/false, not as text."""
    if isinstance(value, bool):
        return (
            f"måste vara text (fick {_got(value).lower()}: YAML läser yes, no, on, off, true och "
            'false som ja/nej-värden); sätt texten inom citattecken, t.ex. "nej"'
        )
    if isinstance(value, (int, date)):
        what = "ett datum" if isinstance(value, date) else "ett tal"
        return f'måste vara text (fick {what}, {_got(value)}); sätt värdet inom citattecken: "{value}"'
    return f"måste vara text (fick {_got(value)})"


_CURRENCY = re.compile(r"\s*(?:kronor|kr\.?|sek|:-)\s*$", re.IGNORECASE)
_GROUPED = re.compile(r"\d{1,3}(?:[\s.,'’]\d{3})+|\d+")
_WITH_ORE = re.compile(r"(\d+)[.,]\d{1,2}")


def _amount(kind: str, value: Any) -> str:
    """An amount must be a whole, positive number of kronor written with digits only."""
    if kind == "greater_than":
        if value == 0:
            return (
                "ett belopp på 0 kr registreras inte (fick '0'); skriv beloppet som källan anger, "
                "eller ta bort raden om inga medel ges"
            )
        return f"ett belopp kan inte vara negativt (fick {_got(value)}); skriv beloppet utan minustecken"
    text = str(value).strip()
    number = _CURRENCY.sub("", text).strip()
    if not isinstance(value, bool) and (match := _WITH_ORE.fullmatch(number)):
        return (
            f"ett belopp skrivs i hela kronor, utan ören och decimaler (fick {_got(value)}); "
            f"skriv bara kronorna, t.ex. {int(match.group(1))}"
        )
    if not isinstance(value, bool) and _GROUPED.fullmatch(number):
        digits = int(re.sub(r"\D", "", number))
        return (
            "ett belopp skrivs som ett heltal i kronor, bara siffror utan mellanslag, punkt eller 'kr' "
            f"(fick {_got(value)}); skriv {digits}"
        )
    return f"ett belopp skrivs som ett heltal i kronor, bara siffror (fick {_got(value)}); skriv t.ex. 650000"

"""A record saved in the wrong folder: recognised by its fields, so the editor reads one message
("flytta filen till data/decisions/…") instead of one per field the folder's kind does not have."""

from __future__ import annotations

from typing import Any

from register.core.model import KINDS, Kind
from register.core.problems import Problem
from register.core.yamlfile import YamlFile


def _required(kind: Kind) -> int:
    return sum(1 for info in kind.model.model_fields.values() if info.is_required())


def kind_by_fields(data: Any, folder_kind: Kind) -> Kind | None:
    """The other kind whose fields the file has, when the folder's kind lacks some of them."""
    if not isinstance(data, dict):
        return None
    keys = {key for key in data if isinstance(key, str)}
    if keys <= set(folder_kind.model.model_fields):
        return None
    fitting = [k for k in KINDS.values() if k is not folder_kind and keys <= set(k.model.model_fields)]
    if not fitting:
        return None
    # Of the kinds that know every field, the one whose required fields the file fills best.
    return max(
        fitting,
        key=lambda k: (sum(1 for n, i in k.model.model_fields.items() if i.is_required() and n in keys), -_required(k)),
    )


def wrong_folder(file: YamlFile, folder_kind: Kind, stem: str) -> Problem | None:
    kind = kind_by_fields(file.data, folder_kind)
    if kind is None:
        return None
    foreign = [key for key in file.data if key not in folder_kind.model.model_fields]
    case_number = file.data.get("case_number") if kind.name == "decision" else None
    name = case_number if isinstance(case_number, str) and case_number else stem
    shown = ", ".join(foreign[:4]) + (", …" if len(foreign) > 4 else "")
    line, column = file.positions.of_key((foreign[0],))
    message = (
        f"posten ligger i data/{folder_kind.folder}/, men fälten ({shown}) visar att den är "
        f"{'ett' if kind.singular in ('ärende', 'organ', 'partnerskap') else 'en'} {kind.singular}; "
        f"flytta filen till data/{kind.folder}/{name}.yml"
    )
    return Problem(file.path, line, column, "", message)

"""Help before the mistake: committed JSON Schemas, the editor mapping and `register new` templates."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from pydantic import BaseModel
from support import REPO_ROOT
from test_check import DOCS, VALID

from register.core.load import load_register
from register.core.model import KINDS
from register.core.schemas import json_schema_text, schema_comment, schema_file_name
from register.core.validate import validate_file
from register.core.yamlfile import read_yaml
from register.tools.cli import main
from register.tools.scaffold import template

SCHEMA_DIR = REPO_ROOT / "schema"


@pytest.mark.parametrize("kind", list(KINDS))
def test_committed_schema_is_up_to_date(kind: str) -> None:
    path = SCHEMA_DIR / schema_file_name(kind)
    committed = path.read_text(encoding="utf-8") if path.is_file() else ""
    assert committed == json_schema_text(kind), (
        f"{path.relative_to(REPO_ROOT)} är inaktuell: kör `register schema` (eller `make schema`) och checka in filen"
    )


@pytest.mark.parametrize("kind", list(KINDS))
def test_committed_template_is_up_to_date(kind: str) -> None:
    path = REPO_ROOT / "mallar" / f"{KINDS[kind].folder}.yml"
    committed = path.read_text(encoding="utf-8") if path.is_file() else ""
    assert committed == template(kind), (
        f"{path.relative_to(REPO_ROOT)} är inaktuell: kör `register schema` (eller `make schema`) och checka in filen"
    )


def test_schema_command_writes_every_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["schema", "--dir", str(tmp_path / "schema"), "--templates", str(tmp_path / "mallar")]
    assert main(args) == 0
    assert sorted(p.name for p in (tmp_path / "schema").iterdir()) == sorted(schema_file_name(k) for k in KINDS)
    assert sorted(p.name for p in (tmp_path / "mallar").iterdir()) == sorted(f"{k.folder}.yml" for k in KINDS.values())
    capsys.readouterr()
    assert main(args) == 0
    assert "aktuella" in capsys.readouterr().out


def _data_files() -> list[Path]:
    return sorted((REPO_ROOT / "data").glob("*/*.yml"))


@pytest.mark.parametrize("path", _data_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_data_file_names_its_schema_on_the_first_line(path: Path) -> None:
    kind = next(k for k in KINDS.values() if k.folder == path.parent.name)
    assert path.read_text(encoding="utf-8").splitlines()[0] == schema_comment(kind.name)


def _as_json(value: Any) -> Any:
    """YAML values as an editor's JSON view sees them (a YAML date is text there)."""
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    return value.isoformat() if isinstance(value, date) else value


@pytest.mark.parametrize("path", _data_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_committed_schema_accepts_every_data_file(path: Path) -> None:
    kind = next(k for k in KINDS.values() if k.folder == path.parent.name)
    schema = json.loads((SCHEMA_DIR / schema_file_name(kind.name)).read_text(encoding="utf-8"))
    data = _as_json(yaml.safe_load(path.read_text(encoding="utf-8")))
    jsonschema.Draft202012Validator(schema).validate(data)


def test_schema_underlines_what_the_check_refuses() -> None:
    schema = json.loads((SCHEMA_DIR / "decision.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    memo = {"case_number": "ASN-2024-1", "outcome": {"status": "not_recorded"}, "sources": [{"title": "T"}]}
    errors = {error.message for error in validator.iter_errors({**memo, "titel": "x"})}
    assert "'title' is a required property" in errors  # a memo needs its title (the MEMO_FIELDS rule)
    assert any("'titel' was unexpected" in message for message in errors)
    assert not list(validator.iter_errors({**memo, "known_only_by_reference": True}))


def test_vscode_maps_every_folder_to_its_schema() -> None:
    settings = json.loads((REPO_ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    expected = {f"./schema/{schema_file_name(k.name)}": [f"data/{k.folder}/*.yml"] for k in KINDS.values()}
    assert settings["yaml.schemas"] == expected
    for pattern in expected:
        assert (REPO_ROOT / pattern).is_file()


# --- register new ---------------------------------------------------------------------------


def _fields(model: type[BaseModel], seen: set[type] | None = None) -> set[str]:
    """Every field name of a model and of the parts inside it (read from pydantic, not the schema)."""
    seen = seen or set()
    names = set(model.model_fields)
    for info in model.model_fields.values():
        for part in _models_in(info.annotation):
            if part not in seen:
                seen.add(part)
                names |= _fields(part, seen)
    return names


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [found for argument in getattr(annotation, "__args__", ()) for found in _models_in(argument)]


def _new(tmp_path: Path, kind: str, record_id: str) -> str:
    data = tmp_path / "data"
    if not data.exists():
        shutil.copytree(VALID, data)
    assert main(["new", kind, record_id, "--data-dir", str(data)]) == 0
    return (data / KINDS[kind].folder / f"{record_id}.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", list(KINDS))
def test_template_comments_every_field_of_the_model(tmp_path: Path, kind: str) -> None:
    record_id = "TN-2025-77" if kind == "decision" else "ny-post"
    text = _new(tmp_path, kind, record_id)
    assert text.splitlines()[0] == schema_comment(kind)
    for name in _fields(KINDS[kind].model):
        pattern = rf"^[ #-]*# {name} \((?:obligatoriskt[^)]*|valfritt)\): \S.*\n[ #]*#   Form: .+$"
        described = [match.group(0) for match in re.finditer(pattern, text, flags=re.MULTILINE)]
        assert described, f"{name} has no comment"
        for comment in described:
            if "har fälten nedan" not in comment and "grupp av fält" not in comment:
                assert "Exempel: " in comment, f"{name} has no example"
        assert re.search(rf"^[ #-]*{name}:", text, flags=re.MULTILINE), f"{name} has no line to fill in"


def test_new_template_is_checked_until_the_required_fields_are_filled(tmp_path: Path) -> None:
    _new(tmp_path, "organisation", "ny-forening")
    register, problems = load_register(tmp_path / "data", DOCS)
    assert register is None
    assert [(p.field, p.message.split(" (")[0]) for p in sorted(problems)] == [
        ("name", "värdet är tomt men fältet måste fyllas i"),
        ("sources[0].title", "värdet är tomt men fältet måste fyllas i"),
    ]


def fill_with_examples(text: str) -> str:
    """Write each required field's example (from its comment) after its colon, as an editor would."""
    lines, example, is_list = [], "", False
    for line in text.splitlines():
        hint = re.match(r"^\s*#   Form: (.*?)\.(?: Exempel: (.*))?$", line)
        if hint:
            example, is_list = hint.group(2) or "", hint.group(1).startswith("en lista")
        elif (re.fullmatch(r"\s*(- )?\w+:", line) and example and not is_list) or (
            re.fullmatch(r"\s*-", line) and example
        ):
            line += " " + example
        lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("kind", list(KINDS))
def test_template_filled_with_its_examples_is_a_valid_record(tmp_path: Path, kind: str) -> None:
    record_id = "ASN-2025-1234" if kind == "decision" else "ny-post"
    path = tmp_path / f"{record_id}.yml"
    path.write_text(fill_with_examples(_new(tmp_path, kind, record_id)), encoding="utf-8")
    file = read_yaml(path, str(path))
    record = validate_file(file, KINDS[kind].model)
    assert [str(p) for p in file.problems] == []
    assert record is not None


def test_new_refuses_to_overwrite_and_explains_a_bad_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    before = (data / "decisions" / "TN-2024-1.yml").read_text(encoding="utf-8")
    assert main(["new", "decision", "TN-2024-1", "--data-dir", str(data)]) == 1
    assert "finns redan" in capsys.readouterr().err
    assert (data / "decisions" / "TN-2024-1.yml").read_text(encoding="utf-8") == before
    assert main(["new", "organisation", "Ny Förening", "--data-dir", str(data)]) == 1
    assert capsys.readouterr().err.strip().endswith("skriv ny-forening")
    assert main(["new", "beslut", "ASN-2025-1234", "--data-dir", str(data)]) == 0
    assert (data / "decisions" / "ASN-2025-1234.yml").is_file()


@pytest.mark.parametrize("typed", ["asn-2025-4410", "ASN 2025-4410", "asn 2025-04410"])
def test_new_writes_a_case_number_as_typed_in_its_canonical_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    assert main(["new", "beslut", typed, "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"diarienumret skrivs ASN-2025-4410 (du skrev '{typed}'); filen heter därför ASN-2025-4410.yml" in out
    written = tmp_path / "decisions" / "ASN-2025-4410.yml"
    assert "\ncase_number: ASN-2025-4410\n" in written.read_text(encoding="utf-8")
    assert [p.name for p in (tmp_path / "decisions").iterdir()] == ["ASN-2025-4410.yml"]


def test_new_never_repeats_a_personal_identity_number(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "organisation", "880320-0016", "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "880320-XXXX" in err and "0016" not in err

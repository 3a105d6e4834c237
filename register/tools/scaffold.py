"""`register new <kind> <id>`: an annotated template for a new record, written from the schema.

Every field gets a comment: required or optional, the form of its value (the allowed values),
its Swedish description and an example. Required fields stand as `field:` with an empty value
to fill in, so `register check` names each one until it is filled; optional fields are
commented out. No field is listed here by hand: the template follows the JSON Schema, which
follows the model.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from register.core import identifiers
from register.core.fields import SLUG_PATTERN, slug
from register.core.identifiers import find_personal_identity_numbers
from register.core.model import KINDS, Kind, Record
from register.core.problems import without_identity_numbers
from register.core.schemas import json_schema, schema_comment

# The field that must equal the file name (see rules.file_name_is_id); prefilled with the id.
ID_FIELDS = {"decision": "case_number"}

Schema = dict[str, Any]


class ScaffoldError(Exception):
    """A reason not to write the template, in Swedish, for the person who asked for it."""

    def __str__(self) -> str:
        return without_identity_numbers(super().__str__())  # an id typed by mistake may be one


def find_kind(name: str) -> Kind:
    """A kind by its name (decision), folder (decisions) or Swedish address (beslut)."""
    for kind in KINDS.values():
        if name.lower() in (kind.name, kind.folder, kind.url_segment):
            return kind
    names = ", ".join(kind.name for kind in KINDS.values())
    raise ScaffoldError(f"okänt slag av post '{name}'; välj ett av {names}")


def check_id(kind: Kind, record_id: str) -> None:
    if any(find_personal_identity_numbers(record_id)):
        raise ScaffoldError(
            f"'{record_id}' är ett personnummer eller samordningsnummer, som aldrig får publiceras "
            "(filnamnet blir webbadressen); välj ett id efter namnet, t.ex. ny-forening"
        )
    if kind.name == "decision":
        problem = identifiers.case_number_problem(record_id)
        if problem:
            raise ScaffoldError(problem)
    elif not re.match(SLUG_PATTERN, record_id):
        raise ScaffoldError(
            "ett id skrivs med små bokstäver a–z, siffror och bindestreck "
            f"(fick '{record_id}'); skriv {slug(record_id)}"
        )


def normalised_id(kind: Kind, record_id: str) -> str:
    """A case number as typed ('asn-2025-4410', 'ASN 2025-4410') in its canonical form; other ids as given."""
    if kind.name == "decision" and not any(find_personal_identity_numbers(record_id)):
        return identifiers.canonical_case_number(record_id.strip()) or record_id
    return record_id


def write_template(data_dir: Path, kind_name: str, record_id: str) -> Path:
    """Write the template to data/<folder>/<id>.yml; never overwrite an existing file. A case
    number is written in its canonical form (the caller says so when it differs)."""
    kind = find_kind(kind_name)
    record_id = normalised_id(kind, record_id)
    check_id(kind, record_id)
    path = data_dir / kind.folder / f"{record_id}.yml"
    if path.exists():
        raise ScaffoldError(f"{path} finns redan; öppna den och ändra den i stället (inget skrevs över)")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(template(kind.name, record_id), encoding="utf-8")
    return path


def template(kind_name: str, record_id: str | None = None) -> str:
    """The annotated template; without an id it is the general one committed under mallar/."""
    kind = KINDS[kind_name]
    schema = json_schema(kind_name)
    writer = _Writer(schema.get("$defs", {}), {ID_FIELDS.get(kind_name, ""): record_id} if record_id else {})
    if record_id:
        origin = f"# Ny post: {kind.singular} {record_id} (mall från `register new {kind.name} {record_id}`)."
    else:
        name = (
            "diarienumret, t.ex. ASN-2025-1234.yml" if kind_name == "decision" else "postens id, t.ex. ny-forening.yml"
        )
        origin = f"# Mall för en ny post i data/{kind.folder}/: spara den där med {name}."
    writer.lines += [
        schema_comment(kind_name),
        origin,
        "#",
        "# - Fält utan '#' först på raden är obligatoriska: skriv värdet efter kolonet.",
        "# - Valfria fält är bortkommenterade: ta bort '# ' framför raderna för att använda dem.",
        "# - Skriv bara det som står i källan. Saknas en uppgift, utelämna fältet: sidan visar",
        "#   'uppgift saknas'. Anger källorna olika datum, använd start_claims/end_claims.",
        "# - Skriv aldrig personnummer, samordningsnummer eller privatpersoners uppgifter.",
        "# - Text med ': ' eller som börjar med ett specialtecken sätts inom citattecken.",
        "# - Kontrollera med `register check` (eller i pull requesten) innan du publicerar.",
    ]
    # The id first, then the kind's own fields, then those every record has (sources).
    shared = [name for name in Record.model_fields if name in schema["properties"]]
    own = [name for name in schema["properties"] if name not in shared]
    id_field = ID_FIELDS.get(kind_name)
    order = ([id_field] if id_field else []) + [n for n in own if n != id_field] + shared
    writer.fields(schema, indent=0, comments=(), order=order)
    return "\n".join(writer.lines) + "\n"


def _value_schema(prop: Schema, defs: dict[str, Schema]) -> tuple[Schema, bool]:
    """A field's value schema without its `null` branch, with $ref resolved; and whether null is allowed."""
    value, nullable = prop, False
    branches = prop.get("anyOf", [])
    if any(branch.get("type") == "null" for branch in branches):
        rest = [branch for branch in branches if branch.get("type") != "null"]
        value, nullable = (rest[0] if len(rest) == 1 else {"anyOf": rest}), True
    if "$ref" in value:
        value = defs[value["$ref"].rsplit("/", 1)[-1]]
    return value, nullable


def _is_object(value: Schema) -> bool:
    return "properties" in value


def form(value: Schema, defs: dict[str, Schema]) -> str:
    """The form a value takes, in words: the allowed values."""
    if _is_object(value):
        return "en grupp av fält, indragna under fältet (se nedan)"
    if value.get("type") == "array":
        item, _ = _value_schema(value["items"], defs)
        least = f" (minst {value['minItems']})" if value.get("minItems") else ""
        if _is_object(item):
            return f"en lista{least}; varje rad börjar med '- ' och har fälten nedan"
        return f"en lista{least}, en rad per värde som börjar med '- '; varje värde är {form(item, defs)}"
    if "enum" in value:
        return "ett av " + ", ".join(str(v) for v in value["enum"])
    if "const" in value:
        return f"alltid {value['const']}"
    if "anyOf" in value:
        return "ett datum ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ när bara månaden eller året är känt"
    kind = value.get("type")
    if kind == "boolean":
        return "true eller false"
    if kind == "integer":
        if value.get("exclusiveMinimum") == 0:
            return "ett belopp i hela kronor, bara siffror (inga mellanslag, punkter eller 'kr')"
        if value.get("minimum") == 1900:
            return "ett årtal med fyra siffror"
        if "minimum" in value and "maximum" in value:
            return f"ett heltal från {value['minimum']} till {value['maximum']}"
        return "ett heltal"
    return _text_form(value)


def _text_form(value: Schema) -> str:
    reference = value.get("x-reference")
    if reference == "decision":
        return "diarienumret på ett ärende i data/decisions/, PREFIX-ÅÅÅÅ-löpnummer"
    if reference:
        return f"filnamnet (utan .yml) på en post i data/{KINDS[reference].folder}/"
    pattern = value.get("pattern")
    if value.get("format") == "date":
        return "ett datum ÅÅÅÅ-MM-DD"
    if value.get("format") == "idn-email":
        return "en e-postadress, bara en tjänstepersons arbetsadress"
    if pattern == identifiers.CASE_NUMBER_PATTERN:
        return "ett diarienummer PREFIX-ÅÅÅÅ-löpnummer"
    if pattern == identifiers.ORG_NUMBER_PATTERN:
        return "ett organisationsnummer NNNNNN-NNNN (aldrig ett personnummer)"
    if pattern and pattern.startswith("^(https?"):
        return "en hel adress som börjar med https://"
    letters = re.fullmatch(r"\^\[A-ZÅÄÖ\]\{(\d+),(\d+)\}\$", pattern or "")
    if letters:
        return f"{letters.group(1)}–{letters.group(2)} versaler A–Ö"
    if pattern:
        return f"text på formen {pattern}"
    return "text"


def example(prop: Schema, value: Schema, defs: dict[str, Schema]) -> Any:
    """An example value: from the model's `examples`, the type's, or 't.ex.' in the description."""
    for source in (prop, value):
        if source.get("examples"):
            found = source["examples"][0]
            return found[0] if isinstance(found, list) and found else found
    if value.get("type") == "array":
        item, _ = _value_schema(value["items"], defs)
        return None if _is_object(item) else example(item, item, defs)
    if "enum" in value or "const" in value:
        return value.get("enum", [value.get("const")])[0]
    if value.get("type") == "boolean":
        return not prop.get("default", False)
    match = re.search(r"t\.ex\. '?([^';)]+)'?", prop.get("description", ""))
    if match:
        return yaml.safe_load(match.group(1).strip()) if value.get("type") == "integer" else match.group(1).strip()
    return None


def yaml_scalar(value: Any) -> str:
    """One value as YAML writes it (quoted when needed), for prefilled values."""
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1000)
    return text.removesuffix("\n").removesuffix("\n...").strip()


def shown(value: Any) -> str:
    """An example as a person would type it: dates unquoted (the check reads them as dates)."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return value
    return yaml_scalar(value)


Comments = tuple[int, ...]  # the columns where a '# ' comments a line out (nested blocks: several)


class _Writer:
    """Writes the fields of one object at a time, commenting out what is optional."""

    def __init__(self, defs: dict[str, Schema], prefill: dict[str, str]) -> None:
        self.defs = defs
        self.prefill = prefill
        self.lines: list[str] = []

    def emit(self, indent: int, text: str, comments: Comments) -> None:
        line, column = "", 0
        for col in comments:
            line += " " * (col - column) + "# "
            column = col
        self.lines.append(line + " " * (indent - column) + text)

    def fields(
        self, schema: Schema, indent: int, comments: Comments, item: bool = False, order: list[str] | None = None
    ) -> None:
        """The fields of an object; `item`: the first one opens a list row with '- '."""
        required = set(schema.get("required", []))
        conditional = set(schema.get("else", {}).get("required", []))
        condition = schema.get("if", {}).get("required", [""])[0]
        names = order or list(schema["properties"])
        if item:  # required fields first, so that the row's '- ' never sits on a commented line
            names.sort(key=lambda name: name not in required)
            if not required:
                self.emit(indent, "-", comments)
        for position, name in enumerate(names):
            label = "obligatoriskt" if name in required else "valfritt"
            if name in conditional:
                label = f"obligatoriskt utom när {condition}: true"
            dash = "- " if item and position == 0 and required else ""
            if indent == 0:
                self.lines.append("")
            # An object whose fields are all optional still needs a value: its first field is open.
            opens = position == 0 and not required and not conditional and not item
            self.field(
                name,
                schema["properties"][name],
                label,
                indent + 2 if item and not dash else indent,
                comments,
                dash,
                active=name in required or name in conditional or opens,
            )

    def field(
        self, name: str, prop: Schema, label: str, indent: int, comments: Comments, dash: str, active: bool
    ) -> None:
        value, _ = _value_schema(prop, self.defs)
        description = prop.get("description") or value.get("description") or ""
        sample = example(prop, value, self.defs)
        self.emit(indent, f"# {name} ({label}): {description}", comments)
        hint = f"#   Form: {form(value, self.defs)}."
        if sample is not None:
            hint += f" Exempel: {shown(sample)}"
        self.emit(indent, hint, comments)
        if not active:
            comments = (*comments, indent)
        key_indent = indent + len(dash)
        filled = self.prefill.get(name) if indent == 0 else None
        if "const" in value and active:  # a value with one allowed value is written out
            filled = value["const"]
        self.emit(indent, f"{dash}{name}:" + (f" {yaml_scalar(filled)}" if filled else ""), comments)
        if _is_object(value):
            self.fields(value, key_indent + 2, comments)
        elif value.get("type") == "array":
            item, _ = _value_schema(value["items"], self.defs)
            if _is_object(item):
                self.fields(item, key_indent + 2, comments, item=True)
            else:
                self.emit(key_indent + 2, "-", comments)


def write_templates(directory: Path) -> list[Path]:
    """The general template of every kind, for the web editor (mallar/<folder>.yml); changed files."""
    directory.mkdir(parents=True, exist_ok=True)
    changed = []
    for kind in KINDS.values():
        path = directory / f"{kind.folder}.yml"
        text = template(kind.name)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed

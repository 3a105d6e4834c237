"""`register import FILE…`: write a draft decision, the memo's text copy and drafts for unknown
organisations, then say in Swedish what was found, matched and must be checked.

Nothing is overwritten: an existing record or copy stops the import of that memo with a message.
A personal identity number in the memo is masked before anything else reads the text, so it is
never written to the draft, the copy or a message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from register.core.identifiers import find_personal_identity_numbers
from register.core.load import read_entries
from register.core.problems import without_identity_numbers
from register.tools.memo.blocks import blocks
from register.tools.memo.draft import Draft, draft_decision
from register.tools.memo.matching import Matcher
from register.tools.memo.parts import split_memo
from register.tools.memo.read import MemoReadError, read_memo_text
from register.tools.memo.yaml_out import REVIEW, to_yaml

DECISION_HEADER = "# yaml-language-server: $schema=../../schema/decision.schema.json"
ORGANISATION_HEADER = "# yaml-language-server: $schema=../../schema/organisation.schema.json"


class ImportFailed(Exception):
    """Why a memo was not imported, in Swedish."""

    def __str__(self) -> str:
        return without_identity_numbers(super().__str__())


@dataclass
class Imported:
    draft: Draft
    written: list[Path] = field(default_factory=list)
    masked: list[str] = field(default_factory=list)


def copy_name(case_number: str) -> str:
    """The text copy's name under docs/dokument/, as the guide names them."""
    return f"{case_number.lower()}-tjansteskrivelse.txt"


def import_memo(path: Path, data_dir: Path, docs_dir: Path) -> Imported:
    try:
        raw = read_memo_text(path)
    except MemoReadError as error:
        raise ImportFailed(str(error)) from error
    masked = [number for _, number in find_personal_identity_numbers(raw)]
    text = without_identity_numbers(raw)
    memo = split_memo(blocks(text))
    if not memo.case_as_written:
        raise ImportFailed(
            f"{path}:1:1: case_number: inget diarienummer (t.ex. ASN-2024-17401) hittades före Sammanfattning; "
            "skriv det på en egen rad under rubriken och importera igen"
        )
    entries, _ = read_entries(data_dir)
    matcher = Matcher(entries)
    draft = draft_decision(memo, matcher, f"dokument/{copy_name_from(memo.case_as_written)}")
    target = data_dir / "decisions" / f"{draft.case_number}.yml"
    copy = docs_dir / "dokument" / copy_name(draft.case_number)
    if target.exists():
        raise ImportFailed(
            f"{target}:1:1: ärendet {draft.case_number} är redan infört ({target.name} finns); "
            "öppna filen och ändra den i stället (inget skrevs över)"
        )
    copy_text = text.strip() + "\n"
    # The same memo in another format (or as the staff saved it) is the same copy: compare the words.
    if copy.exists() and blocks(without_identity_numbers(copy.read_text(encoding="utf-8"))) != blocks(text):
        raise ImportFailed(
            f"{copy}:1:1: en annan kopia av tjänsteskrivelsen finns redan; jämför dem och ta bort den som är fel "
            "(inget skrevs över)"
        )
    imported = Imported(draft, masked=masked)
    organisations = _new_organisations(draft, data_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    copy.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(to_yaml(draft.data, draft.comments, DECISION_HEADER), encoding="utf-8")
    imported.written.append(target)
    if not copy.exists():
        copy.write_text(copy_text, encoding="utf-8")
        imported.written.append(copy)
    for org_path, content in organisations:
        org_path.write_text(content, encoding="utf-8")
        imported.written.append(org_path)
    return imported


def copy_name_from(case_as_written: str) -> str:
    from register.core.identifiers import canonical_case_number

    return copy_name(canonical_case_number(case_as_written) or case_as_written)


def _new_organisations(draft: Draft, data_dir: Path) -> list[tuple[Path, str]]:
    """A draft record for each recipient the register does not know; never over an existing file."""
    from register.core.identifiers import org_number_problem
    from register.tools.memo.matching import ORG_NUMBER_IN_TEXT

    written: list[tuple[Path, str]] = []
    for record_id, name, context in draft.new_organisations:
        path = data_dir / "organisations" / f"{record_id}.yml"
        if path.exists() or any(p == path for p, _ in written):
            continue
        data: dict[str, object] = {"name": name}
        comments = {("name",): "namnet som tjänsteskrivelsen skriver det; ändra till det officiella namnet"}
        number = ORG_NUMBER_IN_TEXT.search(context)
        if number:
            value = f"{number.group(1)}-{number.group(2)}"
            if org_number_problem(value) is None:
                data["org_number"] = value
        data["sources"] = [draft.data["sources"][0]]
        written.append((path, to_yaml(data, comments, ORGANISATION_HEADER)))
        draft.to_check.append(
            f"mottagaren '{name}' finns inte i registret: ett utkast skrevs till {path}; kontrollera namnet, "
            "eller byt id i ärendet mot en befintlig organisation och ta bort utkastet"
        )
    return written


def report(imported: Imported, source: Path) -> str:
    """What was found, matched and what a person must check, in Swedish."""
    draft = imported.draft
    lines = [f"{source}: utkast till ärendet {draft.case_number}"]
    lines += [f"  skrev {path}" for path in imported.written]
    counts = {key: len(value) for key, value in draft.data.items() if isinstance(value, list)}
    lines.append("  hittade: " + ", ".join(f"{key} {count}" for key, count in counts.items()))
    lines += [f"  {line}" for line in draft.found]
    for number in imported.masked:
        lines.append(
            f"  tjänsteskrivelsen innehåller ett personnummer eller samordningsnummer ({number}); det är maskerat "
            "i kopian och står inte i utkastet. Kontrollera att inga andra personuppgifter följt med"
        )
    reviews = len(draft.comments)
    lines.append(f"  granska: {reviews} rader har kommentaren '{REVIEW.strip()}' i utkastet")
    lines += [f"  granska: {line}" for line in draft.to_check]
    lines.append("  kör sedan `register check` och ta bort kommentarerna när du har granskat raderna")
    return without_identity_numbers("\n".join(lines))

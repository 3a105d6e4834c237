"""The memo copies a change adds or changes under docs/dokument/, for `register diff`: they are
published as they are, so the reviewer sees each one named with the personal details found in it
(register.core.personal_data), where private data would most likely slip in."""

from __future__ import annotations

from pathlib import Path

from register.core.personal_data import TEXT_SUFFIXES, personal_details_in_line
from register.tools.review_text import code, md

_LISTED = 20  # details listed per document; the rest are counted


def _files(folder: Path | None) -> dict[str, bytes]:
    if folder is None or not folder.is_dir():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _details(name: str, content: bytes) -> list[str]:
    if Path(name).suffix.lower() not in TEXT_SUFFIXES:
        return ["  - inte en textfil: öppna den och kontrollera den för hand"]
    found = [
        f"rad {number}: {what}"
        for number, line in enumerate(content.decode("utf-8", "replace").splitlines(), start=1)
        for _, what in personal_details_in_line(line)
    ]
    if not found:
        return ["  - inga personnummer, telefonnummer eller privata e-postadresser hittades"]
    lines = [f"  - {md(text)}" for text in found[:_LISTED]]
    if len(found) > _LISTED:
        lines.append(f"  - och {len(found) - _LISTED} till")
    return lines


def document_changes(before: Path | None, after: Path | None, shown_as: str = "docs/dokument") -> list[str]:
    """Markdown lines: every memo copy added, changed or removed, with what it holds."""
    old, new = _files(before), _files(after)
    lines: list[str] = []
    for name in sorted({*old, *new}):
        path = code(f"{shown_as}/{name}")
        if name not in old:
            lines += [f"- tillagd: {path}", *_details(name, new[name])]
        elif name not in new:
            lines.append(f"- borttagen: {path}")
        elif old[name] != new[name]:
            lines += [f"- ändrad: {path}", *_details(name, new[name])]
    return lines

"""A problem found in the data, and how it is shown to the person who edits the data."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Literal

from register.core.identifiers import find_personal_identity_numbers
from register.core.wording import counted

Severity = Literal["error", "warning"]


def without_identity_numbers(text: str) -> str:
    """Mask every personal identity number so that no message or log repeats one in full."""
    for _, masked in sorted(find_personal_identity_numbers(text), reverse=True):
        text = re.sub(re.escape(masked[:-4]) + r"\s?[-+–]?\s?\d{4}", masked, text)
    return text


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one file, at a line and column (both counted from 1)."""

    path: str
    line: int
    column: int
    field: str
    message: str = dataclasses.field(compare=False)
    severity: Severity = dataclasses.field(default="error", compare=False)
    # For a reference that does not resolve: (kind, id) of the missing record. When that file
    # exists but has mistakes of its own, the load leaves this problem out (it would mislead).
    refers_to: tuple[str, str] | None = dataclasses.field(default=None, compare=False)

    def __post_init__(self) -> None:
        # Masked when made, so no message, report or log can ever hold a whole number.
        object.__setattr__(self, "message", without_identity_numbers(self.message))
        object.__setattr__(self, "field", without_identity_numbers(self.field))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        label = "varning: " if self.severity == "warning" else ""
        subject = f"{self.field}: " if self.field else ""
        return without_identity_numbers(f"{where}: {label}{subject}{self.message}")


def summary_line(problems: list[Problem]) -> str:
    """The closing line of a report: how many errors and warnings, in how many files."""
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity == "warning"]
    files = len({p.path for p in errors})
    if errors:
        return f"registerkontrollen misslyckades: {len(errors)} fel i {counted(files, 'fil', 'filer')}" + (
            f" (och {counted(len(warnings), 'varning', 'varningar')})" if warnings else ""
        )
    if warnings:
        return f"registerkontrollen gick igenom med {counted(len(warnings), 'varning', 'varningar')}"
    return "registerkontrollen gick igenom: inga fel"


def report(problems: list[Problem]) -> str:
    """Errors first, then warnings, each sorted by file and line, then the summary."""
    errors = sorted(p for p in problems if p.severity == "error")
    warnings = sorted(p for p in problems if p.severity == "warning")
    lines = [str(p) for p in errors + warnings]
    return "\n".join([*lines, summary_line(problems)])

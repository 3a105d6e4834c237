"""`register diff <git ref>`: what a change does to the records, in plain Swedish Markdown.

The data at the ref is taken out of git (`git archive`) into a temporary folder and loaded with
`load_register`, like the working tree, so both sides are the validated records. The summary
lists the money first (every grant and transfer added, removed or changed, and the sums per
year and per recipient before → after: review_money.py), then the memo copies added or changed
with the personal details found in them (review_documents.py), records added and removed, each
changed field by its Swedish label with its old and new value (review_labels.py), and the
totals by status. The pull-request workflow writes it to the job summary.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from register.core.load import load_register
from register.core.model import KINDS
from register.core.problems import summary_line
from register.core.registry import Register, Totals
from register.core.wording import counted
from register.site import formatting
from register.tools.review_documents import document_changes
from register.tools.review_labels import label
from register.tools.review_money import by_recipient, by_year, money_table, totals_table
from register.tools.review_text import code, md

TEXT_LIMIT = 300  # longer texts are shortened in the summary (the diff itself has them in full)


class ReviewError(Exception):
    """Why the comparison could not be made, in Swedish."""


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


def _git(repo: Path, *args: str) -> bytes:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True)
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReviewError(f"git {' '.join(args[:2])}: {message[0] if message else 'misslyckades'}")
    return result.stdout


def register_at(ref: str, repo: Path, data_dir: Path, docs_dir: Path, into: Path) -> Register:
    """The validated register as it is at `ref` (data and source documents taken out of git)."""
    top = Path(_git(repo, "rev-parse", "--show-toplevel").decode().strip())
    wanted = [_inside(top, data_dir), _inside(top, docs_dir / "dokument")]
    try:
        _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except ReviewError:
        raise ReviewError(f"git känner inte till '{ref}'; ange en gren eller commit, t.ex. origin/main") from None
    present = [path for path in wanted if _git(top, "ls-tree", "--name-only", ref, path).strip()]
    if present:
        archive = _git(top, "archive", "--format=tar", ref, *present)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(into, filter="data")
    (into / wanted[0]).mkdir(parents=True, exist_ok=True)
    docs = into / _inside(top, docs_dir)
    register, problems = load_register(into / wanted[0], docs if docs.is_dir() else None)
    if register is None:
        raise ReviewError(f"datan i {ref} går inte att läsa in: {summary_line(problems)}")
    return register


def _inside(top: Path, path: Path) -> str:
    return str(path.resolve().relative_to(top.resolve())) if path.is_absolute() or path.exists() else str(path)


def _flatten(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Leaf values by dotted path (`grants[0].amount_sek`); a list of plain values is one value."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flatten(item, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, list) and any(isinstance(item, (dict, list)) for item in value):
        for index, item in enumerate(value):
            yield from _flatten(item, f"{prefix}[{index}]")
    else:
        yield prefix, value


def changes(old: Any, new: Any) -> list[Change]:
    """Every field whose value differs, in the order of the new record (removed fields last)."""
    before = dict(_flatten(old.model_dump(mode="json")))
    after = dict(_flatten(new.model_dump(mode="json")))
    return [
        Change(name, before.get(name), after.get(name))
        for name in [*after, *(name for name in before if name not in after)]
        if before.get(name) != after.get(name)
    ]


def _value(field: str, value: Any) -> str:
    if value is None or value == []:
        return "*(saknas)*"
    if isinstance(value, bool):
        return "true" if value else "false"
    if field.endswith("amount_sek") and isinstance(value, int):
        return formatting.kronor(value)
    text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    if len(text) > TEXT_LIMIT:
        text = text[:TEXT_LIMIT].rstrip() + " … (förkortat)"
    return md(text)


def _label(kind: str, record: Any) -> str:
    name = record.case_number + (f" {record.title}" if record.title else "") if kind == "decision" else record.name
    return f"{KINDS[kind].singular.capitalize()} **{md(name)}**"


def _signed(amount: int) -> str:
    return ("+" if amount > 0 else "−" if amount < 0 else "±") + formatting.kronor(abs(amount))


def summary(before: Register, after: Register, ref: str, documents: list[str] | None = None) -> str:
    """The Markdown summary of the change from `before` (at `ref`) to `after` (the working tree);
    `documents` are the lines on the memo copies (review_documents.document_changes)."""
    added, removed, changed = [], [], []
    for kind, definition in KINDS.items():
        old, new = before.entries[kind], after.entries[kind]
        path = f"data/{definition.folder}/{{}}.yml"
        added += [f"- {_label(kind, new[i].record)} (`{path.format(i)}`)" for i in new if i not in old]
        removed += [f"- {_label(kind, old[i].record)} (`{path.format(i)}`)" for i in old if i not in new]
        for record_id in (i for i in new if i in old):
            found = changes(old[record_id].record, new[record_id].record)
            if found:
                changed.append(f"#### {_label(kind, new[record_id].record)} (`{path.format(record_id)}`)")
                model = definition.model
                changed += [
                    f"- {md(label(model, c.field))} ({code(c.field)}): {_value(c.field, c.old)} → {_value(c.field, c.new)}"
                    for c in found
                ]
    lines = [
        "## Vad ändringen gör med registret",
        "",
        f"Jämfört med {code(ref)}: {counted(len(added), 'post tillagd', 'poster tillagda')}, "
        f"{counted(len(removed), 'post borttagen', 'poster borttagna')}, "
        f"{counted(sum(line.startswith('####') for line in changed), 'post ändrad', 'poster ändrade')}.",
    ]
    money = money_table(before, after)
    lines += ["", "### Pengar som ändras", ""]
    lines += money or ["Inga bidrag eller överföringar läggs till, tas bort eller ändras."]
    for heading, by, title in (("År", by_year, "per år"), ("Mottagare", by_recipient, "per mottagare")):
        table = totals_table(before, after, heading, by)
        if table:
            lines += ["", f"### Summor {title} (bara de som ändras)", "", *table]
    if documents:
        lines += ["", "### Kopior av källdokument (publiceras som de är: kontrollera dem)", "", *documents]
    if added:
        lines += ["", "### Tillagda poster", "", *added]
    if removed:
        lines += ["", "### Borttagna poster", "", *removed]
    if changed:
        lines += ["", "### Ändrade fält (före → efter)", ""]
        lines += [line if not line.startswith("####") else f"\n{line}\n" for line in changed]
    lines += ["", "### Summor per status", "", *_totals(before.totals(), after.totals())]
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def _totals(before: Totals, after: Totals) -> list[str]:
    rows = [("Föreslaget (beslutet inte registrerat)", "proposed"), ("Beviljat", "decided"), ("Avslaget", "refused")]
    lines = ["| Medel till idéburna organisationer | Före | Efter | Förändring |", "| --- | ---: | ---: | ---: |"]
    for row_label, name in rows:
        old, new = getattr(before, name), getattr(after, name)
        lines.append(f"| {row_label} | {formatting.kronor(old)} | {formatting.kronor(new)} | {_signed(new - old)} |")
    return lines


def review(ref: str, data_dir: Path, docs_dir: Path, repo: Path | None = None) -> str:
    """The summary for the change from `ref` to the working tree's data."""
    after, problems = load_register(data_dir, docs_dir if docs_dir.is_dir() else None)
    if after is None:
        raise ReviewError(f"datan i arbetskopian går inte att läsa in: {summary_line(problems)} (kör `register check`)")
    with tempfile.TemporaryDirectory(prefix="register-diff-") as temporary:
        repo = repo or Path.cwd()
        before = register_at(ref, repo, data_dir, docs_dir, Path(temporary))
        top = Path(_git(repo, "rev-parse", "--show-toplevel").decode().strip())
        old_docs = Path(temporary) / _inside(top, docs_dir / "dokument")
        documents = document_changes(old_docs, docs_dir / "dokument")
    return summary(before, after, ref, documents)

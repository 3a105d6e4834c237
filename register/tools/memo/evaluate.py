"""The importer's measure: import memos whose curated records exist, with those records set aside,
and compare the drafts with them field by field.

    python -m register.tools.memo.evaluate [MEMO …]     (make import-eval)

Without arguments it takes every memo copy under docs/dokument/ (`*-tjansteskrivelse.txt`)
whose decision is in data/decisions/. Each memo is imported from its text, from a Word file
and from a PDF made from that text, each into a temporary copy of data/ and docs/. Per field:
the curated values reproduced, wrong (a different value) and missing, and the values the draft
adds. Fields the model leaves to the editor's own words are counted apart.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from register.core.load import load_register
from register.core.problems import report
from register.tools.memo.formats import write_docx, write_pdf
from register.tools.memo.importer import copy_name, import_memo

# Fields the model asks the editor to write in their own words: the draft quotes the memo there.
EDITORIAL = ("related_cases[].relation", "outcome.note")
Counts = dict[str, dict[str, int]]


def leaves(value: Any, path: str = "") -> dict[str, Any]:
    """Every value by its path (`grants[0].amount_sek`); texts compared without outer whitespace."""
    if isinstance(value, dict):
        return {k: v for key, item in value.items() for k, v in leaves(item, f"{path}.{key}" if path else key).items()}
    if isinstance(value, list):
        return {k: v for i, item in enumerate(value) for k, v in leaves(item, f"{path}[{i}]").items()}
    if isinstance(value, date):
        return {path: value.isoformat()}
    return {path: value.strip() if isinstance(value, str) else value}


def field_of(path: str) -> str:
    general = "".join(part if not part.startswith("[") else "[]" for part in _split(path))
    return general if general in EDITORIAL else path.split(".")[0].split("[")[0]


def _split(path: str) -> list[str]:
    import re

    return re.findall(r"\[\d+\]|\.?[^.\[]+", path)


def compare(draft: dict[str, Any], curated: dict[str, Any], counts: Counts, wrong: list[str]) -> None:
    got, want = leaves(draft), leaves(curated)
    for path, value in want.items():
        row = counts[field_of(path)]
        if path not in got:
            row["missing"] += 1
        elif got[path] == value:
            row["reproduced"] += 1
        else:
            row["wrong"] += 1
            if field_of(path) not in EDITORIAL:
                wrong.append(f"{curated.get('case_number')} {path}: {got[path]!r} ≠ {value!r}")
    for path in got.keys() - want.keys():
        counts[field_of(path)]["added"] += 1


def _case_of(memo: Path) -> str:
    return memo.name.removesuffix("-tjansteskrivelse.txt").upper()


def evaluate(memos: list[Path], data_dir: Path, docs_dir: Path) -> tuple[str, bool]:
    cases = {memo: _case_of(memo) for memo in memos}
    drafts: dict[str, dict[str, str]] = defaultdict(dict)
    counts: Counts = defaultdict(lambda: defaultdict(int))
    wrong: list[str] = []
    problems_text: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("txt", "docx", "pdf"):
            root = Path(tmp) / fmt
            shutil.copytree(data_dir, root / "data")
            shutil.copytree(docs_dir, root / "docs")
            for case in cases.values():  # set the curated records and copies aside
                (root / "data" / "decisions" / f"{case}.yml").unlink(missing_ok=True)
                (root / "docs" / "dokument" / copy_name(case)).unlink(missing_ok=True)
            for memo, case in cases.items():
                source = _as_format(memo, fmt, root)
                imported = import_memo(source, root / "data", root / "docs")
                text = (root / "data" / "decisions" / f"{imported.draft.case_number}.yml").read_text(encoding="utf-8")
                drafts[case][fmt] = text
                if fmt == "txt":
                    curated = yaml.safe_load((data_dir / "decisions" / f"{case}.yml").read_text(encoding="utf-8"))
                    compare(yaml.safe_load(text), curated, counts, wrong)
            register, problems = load_register(root / "data", root / "docs")
            if register is None:
                problems_text.append(f"{fmt}: {report(problems)}")
    same = all(len(set(by_format.values())) == 1 for by_format in drafts.values())
    return _table(counts, wrong, same, problems_text, sorted(cases.values())), same and not wrong and not problems_text


def _as_format(memo: Path, fmt: str, root: Path) -> Path:
    if fmt == "txt":
        return memo
    target = root / f"{memo.stem}.{fmt}"
    text = memo.read_text(encoding="utf-8")
    return write_docx(text, target) if fmt == "docx" else write_pdf(text, target)


def _table(counts: Counts, wrong: list[str], same: bool, problems: list[str], cases: list[str]) -> str:
    lines = [f"Jämförelse med de kurerade posterna: {', '.join(cases)}", ""]
    lines.append(f"{'fält':44} {'återgivna':>9} {'fel':>5} {'saknas':>7} {'tillagda':>9} {'andel':>7}")
    total: dict[str, int] = defaultdict(int)
    for name in sorted(counts, key=lambda n: (n in EDITORIAL, n)):
        row = counts[name]
        curated = row["reproduced"] + row["wrong"] + row["missing"]
        share = f"{100 * row['reproduced'] / curated:.0f} %" if curated else "–"
        mark = " (redaktörens ord)" if name in EDITORIAL else ""
        lines.append(
            f"{name + mark:44} {row['reproduced']:>9} {row['wrong']:>5} {row['missing']:>7} {row['added']:>9} {share:>7}"
        )
        if name not in EDITORIAL:
            for key in ("reproduced", "wrong", "missing", "added"):
                total[key] += row[key]
    curated_total = total["reproduced"] + total["wrong"] + total["missing"]
    lines.append(
        f"{'summa (utom redaktörens ord)':44} {total['reproduced']:>9} {total['wrong']:>5} {total['missing']:>7} "
        f"{total['added']:>9} {100 * total['reproduced'] / max(curated_total, 1):>5.1f} %"
    )
    lines += ["", "samma utkast från .txt, .docx och .pdf: " + ("ja" if same else "NEJ")]
    lines += [f"fel värde: {line}" for line in wrong]
    lines += [f"kontrollen misslyckades för {line}" for line in problems]
    if not problems:
        lines.append("utkasten går igenom `register check` i alla tre format")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m register.tools.memo.evaluate", description=__doc__)
    parser.add_argument(
        "memos", nargs="*", type=Path, help="tjänsteskrivelser (standard: docs/dokument/*-tjansteskrivelse.txt)"
    )
    parser.add_argument("--data-dir", type=Path, default=Path("data"))
    parser.add_argument("--docs-dir", type=Path, default=Path("docs"))
    args = parser.parse_args(argv)
    memos = args.memos or sorted((args.docs_dir / "dokument").glob("*-tjansteskrivelse.txt"))
    memos = [m for m in memos if (args.data_dir / "decisions" / f"{_case_of(m)}.yml").is_file()]
    if not memos:
        print("inga tjänsteskrivelser med kurerade poster att jämföra med", file=sys.stderr)
        return 1
    table, ok = evaluate(memos, args.data_dir, args.docs_dir)
    print(table)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

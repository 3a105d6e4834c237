"""The `register` command: check the data, write templates and schemas, summarise a change for review.

Synthetic test data is the benchmark's (`python -m register.bench synthetic`), not a staff command."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from register.core.load import default_data_dir, load_register
from register.core.problems import report
from register.tools.check_target import Target, docs_dir_for, nearest_data_dir, target_of


def check(data_dir: Path, docs_dir: Path | None, only: Target | None = None) -> int:
    """Print every problem (of `only`'s file or folder, when given) and a total; 0 when there is no
    error, 1 otherwise. The whole register is loaded either way, so references resolve."""
    # The collector stays off until the records are freed: back on with a million new objects
    # it would first walk them all (half a second at 10 000 decisions) to find nothing to free.
    collecting = gc.isenabled()
    gc.disable()
    try:
        problems = load_register(data_dir, docs_dir)[1]
    finally:
        if collecting:
            gc.enable()
    if only is not None:
        problems = [p for p in problems if only.covers(p)]
    failed = any(p.severity == "error" for p in problems)
    print(report(problems), file=sys.stderr if failed else sys.stdout)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="register", description="Registret över ASN:s bidrag och partnerskap.")
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="kontrollera datafilerna och lista alla fel")
    check_parser.add_argument(
        "data_dir",
        nargs="?",
        type=Path,
        help="datamappen, eller en fil eller mapp i den (standard: $REGISTER_DATA_DIR eller data/)",
    )
    check_parser.add_argument(
        "--docs-dir", type=Path, help="där källdokumenten ligger (standard: docs/ bredvid datamappen)"
    )
    schema_parser = commands.add_parser(
        "schema", help="skriv JSON Schema (schema/) och mallar (mallar/) för varje slag av post, ur modellen"
    )
    schema_parser.add_argument("--dir", type=Path, default=Path("schema"), help="schemamappen (standard: schema/)")
    schema_parser.add_argument("--templates", type=Path, default=Path("mallar"), help="mallmappen (standard: mallar/)")
    new_parser = commands.add_parser("new", help="skriv en kommenterad mall för en ny post")
    new_parser.add_argument("kind", help="decision, organisation, programme, partnership eller body")
    new_parser.add_argument("id", help="diarienumret (ASN-2025-1234) eller filnamnet utan .yml (ny-forening)")
    new_parser.add_argument("--data-dir", type=Path, help="datamappen (standard: $REGISTER_DATA_DIR eller data/)")
    diff_parser = commands.add_parser(
        "diff", help="vad ändringarna gör med registret jämfört med en git-ref (Markdown)"
    )
    diff_parser.add_argument("ref", help="grenen eller commiten att jämföra med, t.ex. origin/main")
    diff_parser.add_argument("--data-dir", type=Path, help="datamappen (standard: $REGISTER_DATA_DIR eller data/)")
    diff_parser.add_argument(
        "--docs-dir", type=Path, default=Path("docs"), help="där källdokumenten ligger (standard: docs/)"
    )
    import_parser = commands.add_parser(
        "import", help="gör ett granskat utkast till ärende av en tjänsteskrivelse (.txt, .md, .docx, .pdf)"
    )
    import_parser.add_argument("files", nargs="+", type=Path, help="tjänsteskrivelserna")
    import_parser.add_argument("--data-dir", type=Path, help="datamappen (standard: $REGISTER_DATA_DIR eller data/)")
    import_parser.add_argument(
        "--docs-dir", type=Path, default=Path("docs"), help="där kopian av dokumentet läggs (standard: docs/)"
    )
    args = parser.parse_args(argv)
    if args.command == "check":
        return check_command(args.data_dir, args.docs_dir)
    if args.command == "schema":
        return schema_command(args.dir, args.templates)
    if args.command == "new":
        return new_command(args.data_dir or default_data_dir(), args.kind, args.id)
    if args.command == "import":
        return import_command(args.files, args.data_dir or default_data_dir(), args.docs_dir)
    if args.command == "diff":
        return diff_command(args.ref, args.data_dir or default_data_dir(), args.docs_dir)
    return 2


def check_command(path: Path | None, docs_dir: Path | None) -> int:
    """`register check [PATH]`: the data folder, or a file or folder in it, from anywhere below the repository."""
    if path is not None and not path.exists():
        print(f"register check: {path} finns inte; ange datamappen, eller en fil eller mapp i den", file=sys.stderr)
        return 1
    try:
        target = target_of(path) if path else Target(nearest_data_dir(Path.cwd(), default_data_dir()))
    except ValueError as error:
        print(f"register check: {error}", file=sys.stderr)
        return 1
    return check(target.data_dir, docs_dir_for(target.data_dir, docs_dir), target)


def import_command(files: list[Path], data_dir: Path, docs_dir: Path) -> int:
    """Import each memo; every failure is said, the others are still imported. Then the check."""
    from register.tools.memo.importer import ImportFailed, import_memo, report

    failed = 0
    for path in files:
        try:
            print(report(import_memo(path, data_dir, docs_dir), path))
        except ImportFailed as error:
            print(f"register import: {error}", file=sys.stderr)
            failed += 1
    if failed < len(files):
        print()
        status = check(data_dir, docs_dir if docs_dir.is_dir() else None)
        return 1 if failed else status
    return 1


def diff_command(ref: str, data_dir: Path, docs_dir: Path) -> int:
    from register.tools.review import ReviewError, review

    try:
        print(review(ref, data_dir, docs_dir), end="")
    except ReviewError as error:
        print(f"register diff: {error}", file=sys.stderr)
        return 1
    return 0


def schema_command(directory: Path, templates: Path) -> int:
    from register.core.schemas import write_schemas
    from register.tools.scaffold import write_templates

    changed = write_schemas(directory) + write_templates(templates)
    for path in changed:
        print(f"skrev {path}")
    if not changed:
        print(f"alla scheman i {directory}/ och mallar i {templates}/ är aktuella")
    return 0


def new_command(data_dir: Path, kind: str, record_id: str) -> int:
    from register.tools.scaffold import ScaffoldError, write_template

    try:
        path = write_template(data_dir, kind, record_id)
    except ScaffoldError as error:
        print(f"register new: {error}", file=sys.stderr)
        return 1
    if path.stem != record_id:
        print(f"diarienumret skrivs {path.stem} (du skrev '{record_id}'); filen heter därför {path.name}")
    print(f"skrev {path}: fyll i fälten utan '#' och kör sedan `register check`")
    return 0


if __name__ == "__main__":
    sys.exit(main())

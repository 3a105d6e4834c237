"""The `register` command: check the data, write synthetic test data (more as the register grows)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from register.load import default_data_dir, load_register
from register.problems import report


def check(data_dir: Path, docs_dir: Path | None) -> int:
    """Print every problem and a total; 0 when there is no error, 1 otherwise."""
    register, problems = load_register(data_dir, docs_dir)
    print(report(problems), file=sys.stdout if register else sys.stderr)
    return 0 if register is not None else 1


def write_synthetic(out_dir: Path, decisions: int, seed: int, with_data: bool) -> int:
    from register import synthetic

    data_dir = default_data_dir()
    try:
        written = synthetic.write(out_dir, decisions, seed, data_dir if with_data else None, protected=data_dir)
    except ValueError as error:
        print(f"register synthetic: {error}", file=sys.stderr)
        return 1
    print(f"{written} filer skrivna i {out_dir}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="register", description="Registret över ASN:s bidrag och partnerskap.")
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="kontrollera datafilerna och lista alla fel")
    check_parser.add_argument("data_dir", nargs="?", type=Path, help="datamappen (standard: $REGISTER_DATA_DIR eller data/)")
    check_parser.add_argument("--docs-dir", type=Path, default=Path("docs"), help="där källdokumenten ligger (standard: docs/)")
    synthetic_parser = commands.add_parser("synthetic", help="skriv syntetiska testdata för prestandamätning")
    synthetic_parser.add_argument("out_dir", type=Path, help="mappen som testdatan skrivs i (aldrig data/)")
    synthetic_parser.add_argument("--decisions", type=int, default=1000, help="antal ärenden (standard 1000)")
    synthetic_parser.add_argument("--seed", type=int, default=8, help="frö: samma frö ger samma data")
    synthetic_parser.add_argument("--with-data", action="store_true", help="kopiera också registrets riktiga poster")
    args = parser.parse_args(argv)
    if args.command == "check":
        docs_dir = args.docs_dir if args.docs_dir.is_dir() else None
        return check(args.data_dir or default_data_dir(), docs_dir)
    if args.command == "synthetic":
        return write_synthetic(args.out_dir, args.decisions, args.seed, args.with_data)
    return 2


if __name__ == "__main__":
    sys.exit(main())

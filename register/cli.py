"""The `register` command: check the data (more sub-commands are added as the register grows)."""

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="register", description="Registret över ASN:s bidrag och partnerskap.")
    commands = parser.add_subparsers(dest="command", required=True)
    check_parser = commands.add_parser("check", help="kontrollera datafilerna och lista alla fel")
    check_parser.add_argument("data_dir", nargs="?", type=Path, help="datamappen (standard: $REGISTER_DATA_DIR eller data/)")
    check_parser.add_argument("--docs-dir", type=Path, default=Path("docs"), help="där källdokumenten ligger (standard: docs/)")
    args = parser.parse_args(argv)
    if args.command == "check":
        docs_dir = args.docs_dir if args.docs_dir.is_dir() else None
        return check(args.data_dir or default_data_dir(), docs_dir)
    return 2


if __name__ == "__main__":
    sys.exit(main())

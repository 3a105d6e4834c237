"""`python -m register.bench`: the benchmark; `python -m register.bench synthetic DIR`: its data only."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from register.bench import main as bench_main
from register.bench import synthetic_files
from register.core.load import default_data_dir


def synthetic_command(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m register.bench synthetic", description="skriv syntetiska testdata för prestandamätning"
    )
    parser.add_argument("out_dir", type=Path, help="mappen som testdatan skrivs i (aldrig data/)")
    parser.add_argument("--decisions", type=int, default=1000, help="antal ärenden (standard 1000)")
    parser.add_argument("--seed", type=int, default=8, help="frö: samma frö ger samma data")
    parser.add_argument("--with-data", action="store_true", help="kopiera också registrets riktiga poster")
    args = parser.parse_args(argv)
    data_dir = default_data_dir()
    try:
        written = synthetic_files.write(
            args.out_dir, args.decisions, args.seed, data_dir if args.with_data else None, protected=data_dir
        )
    except ValueError as error:
        print(f"register synthetic: {error}", file=sys.stderr)
        return 1
    print(f"{written} filer skrivna i {args.out_dir}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["synthetic"]:
        return synthetic_command(args[1:])
    return bench_main.main(args)


if __name__ == "__main__":
    sys.exit(main())

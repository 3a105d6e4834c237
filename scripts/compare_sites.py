"""Compare two built sites file by file and print one summary line (make compat's report)."""

from __future__ import annotations

import difflib
import re
import sys
from pathlib import Path

# Material names the generator in every page's head: a difference in that line only is expected.
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def main(first_dir: str, second_dir: str, first_name: str, second_name: str) -> int:
    first, second = files(Path(first_dir)), files(Path(second_dir))
    only = sorted(set(first) ^ set(second))
    differ = [name for name in sorted(set(first) & set(second)) if first[name] != second[name]]
    for name in only[:10]:
        print(f"  bara i {'den första' if name in first else 'den andra'}: {name}")
    for name in differ[:2]:
        a = first[name].decode("utf-8", "replace").splitlines()
        b = second[name].decode("utf-8", "replace").splitlines()
        diff = difflib.unified_diff(a, b, first_name, second_name, n=0, lineterm="")
        print("\n".join(f"  {line}" for line in list(diff)[:12]))
    generator_only = [name for name in differ if GENERATOR.sub(b"", first[name]) == GENERATOR.sub(b"", second[name])]
    if not only and not differ:
        print(f"compat: {second_name} build is byte-identical to {first_name} ({len(first)} files)")
    else:
        print(
            f"compat: {second_name} differs from {first_name} in {len(differ)} of {len(first)} files"
            f" ({len(only)} present in one only); in {len(generator_only)} of them the only difference is"
            " the generator <meta> tag"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))

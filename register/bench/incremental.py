"""`make bench`: how long a build takes after a one-record edit, with the last build's cache.

The edit is the commonest one staff make: a decision's title. Its page, the pages that show the
title (its organisation's, programme's and bodies' pages, related decisions, listings) and the
parts of the search index they are in are made again; everything else is kept
(register.site.page_cache, register.site.search_parts). The file is put back afterwards, so the
synthetic data stays as it was written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from register.bench.measure import Measured

EDITED = "Ändrad rubrik i make bench"


def one_record_edit(data: Path, rebuild: Callable[[], Measured]) -> dict[str, Any]:
    """Change one decision's title, rebuild, put the title back; the rebuild's figures."""
    path = sorted((data / "decisions").glob("SAN-*.yml"))[len(list((data / "decisions").glob("SAN-*.yml"))) // 2]
    original = path.read_text(encoding="utf-8")
    changed, count = re.subn(r"^title: ", f"title: {EDITED} – ", original, count=1, flags=re.MULTILINE)
    if not count:
        raise SystemExit(f"{path} har ingen title att ändra")
    path.write_text(changed, encoding="utf-8")
    try:
        run = rebuild()
    finally:
        path.write_text(original, encoding="utf-8")
    if run.returncode != 0:
        raise SystemExit(f"the rebuild after editing {path.name} failed:\n{run.output[-3000:]}")
    kept = re.search(r"(\d+) postsidor oförändrade", run.output)
    parts = re.search(r"Sökindexet: (\d+) delar, (\d+) indexerade nu", run.output)
    return asdict(run) | {
        "output": "",
        "edited": path.name,
        "pages_kept": int(kept.group(1)) if kept else None,
        "search_parts": int(parts.group(1)) if parts else None,
        "search_parts_indexed": int(parts.group(2)) if parts else None,
    }


__all__ = ["one_record_edit"]

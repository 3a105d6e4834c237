"""One order of decisions on every list: newest memo date first, then the newest case number."""

from __future__ import annotations

import re
from pathlib import Path

from register.core.load import load_register
from register.site import listings

VALID = Path(__file__).parent / "fixtures" / "valid"
# The fixture's memo dates: TN-2024-1 2023-11-02, TN-2024-3 2024-02-01, TN-2024-4 2024-03-01,
# TN-2025-2 2024-10-01. Sorting by year and then by date the wrong way round puts 2024-02-01
# before 2024-10-01 (the bug this guards against).
NEWEST_FIRST = ["TN-2025-2", "TN-2024-4", "TN-2024-3", "TN-2024-1"]


def test_the_registry_lists_decisions_newest_first() -> None:
    register, _ = load_register(VALID)
    assert register is not None
    assert [d.case_number for d in register.decisions_newest_first()] == NEWEST_FIRST


def test_the_decision_listing_uses_the_same_order() -> None:
    register, _ = load_register(VALID)
    assert register is not None
    html = listings.listing(register, "beslut/", "decision")
    shown = list(dict.fromkeys(re.findall(r">(TN-\d{4}-\d+)<", html)))
    assert shown == NEWEST_FIRST


def test_same_day_decisions_are_ordered_by_case_number_newest_first(tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    for name in ("TN-2024-3", "TN-2024-4"):
        path = data / "decisions" / f"{name}.yml"
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"memo_date: .*", "memo_date: 2024-03-01", text, count=1), encoding="utf-8")
    register, problems = load_register(data)
    assert register is not None, problems
    order = [d.case_number for d in register.decisions_newest_first()]
    assert order.index("TN-2024-4") < order.index("TN-2024-3")

"""The feed of changes lists records added, changed and removed, newest first, from git, each
with the commit's first line as what changed; valid Atom with stable ids."""

from __future__ import annotations

import shutil
from pathlib import Path

import feedparser
from support import git

from register.core.load import load_register
from register.site.changes_feed import changes_feed
from register.site.history import read_history

VALID = Path(__file__).parent / "fixtures" / "valid"
BASE = "https://example.org/register/"


def test_changes_come_newest_first_with_what_changed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "Registret börjar", when="2025-01-10T12:00:00+00:00")
    decision = data / "decisions" / "TN-2024-1.yml"
    decision.write_text(decision.read_text(encoding="utf-8").replace("100000", "110000"), encoding="utf-8")
    git(tmp_path, "commit", "-qam", "Rättade beloppet i TN-2024-1 efter protokollet", when="2025-02-03T12:00:00+00:00")
    (data / "organisations" / "utan-nummer.yml").unlink()
    git(tmp_path, "commit", "-qam", "Tog bort en dubblett", when="2025-02-04T12:00:00+00:00")

    register, problems = load_register(VALID)
    assert register is not None, problems
    history = read_history(data)
    xml = changes_feed(register, history.changes, BASE, "Testregistret")
    parsed = feedparser.parse(xml)
    assert parsed.bozo == 0, parsed.bozo_exception
    first, second = parsed.entries[0], parsed.entries[1]
    assert first.title.startswith("Borttagen post (organisation): ")
    assert first.summary == "Tog bort en dubblett"
    assert second.title == "Ändrad post (ärende): TN-2024-1"
    assert second.summary == "Rättade beloppet i TN-2024-1 efter protokollet"
    assert second.link == BASE + "beslut/tn-2024-1/"
    assert second.updated.startswith("2025-02-03")
    added = [e for e in parsed.entries if e.title.startswith("Ny post")]
    assert len(added) == sum(1 for _ in VALID.glob("*/*.yml"))
    assert len({e.id for e in parsed.entries}) == len(parsed.entries)  # stable, distinct ids
    assert xml == changes_feed(register, read_history(data).changes, BASE, "Testregistret")


def test_without_history_the_feed_is_empty_but_valid(tmp_path: Path) -> None:
    register, _ = load_register(VALID)
    assert register is not None
    parsed = feedparser.parse(changes_feed(register, [], BASE, "Testregistret"))
    assert parsed.bozo == 0 and parsed.entries == []

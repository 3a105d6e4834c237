"""Control characters are refused by the check, and the feed stays well-formed XML whatever it gets."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from register.core.load import load_register
from register.core.registry import Register
from register.site import feed

VALID = Path(__file__).parent / "fixtures" / "valid"


@pytest.mark.parametrize(
    ("escaped", "described"), [("\\x02", "U+0002"), ("\\x1b", "U+001B"), ("\\u0085", "U+0085"), ("\\x7f", "U+007F")]
)
def test_a_control_character_in_a_text_is_refused_at_its_value(
    tmp_path: Path, escaped: str, described: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    path = data / "decisions" / "TN-2024-1.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("title: Bidrag till Exempelverksamheten", f'title: "Bidrag{escaped} till"'), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    register, problems = load_register(Path("data"))
    assert register is None
    messages = [str(p) for p in problems]
    assert len(messages) == 1, messages
    assert messages[0].startswith(
        "data/decisions/TN-2024-1.yml:2:8: title: texten innehåller ett osynligt styrtecken, "
    )
    assert described in messages[0] and "på plats 7; ta bort det" in messages[0]


def test_tab_and_newline_are_text(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    path = data / "decisions" / "TN-2024-1.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: Bidrag till Exempelverksamheten", 'title: "Bidrag\\ttill"'), encoding="utf-8")
    register, problems = load_register(data)
    assert register is not None, [str(p) for p in problems]


def test_the_feed_is_well_formed_even_if_a_control_character_got_past_the_check() -> None:
    register, _ = load_register(VALID)
    assert register is not None
    entries = register.entries
    entry = entries["decision"]["TN-2025-2"]
    broken = entry.record.model_copy(update={"title": "Bidrag\x02 till\x0c alla"})
    entries["decision"]["TN-2025-2"] = dataclasses.replace(entry, record=broken)
    xml = feed.atom_feed(Register.build(entries), "https://example.org/", "Registret", date(2025, 1, 1), lambda _: None)
    root = ET.fromstring(xml)  # raises on a character XML cannot hold
    titles = [t.text for t in root.iter("{http://www.w3.org/2005/Atom}title")]
    assert "TN-2025-2: Bidrag till alla" in titles

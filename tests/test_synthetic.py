"""The synthetic test data: reproducible, memo-length, marked synthetic, valid, never in data/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from support import REPO_ROOT

from register.bench import synthetic_decision, synthetic_files
from register.bench.__main__ import main
from register.core.load import load_register


def files_of(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): p.read_text(encoding="utf-8") for p in sorted(folder.glob("*/*.yml"))}


def test_same_seed_same_data_other_seed_other_data(tmp_path: Path) -> None:
    synthetic_files.write(tmp_path / "a", 30, seed=1)
    synthetic_files.write(tmp_path / "b", 30, seed=1)
    synthetic_files.write(tmp_path / "c", 30, seed=2)
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")
    assert files_of(tmp_path / "a") != files_of(tmp_path / "c")
    assert len(list((tmp_path / "a" / "decisions").glob("*.yml"))) == 30


def test_synthetic_data_passes_the_check_alone_and_with_the_real_records(tmp_path: Path) -> None:
    synthetic_files.write(tmp_path / "alone", 60, seed=3)
    register, problems = load_register(tmp_path / "alone", None)
    assert register is not None and problems == []
    synthetic_files.write(tmp_path / "mixed", 60, seed=3, with_data=REPO_ROOT / "data")
    register, problems = load_register(tmp_path / "mixed", REPO_ROOT / "docs")
    assert register is not None and problems == []
    assert "ASN-2024-17401" in register.entries["decision"]


def test_every_synthetic_record_says_so_and_memos_are_memo_length(tmp_path: Path) -> None:
    synthetic_files.write(tmp_path, 40, seed=4)
    memo_words = []
    for path in tmp_path.glob("*/*.yml"):
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# Syntetiska testdata")
        record = yaml.safe_load(text)
        assert record["sources"] and all(s["title"].startswith("Syntetiska testdata: ") for s in record["sources"])
        if path.parent.name == "decisions" and not record.get("known_only_by_reference"):
            words = sum(len(s["text"].split()) for s in record["sections"])
            memo_words.append(words)
            assert 560 <= words <= 1600, (path.name, words)
            assert len(record["sections"]) >= 3
    assert len(memo_words) >= 30
    # The vocabulary leaves out what the browser tests search for on a large site.
    every_text = " ".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("*/*.yml")).casefold()
    assert "förening" not in every_text and "thaimise" not in every_text and "802438" not in every_text


def test_never_written_into_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    (data / "decisions").mkdir(parents=True)
    (data / "decisions" / "ASN-2024-1.yml").write_text("case_number: ASN-2024-1\n", encoding="utf-8")
    monkeypatch.setenv("REGISTER_DATA_DIR", str(data))
    for target in (data, data / "decisions", tmp_path):
        assert main(["synthetic", str(target), "--decisions", "3"]) == 1
    assert [p.name for p in data.rglob("*") if p.is_file()] == ["ASN-2024-1.yml"]
    with pytest.raises(ValueError):
        synthetic_files.write(data / "sub", 3, protected=data)


def test_a_folder_with_other_files_is_not_emptied(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mina anteckningar", encoding="utf-8")
    with pytest.raises(ValueError, match="inte tom"):
        synthetic_files.write(tmp_path, 3)
    assert (tmp_path / "notes.txt").exists()
    synthetic_files.write(tmp_path / "run", 3)
    synthetic_files.write(tmp_path / "run", 4)  # a folder of earlier synthetic data is replaced
    assert len(list((tmp_path / "run" / "decisions").glob("*.yml"))) == 4
    assert re.search(r"decisions=4", (tmp_path / "run" / synthetic_decision.MARKER).read_text())

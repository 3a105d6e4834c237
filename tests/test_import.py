"""`register import`: a memo becomes a draft decision that passes the check (issue 16).

Runs on the frozen register and memos under tests/fixtures/import/, never on the live data/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from register.core.load import load_register
from register.tools.cli import main
from register.tools.memo.formats import write_docx, write_pdf
from register.tools.memo.importer import ImportFailed, import_memo, report

FIXTURE = Path(__file__).parent / "fixtures" / "import"
SEEDS = {
    "ASN-2022-14203": FIXTURE / "memos" / "asn-2022-14203.md",
    "ASN-2024-17401": FIXTURE / "memos" / "asn-2024-17401.txt",
}
EXAMPLE = FIXTURE / "memos" / "asn-2025-900.md"


@pytest.fixture
def register_dir(tmp_path: Path) -> Path:
    """A writable copy of the fixture register and its document copies."""
    shutil.copytree(FIXTURE / "data", tmp_path / "data")
    shutil.copytree(FIXTURE / "docs", tmp_path / "docs")
    return tmp_path


def _import(path: Path, root: Path) -> dict:
    imported = import_memo(path, root / "data", root / "docs")
    return yaml.safe_load((root / "data" / "decisions" / f"{imported.draft.case_number}.yml").read_text("utf-8"))


def _as(fmt: str, memo: Path, folder: Path) -> Path:
    if fmt == "txt":
        return memo
    writer = write_docx if fmt == "docx" else write_pdf
    return writer(memo.read_text("utf-8"), folder / f"{memo.stem}.{fmt}")


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_both_seed_memos_draft_records_that_pass_the_check(fmt: str, register_dir: Path) -> None:
    for memo in SEEDS.values():
        _import(_as(fmt, memo, register_dir), register_dir)
    register, problems = load_register(register_dir / "data", register_dir / "docs")
    assert register is not None, [str(p) for p in problems]
    assert set(SEEDS) <= set(register.entries["decision"])


def test_the_three_formats_give_the_same_draft(tmp_path: Path) -> None:
    for case, memo in SEEDS.items():
        drafts = set()
        for fmt in ("txt", "docx", "pdf"):
            root = tmp_path / f"{case}-{fmt}"
            shutil.copytree(FIXTURE / "data", root / "data")
            shutil.copytree(FIXTURE / "docs", root / "docs")
            import_memo(_as(fmt, memo, root), root / "data", root / "docs")
            drafts.add((root / "data" / "decisions" / f"{case}.yml").read_text("utf-8"))
        assert len(drafts) == 1, case


def test_recipients_are_matched_by_org_number_name_and_alias(register_dir: Path) -> None:
    by_name_and_alias = _import(SEEDS["ASN-2022-14203"], register_dir)["grants"]
    assert [(g["recipient"], g["recipient_as_written"]) for g in by_name_and_alias] == [
        ("internationella-kvinnoforeningen", "Internationella Kvinnoföreningen"),  # the name
        ("hela-manniskan-i-malmo", "Hela Människan"),  # an alias
    ]
    example = import_memo(EXAMPLE, register_dir / "data", register_dir / "docs")
    grants = example.draft.data["grants"]
    # "Hela Människa i Malmö" is neither name nor alias: the organisationsnummer matches it.
    assert grants[0]["recipient"] == "hela-manniskan-i-malmo"
    assert any("organisationsnummer" in line for line in example.draft.found)
    assert {g["recipient"] for g in grants if g["proposal"] == 3} == {"internationella-kvinnoforeningen"}  # short name


def test_a_multi_year_amount_is_one_grant_per_year(register_dir: Path) -> None:
    grants = _import(EXAMPLE, register_dir)["grants"]
    first = [(g["amount_sek"], g["budget_year"]) for g in grants if g["proposal"] == 1]
    assert first == [(400000, 2025), (400000, 2026)]
    assert all(g["programme"] == "nuad-thai" for g in grants if g["proposal"] == 1)


def test_a_refusal_is_never_drafted_as_a_grant(register_dir: Path) -> None:
    imported = import_memo(EXAMPLE, register_dir / "data", register_dir / "docs")
    assert 2 not in {g["proposal"] for g in imported.draft.data["grants"]}
    assert 2 in {p["number"] for p in imported.draft.data["proposals"]}  # the att-sats itself is kept
    assert "avslås" in report(imported, EXAMPLE)


def test_a_personal_identity_number_is_never_written(register_dir: Path) -> None:
    imported = import_memo(EXAMPLE, register_dir / "data", register_dir / "docs")
    written = "".join(path.read_text("utf-8") for path in imported.written)
    said = report(imported, EXAMPLE)
    for text in (written, said):
        assert "1212-1212" not in text and "121212-1212" not in text
    assert "121212-XXXX" in said  # reported, masked
    copy = register_dir / "docs" / "dokument" / "asn-2025-900-tjansteskrivelse.txt"
    assert "121212-XXXX" in copy.read_text("utf-8")


def test_an_unknown_recipient_gets_a_draft_organisation(register_dir: Path) -> None:
    for memo in SEEDS.values():
        import_memo(memo, register_dir / "data", register_dir / "docs")
    imported = import_memo(EXAMPLE, register_dir / "data", register_dir / "docs")
    draft_org = register_dir / "data" / "organisations" / "grannar-i-sofielund.yml"
    assert draft_org in imported.written
    assert "# granska:" in draft_org.read_text("utf-8")
    register, problems = load_register(register_dir / "data", register_dir / "docs")
    assert register is not None, [str(p) for p in problems]


def test_inferred_values_carry_a_review_comment(register_dir: Path) -> None:
    import_memo(SEEDS["ASN-2022-14203"], register_dir / "data", register_dir / "docs")
    text = (register_dir / "data" / "decisions" / "ASN-2022-14203.yml").read_text("utf-8")
    year_lines = [line for line in text.splitlines() if line.strip().startswith("budget_year: 2022")]
    # The proposals give no year: the grants' year comes from the summary and is marked.
    assert year_lines and all("# granska:" in line for line in year_lines[:2])
    assert "# granska:" not in next(line for line in text.splitlines() if line.startswith("title:"))


def test_what_the_memo_does_not_say_stays_out(register_dir: Path) -> None:
    record = _import(SEEDS["ASN-2024-17401"], register_dir)
    assert "transfers" not in record  # no transfer between bodies in this memo
    assert all("period" not in grant for grant in record["grants"])
    assert record["outcome"] == {"status": "not_recorded"}


def test_a_different_copy_of_the_memo_is_never_overwritten(register_dir: Path, tmp_path: Path) -> None:
    copy = register_dir / "docs" / "dokument" / "asn-2024-17401-tjansteskrivelse.txt"
    before = copy.read_text("utf-8")
    (tmp_path / "memo.txt").write_text(before.replace("ThaiWISE", "Thaiwise"), encoding="utf-8")
    with pytest.raises(ImportFailed, match="en annan kopia"):
        import_memo(tmp_path / "memo.txt", register_dir / "data", register_dir / "docs")
    assert copy.read_text("utf-8") == before
    assert not (register_dir / "data" / "decisions" / "ASN-2024-17401.yml").exists()


def test_an_existing_record_is_never_overwritten(register_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import_memo(SEEDS["ASN-2024-17401"], register_dir / "data", register_dir / "docs")
    target = register_dir / "data" / "decisions" / "ASN-2024-17401.yml"
    target.write_text(target.read_text("utf-8") + "# edited by hand\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="redan infört"):
        import_memo(SEEDS["ASN-2024-17401"], register_dir / "data", register_dir / "docs")
    assert target.read_text("utf-8").endswith("# edited by hand\n")
    arguments = ["import", str(SEEDS["ASN-2024-17401"]), "--data-dir", str(register_dir / "data")]
    assert main([*arguments, "--docs-dir", str(register_dir / "docs")]) == 1
    assert "inget skrevs över" in capsys.readouterr().err


def test_the_command_imports_and_then_checks(register_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    arguments = ["import", *map(str, SEEDS.values()), "--data-dir", str(register_dir / "data")]
    assert main([*arguments, "--docs-dir", str(register_dir / "docs")]) == 0
    out = capsys.readouterr().out
    assert "utkast till ärendet ASN-2024-17401" in out
    assert "startdatum" in out  # the two periods the memo gives, as claims
    assert "registerkontrollen gick igenom" in out


def test_a_file_that_cannot_be_read_is_said_in_swedish(register_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = register_dir / "memo.rtf"
    odd.write_text("{\\rtf1}", encoding="utf-8")
    assert main(["import", str(odd), "--data-dir", str(register_dir / "data")]) == 1
    err = capsys.readouterr().err
    assert "memo.rtf:1:1:" in err and "Traceback" not in err


def test_the_recipient_may_stand_after_the_amount_and_amounts_in_millions(register_dir: Path) -> None:
    grants = {g["proposal"]: g for g in _import(EXAMPLE, register_dir)["grants"]}
    after = grants[5]  # "beviljar 75 000 kronor till föreningen Nyföretagarcentrum under 2025 för att …"
    assert (after["recipient"], after["amount_sek"], after["budget_year"]) == ("nyforetagarcentrum", 75000, 2025)
    assert after["purpose"] == "att ge råd till nya salonger"
    millions = grants[6]  # "… Women Without Borders ett bidrag på 1,2 miljoner kronor för 2026 …"
    assert (millions["recipient"], millions["amount_sek"], millions["budget_year"]) == (
        "women-without-borders",
        1200000,
        2026,
    )


def test_a_word_file_with_its_header_and_a_table_reads_as_the_text(register_dir: Path, tmp_path: Path) -> None:
    import docx

    from register.tools.memo.blocks import blocks

    memo = SEEDS["ASN-2024-17401"]
    parts = blocks(memo.read_text("utf-8"))
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = parts[0].text  # "Tjänsteskrivelse" in the page header
    table = document.add_table(rows=2, cols=2)  # Datum and Vår referens side by side, as the template has them
    table.cell(0, 0).text, table.cell(0, 1).text = parts[1].text, parts[2].text
    table.cell(1, 0).text, table.cell(1, 1).text = parts[3].text, parts[4].text
    for block in parts[5:7]:
        table.cell(1, 1).add_paragraph(block.text)
    for block in parts[7:]:
        document.add_paragraph(block.text)
    document.save(str(tmp_path / "memo.docx"))
    from_word = _import(tmp_path / "memo.docx", register_dir)
    (register_dir / "data" / "decisions" / "ASN-2024-17401.yml").unlink()
    assert from_word == _import(memo, register_dir)
    assert from_word["reference_official"]["email"] == "cecilia.vidgren@malmo.se"


def test_the_case_number_may_follow_dnr_and_stand_before_the_title(register_dir: Path, tmp_path: Path) -> None:
    text = SEEDS["ASN-2024-17401"].read_text("utf-8")
    title = "Förlängning Idéburet offentligt partnerskap med ThaiWISE"
    moved = text.replace(f"{title}\n\nASN-2024-17401", f"Dnr ASN-2024-17401\n\n{title}")
    assert moved != text
    (tmp_path / "memo.txt").write_text(moved, encoding="utf-8")
    (register_dir / "docs" / "dokument" / "asn-2024-17401-tjansteskrivelse.txt").unlink()  # another wording
    record = _import(tmp_path / "memo.txt", register_dir)
    assert (record["case_number"], record["title"]) == ("ASN-2024-17401", title)

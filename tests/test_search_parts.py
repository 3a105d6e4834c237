"""The search index in parts (register/site/search_parts.py) and what a record page read
(register/site/tracked_register.py): the pieces the incremental build stands on."""

from __future__ import annotations

from pathlib import Path

from support import REPO_ROOT

from register.core.load import load_register
from register.site.search_parts import PART_PAGES, group_of, part_count, part_of
from register.site.tracked_register import ALL, Fingerprints, TrackedRegister

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "register"


def test_the_number_of_parts_doubles_so_pages_seldom_move() -> None:
    assert [part_count(n) for n in (0, 1, PART_PAGES)] == [1, 1, 1]
    assert [part_count(n) for n in (PART_PAGES + 1, 2 * PART_PAGES, 2 * PART_PAGES + 1)] == [2, 2, 4]
    assert part_count(12_461) == 16
    assert all(0 <= part_of(f"organisation:{n}", 16) < 16 for n in range(100))
    assert part_of("organisation:a", 16) == part_of("organisation:a", 16)


def test_an_organisation_and_its_decisions_share_a_part_and_bodies_are_in_the_main_one() -> None:
    register, _ = load_register(FIXTURE)
    assert register is not None
    decision = register.decision("ASN-2024-17401")
    recipient = decision.grants[0].recipient
    assert group_of("decision", "ASN-2024-17401", decision) == f"organisation:{recipient}"
    assert group_of("organisation", recipient, register.get("organisation", recipient)) == f"organisation:{recipient}"
    assert group_of("body", "kommunstyrelsen", register.get("body", "kommunstyrelsen")) is None


def test_a_page_that_reads_a_record_depends_on_that_record_and_nothing_else() -> None:
    register, _ = load_register(FIXTURE)
    assert register is not None
    tracked = TrackedRegister(register)
    assert tracked.name_of("organisation", "mobilia") == register.name_of("organisation", "mobilia")
    assert tracked.links_of("organisation", "mobilia") is register.links_of("organisation", "mobilia")
    assert tracked.seen == {("file", "organisation", "mobilia"), ("links", "organisation", "mobilia")}
    assert tracked.entries is register.entries  # a field read without a method: the whole register
    assert ALL in tracked.seen


def test_a_fingerprint_changes_with_the_file_and_with_what_links_to_it(tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    register, _ = load_register(data)
    assert register is not None
    before = Fingerprints(register, data)
    file, links = (
        ("file", "organisation", "hela-manniskan-i-malmo"),
        ("links", "organisation", "hela-manniskan-i-malmo"),
    )
    mobilia = ("file", "organisation", "mobilia")
    digests = {token: before.of(token) for token in (file, links, mobilia)}
    decision = data / "decisions" / "ASN-2024-17401.yml"
    decision.write_text(decision.read_text(encoding="utf-8") + "\n# en ändring\n", encoding="utf-8")
    after = Fingerprints(register, data)
    assert after.of(links) != digests[links], "a decision naming the organisation changed"
    assert after.of(file) == digests[file] and after.of(mobilia) == digests[mobilia]
    assert before.page_key("x", [file]) != before.page_key("y", [file])
    assert before.page_key("x", [file, mobilia]) == before.page_key("x", [mobilia, file, file])

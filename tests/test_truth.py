"""The three kinds of money, totals with unknown amounts, conflicts and complete lists, on the
frozen fixture register tests/fixtures/truth (an unknown amount, no money, proposed and decided
agreements, a conflict, a programme with a partnership's earlier cases)."""

from __future__ import annotations

import pytest
from support import FROZEN_DATA, REPO_ROOT

from register.core.load import load_register
from register.core.registry import Register
from register.site import charts, filtering, money

TRUTH = REPO_ROOT / "tests" / "fixtures" / "truth"


@pytest.fixture(scope="module")
def register() -> Register:
    loaded, problems = load_register(TRUTH, REPO_ROOT / "tests" / "fixtures" / "valid-docs")
    assert [p for p in problems if p.severity == "error"] == []
    return loaded


def test_an_unknown_amount_is_counted_never_summed_as_zero(register: Register) -> None:
    totals = register.links_of("organisation", "foreningen-exempel").totals
    assert totals.unknown_decided == 1 and totals.has_unknown
    assert register.decision_totals("TN-2022-5").unknown("decided") == 1
    assert register.decision_totals("TN-2022-5").decided == 0


def test_years_with_unknown_amounts_are_shown(register: Register) -> None:
    groups = money.per_year(register, register.links_of("partnership", "iop-exempel").grants)
    assert [(g.label, g.totals.has_unknown) for g in groups] == [
        ("2022", True),
        ("2023", True),
        ("2024", False),
        ("2025", False),
    ]
    svg = charts.bar_chart("c", "Medel per år", groups)
    assert svg.count('class="register-bar-unknown"') == 2 and "okänt belopp" in svg
    assert "Medel med belopp okänt (uppgift saknas) finns för: 2022, 2023" in charts.summary(groups, "år")


def test_no_money_is_said_with_its_reason(register: Register) -> None:
    guidelines = register.decision("TN-2023-6")
    assert guidelines.no_money == "ärendet gäller riktlinjer, inte pengar"
    assert register.grants_of("TN-2023-6") == [] and not register.decision_totals("TN-2023-6").has_unknown


def test_a_conflict_is_found_from_the_decision_and_the_partnership(register: Register) -> None:
    on_decision = register.conflicts_of("decision", "TN-2025-2")
    on_partnership = register.conflicts_of("partnership", "iop-exempel")
    assert on_decision == on_partnership and len(on_decision) == 1
    assert on_decision[0].words == (
        "uppgifterna går isär: 2025-01-01 enligt förslag till beslut, punkt 1; 2025-01-31 enligt Sammanfattning"
    )
    assert register.conflicts_of("decision", "TN-2024-1") == []


def test_related_programmes_are_listed_once_each(register: Register) -> None:
    assert register.related_programmes("exempelverksamheten") == [("andra-verksamheten", "samarbetar med")]


def test_a_programme_and_an_organisation_have_every_case_of_their_partnerships(register: Register) -> None:
    for kind, record_id in (("programme", "exempelverksamheten"), ("organisation", "foreningen-exempel")):
        cases = [d.case_number for d in register.links_of(kind, record_id).decisions]
        assert {"TN-2022-5", "TN-2024-1", "TN-2025-2"} <= set(cases)
        assert len(cases) == len(set(cases))
        assert cases == [
            d.case_number for d in register.decisions_newest_first(register.links_of(kind, record_id).decisions)
        ]


def test_the_filter_finds_a_partnerships_cases_under_its_programme_and_says_how_much(register: Register) -> None:
    rows = {row.decision.case_number: row for row in filtering.rows(register)}
    assert rows["TN-2022-5"].values("programme") == ["exempelverksamheten"]
    assert (rows["TN-2022-5"].values("money"), rows["TN-2022-5"].amount_text) == (["unknown"], "okänt belopp")
    assert (rows["TN-2023-6"].values("money"), rows["TN-2023-6"].amount_text) == (["none"], "inga medel")
    assert rows["TN-2024-1"].values("money") == ["known"]
    facet = {f.facet: f for f in filtering.facets(register, list(rows.values()))}["money"]
    assert [value for value, _ in facet.options] == ["known", "unknown", "none"]


def test_exports_carry_the_kind_of_amount_and_both_claims_never_an_unknown_in_360giving(register: Register) -> None:
    import csv
    import gzip
    import io
    import json

    from register.opendata.exports import build
    from register.opendata.settings import OpenDataSettings

    open_data = build(register, OpenDataSettings(), "https://register.example/", "Testregistret")
    files = {f.path: f.content for f in open_data.all_files()}
    grants = {r["case_number"]: r for r in csv.DictReader(io.StringIO(files["oppna-data/grants.csv"], newline=""))}
    assert (grants["TN-2022-5"]["amount_kind"], grants["TN-2022-5"]["amount_sek"]) == ("unknown", "")
    assert (grants["TN-2024-1"]["amount_kind"], grants["TN-2024-1"]["sources_disagree"]) == ("known", "false")
    assert grants["TN-2025-2"]["sources_disagree"] == "true"
    assert (
        "2025-01-01 enligt förslag till beslut, punkt 1; 2025-01-31 enligt Sammanfattning"
        in (grants["TN-2025-2"]["disagreement"])
    )
    package = json.loads(files["oppna-data/datapackage.json"])
    fields = {f["name"]: f for r in package["resources"] if r["name"] == "grants" for f in r["schema"]["fields"]}
    assert "aldrig räknas som 0 kr" in fields["amount_kind"]["description"]
    packed = files["oppna-data/register.json.gz"]
    assert isinstance(packed, bytes)
    totals = json.loads(gzip.decompress(packed))["totals"]
    assert totals["grants_of_unknown_amount"] == {"proposed": 0, "decided": 1, "refused": 0}
    left = {item.row.decision.case_number: item.reason for item in open_data.threesixty_left}
    assert left["TN-2022-5"].startswith("belopp okänt (uppgift saknas)")


def test_a_period_without_a_start_gives_only_the_years_the_sources_establish() -> None:
    """ASN-2022-16170 (frozen copy) ran until 2024-12-30 from a start the memo does not give:
    the case number's year (2022) is when the case was opened, never taken as the start."""
    frozen, problems = load_register(FROZEN_DATA, REPO_ROOT / "docs")
    assert frozen is not None and [p for p in problems if p.severity == "error"] == []
    (row,) = frozen.grants_of("ASN-2022-16170")
    assert (row.years, row.start_unknown) == ([2024], True)
    groups = money.per_year(frozen, [row])
    assert [g.label for g in groups] == ["2024"]
    assert "Källorna anger inte när perioden började för medel som slutar 2024" in charts.summary(groups, "år")


def test_a_case_whose_money_the_sources_do_not_describe_is_never_shown_as_no_money() -> None:
    """KS-2018-1233 (frozen copy) is named only in an attachment's title about the executive
    board's money: its money is unknown, not none, on the filter page and in its feed text."""
    frozen, _problems = load_register(FROZEN_DATA, REPO_ROOT / "docs")
    assert frozen is not None
    rows = {row.decision.case_number: row for row in filtering.rows(frozen)}
    case = rows["KS-2018-1233"]
    assert (case.values("money"), case.amount_text, case.kind_label) == (
        ["unknown"],
        "okänt belopp",
        "medel okända (källorna beskriver dem inte)",
    )
    from register.site.feed import _summary

    assert "Medel okända (källorna beskriver dem inte): källan nämner" in _summary(
        frozen, frozen.decision("KS-2018-1233")
    )


def test_a_case_known_by_reference_says_on_what_its_decided_status_rests() -> None:
    frozen, _problems = load_register(FROZEN_DATA, REPO_ROOT / "docs")
    assert frozen is not None
    rows = {row.decision.case_number: row for row in filtering.rows(frozen)}
    assert (rows["ASN-2022-16170"].status, rows["ASN-2022-16170"].status_label) == (
        "decided",
        "beviljat enligt senare handling",
    )
    assert rows["ASN-2024-17401"].status_label == "föreslaget – beslutet är inte registrerat"

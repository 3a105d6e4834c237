"""Money sums: proposed and decided apart, transfers never added to grants, related decisions."""

from __future__ import annotations

import pytest
from support import REPO_ROOT, data_under_test

from register.core.load import load_register
from register.site import money, related


@pytest.fixture(scope="module")
def register():  # type: ignore[no-untyped-def]
    loaded, _ = load_register(data_under_test(), REPO_ROOT / "docs")
    return loaded


def test_sums_by_each_dimension_keep_proposed_and_decided_apart() -> None:
    fixture, _ = load_register(REPO_ROOT / "tests" / "fixtures" / "truth")
    overview = money.overview(fixture)
    assert (overview.totals.proposed, overview.totals.decided, overview.totals.unknown_decided) == (50_000, 125_000, 1)
    for groups in overview.groups.values():
        assert sum(g.totals.proposed for g in groups) == 50_000
        assert sum(g.totals.decided for g in groups) == 125_000
    years = [(g.label, g.totals.proposed, g.totals.decided, g.totals.unknown_count) for g in overview.groups["year"]]
    assert years == [("2022", 0, 0, 1), ("2023", 0, 0, 1), ("2024", 0, 125_000, 0), ("2025", 50_000, 0, 0)]


def test_published_years_with_unknown_amounts_are_not_left_out(register) -> None:  # type: ignore[no-untyped-def]
    # A property of the published data: every year a grant of unknown amount covers has a row.
    groups = money.group_by(register, "year")
    labels = {g.label for g in groups}
    assert all(str(year) in labels for row in register.grants if not row.amount_known for year in row.years)


def test_transfers_are_summed_apart(register) -> None:  # type: ignore[no-untyped-def]
    overview = money.overview(register)
    assert (overview.transfers.decided, overview.transfers.not_recorded) == (1_300_000, 0)
    # The 1 300 000 kr from kommunstyrelsen is not in any grant sum.
    assert all(money.grand_total(g.totals) <= 1_650_000 for g in overview.groups["organisation"])


def test_related_decisions_share_an_organisation_programme_or_partnership(register) -> None:  # type: ignore[no-untyped-def]
    items = related.related_decisions(register, register.get("decision", "ASN-2024-17401"))
    reasons = {item.decision.case_number: item.reasons for item in items}
    assert ("organisation", "hela-manniskan-i-malmo") in reasons["ASN-2022-14203"]
    assert ("partnership", "iop-thaiwise") in reasons["ASN-2022-16170"]
    assert "ASN-2024-17401" not in reasons and "KS-2018-1233" not in reasons

"""Every status is derived in one place (register.core.status): a table over every combination
of evidence (decided, proposed, refused, changed) and period (past, current, future, unknown,
conflicting dates) on one build date."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from register.core.model import Agreement, Decision
from register.core.status import agreement_status, grant_status

TODAY = date(2025, 6, 1)

PERIODS: dict[str, dict[str, Any]] = {
    "past": {"start": "2023-01-01", "end": "2024-12-31"},
    "current": {"start": "2025-01-01", "end": "2025-12-31"},
    "future": {"start": "2026-01-01", "end": "2026-12-31"},
    "unknown": {},
    # The sources give two starts and the build date lies between them.
    "conflicting": {
        "start_claims": [
            {"value": "2025-05-01", "where": "Sammanfattning"},
            {"value": "2025-07-01", "where": "punkt 1"},
        ],
        "end": "2025-12-31",
    },
}
OUTCOME = {
    "decided": {"status": "decided", "source": {"title": "Protokoll"}, "paragraph": "§1"},
    "changed": {"status": "changed", "source": {"title": "Protokoll"}},
    "refused": {"status": "refused", "source": {"title": "Protokoll"}},
    "proposed": {"status": "not_recorded"},
}
IN_PERIOD = {
    "past": "ended",
    "current": "ongoing",
    "future": "upcoming",
    "unknown": "uncertain",
    "conflicting": "uncertain",
}
EXPECTED_GRANT = {
    "decided": ("decided", "beviljat"),
    "changed": ("decided", "beviljat med ändringar"),
    "refused": ("refused", "avslaget"),
    "proposed": ("proposed", "föreslaget – beslutet är inte registrerat"),
}


def decision(evidence: str, by_reference: bool = False) -> Decision:
    fields: dict[str, Any] = {"case_number": "TN-2025-1", "outcome": OUTCOME[evidence], "sources": [{"title": "Källa"}]}
    if by_reference:
        fields["known_only_by_reference"] = True
    return Decision.model_validate(fields)


def agreement(period: str) -> Agreement:
    return Agreement.model_validate(
        {"label": "Förlängning", "kind": "extension", "cases": ["TN-2025-1"], "period": PERIODS[period]}
    )


@pytest.mark.parametrize("period", PERIODS)
@pytest.mark.parametrize("evidence", OUTCOME)
def test_every_combination_of_evidence_and_period(evidence: str, period: str) -> None:
    status = agreement_status(agreement(period), [decision(evidence)], None, TODAY)
    expected = {"proposed": "proposed", "refused": "refused"}.get(evidence, IN_PERIOD[period])
    assert status.status == expected
    assert status.period_status == IN_PERIOD[period]
    assert status.rests_on  # every status says what it rests on
    assert status.conflict is (period == "conflicting")
    if evidence == "proposed":
        assert status.words.startswith("föreslagen förlängning – beslutet är inte registrerat; perioden")
        assert not status.established
    assert (grant_status(decision(evidence)).code, grant_status(decision(evidence)).label) == EXPECTED_GRANT[evidence]


def test_a_case_known_only_by_reference_is_established_by_the_source_that_cites_it() -> None:
    cited = decision("proposed", by_reference=True)
    status = agreement_status(agreement("past"), [cited], None, TODAY)
    assert (status.status, status.established) == ("ended", True)
    assert grant_status(cited).code == "decided" and "Källa" in grant_status(cited).rests_on
    assert grant_status(cited).label == "beviljat enligt senare handling"


def test_a_proposed_agreement_names_its_period() -> None:
    words = agreement_status(agreement("past"), [decision("proposed")], None, TODAY).words
    assert words == "föreslagen förlängning – beslutet är inte registrerat; perioden slutade 31 december 2024"

"""Swedish identifiers: what is accepted, what is refused, and what is never repeated."""

from __future__ import annotations

import pytest

from register.core import identifiers
from register.core.problems import Problem


@pytest.mark.parametrize("number", ["802438-1355", "212000-1124"])
def test_valid_organisation_numbers(number: str) -> None:
    assert identifiers.org_number_problem(number) is None


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("802438-1356", "kontrollsiffran stämmer inte"),
        ("8024381355", "skriv 802438-1355"),
        ("802438-135", "tio siffror"),
        ("880320-0016", "personnummer"),  # a sole trader's number is a personnummer
        ("880380-0013", "personnummer"),  # samordningsnummer: day 20 + 60
        ("801438-1353", "tredje siffran"),
    ],
)
def test_refused_organisation_numbers(number: str, fragment: str) -> None:
    problem = identifiers.org_number_problem(number)
    assert problem is not None and fragment in problem


def test_personal_identity_numbers_in_text_are_found_and_masked() -> None:
    found = list(identifiers.find_personal_identity_numbers("Kontakt 880320-0016 eller 19880320-0016."))
    assert [masked for _, masked in found] == ["880320-XXXX", "19880320-XXXX"]
    assert list(identifiers.find_personal_identity_numbers("Hela Människan (802438-1355)")) == []


def test_a_message_never_repeats_a_personal_identity_number() -> None:
    problem = Problem("data/x.yml", 1, 1, "summary", "fick '880320-0016'")
    assert "880320-0016" not in str(problem)
    assert "880320-XXXX" in str(problem)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("ASN 2022-16170", "ASN-2022-16170"), ("asn-2024-17401", "ASN-2024-17401"), ("KS 2018-1233", "KS-2018-1233")],
)
def test_case_numbers_are_canonicalised(written: str, canonical: str) -> None:
    assert identifiers.canonical_case_number(written) == canonical
    problem = identifiers.case_number_problem(written)
    assert problem is not None and f"skriv {canonical}" in problem
    assert identifiers.case_number_problem(canonical) is None

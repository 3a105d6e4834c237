"""360Giving beyond the schema: what its data-quality tool checks for usefulness is there."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from register.core.load import load_register
from register.opendata.exports import OpenData, build
from register.opendata.settings import OpenDataSettings

VALID = Path(__file__).parent / "fixtures" / "valid"
BASE = "https://example.org/register/"


@pytest.fixture(scope="module")
def package() -> dict:
    register, problems = load_register(VALID)
    assert register is not None, problems
    open_data: OpenData = build(
        register, OpenDataSettings(), BASE, "Testregistret", last_changed=lambda kind, record_id: date(2026, 11, 30)
    )
    export = next(f for f in open_data.files if f.path == "oppna-data/360giving.json")
    assert isinstance(export.content, str)
    return json.loads(export.content)


def test_every_grant_says_when_it_last_changed_and_where_its_beneficiaries_are(package: dict) -> None:
    assert package["grants"]
    for grant in package["grants"]:
        assert grant["dateModified"] == "2026-11-30T00:00:00+00:00"
        assert grant["beneficiaryLocation"] == [{"name": "Malmö kommun", "countryCode": "SE", "geoCode": "1280"}]


def test_every_grant_links_its_source_and_page(package: dict) -> None:
    for grant in package["grants"]:
        assert grant["dataSource"].startswith(BASE + "beslut/") and grant["dataSource"].endswith(".json")
        assert grant["url"].startswith(BASE + "beslut/")


def test_a_recipient_with_an_organisationsnummer_is_identified_by_it(package: dict) -> None:
    ids = [org["id"] for grant in package["grants"] for org in grant["recipientOrganization"]]
    assert any(i.startswith("SE-ON-") for i in ids)
    register, _ = load_register(VALID)
    assert register is not None
    for grant in package["grants"]:
        (org,) = grant["recipientOrganization"]
        known = [o for o in register.records("organisation") if o.name == org["name"] and o.org_number]
        if known:
            assert org["id"] == "SE-ON-" + known[0].org_number


def test_planned_dates_where_the_period_is_known(package: dict) -> None:
    assert any("plannedDates" in grant for grant in package["grants"])


def test_the_richer_package_still_validates_against_the_official_schema(package: dict) -> None:
    from test_exports import threesixty_validator

    errors = [f"{list(e.absolute_path)}: {e.message}" for e in threesixty_validator().iter_errors(package)]
    assert errors == []

"""Each organisation, programme, partnership and body has its own Atom feed; record pages carry
JSON-LD (schema.org) that a JSON-LD processor expands; both reach the built site's <head>."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import feedparser
import pytest
from pyld import jsonld
from site_pages import is_redirect

from register.core.load import load_register
from register.core.registry import Register
from register.opendata import linked_data
from register.site import feed

VALID = Path(__file__).parent / "fixtures" / "valid"
BASE = "https://example.org/register/"
SCHEMA = "https://schema.org/"


@pytest.fixture(scope="module")
def register() -> Register:
    loaded, problems = load_register(VALID)
    assert loaded is not None, problems
    return loaded


def record_feed_xml(register: Register, kind: str, record_id: str) -> str:
    spec = feed.record_feed(register, kind, record_id)
    return feed.atom_feed(register, BASE, "Testregistret", date(2025, 1, 1), lambda _: None, spec)


def test_an_organisations_feed_lists_the_decisions_that_concern_it_newest_first(register: Register) -> None:
    xml = record_feed_xml(register, "organisation", "foreningen-exempel")
    parsed = feedparser.parse(xml)
    assert parsed.bozo == 0, parsed.bozo_exception
    expected = [d.case_number for d in register.decisions_concerning("organisation", "foreningen-exempel")]
    assert expected and len(expected) < len(register.entries["decision"])  # a part of the register
    assert [e.title.split(":")[0] for e in parsed.entries] == expected
    assert parsed.feed.id == BASE + "feed-organisationer-foreningen-exempel.xml"
    assert all(e.id.startswith(BASE + "beslut/") for e in parsed.entries)
    assert xml == record_feed_xml(register, "organisation", "foreningen-exempel")  # deterministic


def test_every_kind_that_can_be_followed_gets_a_valid_feed(register: Register) -> None:
    for kind in feed.RECORD_FEED_KINDS:
        for record_id in register.entries[kind]:
            parsed = feedparser.parse(record_feed_xml(register, kind, record_id))
            assert parsed.bozo == 0, (kind, record_id)


def expanded(register: Register, kind: str, record_id: str) -> list[dict]:
    return jsonld.expand(linked_data.json_ld(register, kind, record_id, BASE))


def values(node: dict, name: str) -> list:
    return [v.get("@value", v.get("@id")) for v in node.get(SCHEMA + name, [])]


def test_an_organisation_is_an_organization_with_its_number(register: Register) -> None:
    (node,) = expanded(register, "organisation", "foreningen-exempel")
    assert node["@type"] == [SCHEMA + "Organization"]
    assert node["@id"] == BASE + "organisationer/foreningen-exempel/"
    assert values(node, "name") == [register.name_of("organisation", "foreningen-exempel")]
    identifier = node[SCHEMA + "identifier"][0]
    assert values(identifier, "propertyID") == ["organisationsnummer"]


def test_a_body_is_a_government_organization(register: Register) -> None:
    (node,) = expanded(register, "body", "testnamnden")
    assert node["@type"] == [SCHEMA + "GovernmentOrganization"]
    assert values(node, "parentOrganization")


def test_only_decided_grants_are_monetary_grants(register: Register) -> None:
    decided = expanded(register, "decision", "TN-2024-1")
    grants = [n for n in decided if n.get("@type") == [SCHEMA + "MonetaryGrant"]]
    assert len(grants) == 1
    (grant,) = grants
    amount = grant[SCHEMA + "amount"][0]
    assert values(amount, "currency") == ["SEK"] and values(amount, "value") == [100000]
    assert values(grant, "funder") == [BASE + "organ/testnamnden/"]
    assert values(grant, "fundedItem") == [BASE + "organisationer/foreningen-exempel/"]
    proposed = expanded(register, "decision", "TN-2025-2")  # its decision is not registered
    assert not [n for n in proposed if n.get("@type") == [SCHEMA + "MonetaryGrant"]]
    assert any(n.get("@type") == [SCHEMA + "CreativeWork"] for n in proposed)


def test_no_text_can_close_the_script_element() -> None:
    html = linked_data.script({"name": "</script><script>alert(1)</script>"})
    assert html.count("</script>") == 1 and json.loads(html[len('<script type="application/ld+json">') : -9])


def test_the_built_pages_link_their_feed_and_carry_json_ld(built_site: Path) -> None:
    organisations = sorted((built_site / "organisationer").glob("*/index.html"))
    assert organisations
    for page in organisations:
        html = page.read_text(encoding="utf-8")
        head = html[: html.index("</head>")]
        link = re.search(
            r'<link rel="alternate" type="application/atom\+xml" title="Ärenden om [^"]+" href="([^"]+)">', head
        )
        assert link, page
        target = (page.parent / link.group(1)).resolve()
        assert target == (built_site / f"feed-organisationer-{page.parent.name}.xml").resolve()
        assert target.is_file()
        body = html[html.index("<article") : html.index("</article>")]
        assert re.search(rf'<a href="{re.escape(link.group(1))}" type="application/atom\+xml">Följ ärendena om ', body)
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', head)
        assert block and json.loads(block.group(1))["@type"] == "Organization"
        description = re.search(r'<meta name="description" content="([^"]*)">', head)
        assert description and description.group(1) != ""
    descriptions = {
        re.search(r'<meta name="description" content="([^"]*)">', p.read_text(encoding="utf-8")).group(1)  # type: ignore[union-attr]
        for p in sorted((built_site / "beslut").glob("*/index.html"))
        if not is_redirect(p)  # /beslut/ASN-…/ only sends the reader on
    }
    assert len(descriptions) > 1  # one per record, not the site's

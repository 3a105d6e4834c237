"""Listings that answer: /beslut/ names each decision's recipients, money and status; /organisationer/
puts the organisations with money first, by money, and the others apart (on the frozen register)."""

from __future__ import annotations

import re

from support import REPO_ROOT, data_under_test

from register.core.load import load_register
from register.core.registry import Register
from register.site import formatting, listings


def _register() -> Register:
    register, problems = load_register(data_under_test(), REPO_ROOT / "docs")
    assert register is not None, problems
    return register


def _rows(html: str) -> dict[str, str]:
    """Each table row's text, keyed by the first link's text (a case number or a name)."""
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", html, flags=re.S):
        first = re.search(r"<a [^>]*>([^<]+)</a>", row)
        if first:
            rows[first.group(1)] = re.sub(r"<[^>]+>", "", row).replace("&nbsp;", "\u00a0")
    return rows


def test_each_decision_row_names_recipients_money_and_status() -> None:
    register = _register()
    rows = _rows(listings.listing(register, "beslut/", "decision"))
    with_money = [d for d in register.decisions_newest_first() if register.grants_of(d.case_number)]
    assert with_money
    for decision in with_money:
        text = rows[decision.case_number]
        for row in register.grants_of(decision.case_number):
            assert register.name_of("organisation", row.grant.recipient) in text
            assert row.status_label in text
        totals = register.decision_totals(decision.case_number)
        if totals.proposed:
            assert f"{formatting.kronor(totals.proposed)} föreslaget" in text
            assert "beviljat" not in text.replace(f"{formatting.kronor(totals.decided)} beviljat", "")
    assert rows["ASN-2024-17401"].count("650\u00a0000\u00a0kr föreslaget") == 1


def test_organisations_with_money_come_first_by_money_and_the_others_apart() -> None:
    register = _register()
    recipients = list(_rows(listings.listing(register, "organisationer/", "organisation", "recipients")))
    others = list(_rows(listings.listing(register, "organisationer/", "organisation", "others")))
    names = {e.id: register.name_of("organisation", e.id) for e in register.entries["organisation"].values()}
    with_money = {names[i] for i in names if register.links_of("organisation", i).grants}
    assert set(recipients) == with_money and with_money
    assert set(others) == set(names.values()) - with_money and others
    assert recipients == ["Hela Människan i Malmö", "Internationella Kvinnoföreningen"]  # 1 650 000 kr, 300 000 kr

"""Every fact of both source memos is visible on the built site.

Each line of each memo must appear in the text of some page, except lines the site shows in
another form (a date in Swedish words, a label that became a heading); those are listed here
with the form the site must show instead, so nothing is waived without saying where it went.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support import REPO_ROOT, html_text

MEMOS = sorted((REPO_ROOT / "docs" / "dokument").glob("*-tjansteskrivelse.txt"))

# Line in the memo → text the site shows for it instead.
SHOWN_DIFFERENTLY = {
    "Datum": "Tjänsteskrivelsens datum",
    "Vår referens": "Vår referens",
    "2022-09-21": "21 september 2022",
    "2024-10-03": "3 oktober 2024",
    "Tjänsteskrivelse": "Tjänsteskrivelse ASN-2024-17401",
    # Memo 1's header runs title, case number and the next heading together.
    "TjänsteskrivelseFördelning av medel från kommunstyrelsen till arbetsmarknads- och socialnämnden": "ASN-2022-14203: Fördelning av medel från kommunstyrelsen till arbetsmarknads- och socialnämnden",
    "ASN-2022-14203Sammanfattning": "Sammanfattning",
    "Jonas Magnusson Enhetschef": "Jonas Magnusson, Enhetschef",
    "Britt-Marie Pettersson Förvaltningschef": "Britt-Marie Pettersson, Förvaltningschef",
    "Truls Hallin Avdelningschef": "Truls Hallin, Avdelningschef",
}


def _normalise(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("*", "")
    return re.sub(r"\s+", " ", text).strip()


def _memo_lines(path: Path) -> list[str]:
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = _normalise(re.sub(r"^\s*(#+|-|\d+\.)\s*", "", raw))
        if line:
            lines.append(line)
    return lines


@pytest.fixture(scope="module")
def site_text(built_site: Path) -> str:
    pages = []
    for page in sorted(built_site.rglob("index.html")):
        pages.append(html_text(page.read_text(encoding="utf-8")))
    return _normalise(" ".join(pages))


@pytest.mark.parametrize("memo", MEMOS, ids=lambda p: p.name)
def test_every_line_of_the_memo_is_on_the_site(memo: Path, site_text: str) -> None:
    missing = []
    for line in _memo_lines(memo):
        expected = SHOWN_DIFFERENTLY.get(line, line)
        if expected not in site_text:
            missing.append(line)
    assert missing == [], "memo lines not visible on the site:\n" + "\n".join(missing)


def test_the_memos_are_the_seed_documents() -> None:
    assert [p.name for p in MEMOS] == ["asn-2022-14203-tjansteskrivelse.txt", "asn-2024-17401-tjansteskrivelse.txt"]

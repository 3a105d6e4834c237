"""One glossary: the Ordlista, abbreviations on Markdown pages and terms on record pages."""

from __future__ import annotations

import re
from pathlib import Path

from register.site import glossary


def test_the_terms_of_the_issue_are_explained() -> None:
    words = {form.casefold() for term in glossary.TERMS for form in (term.term, *term.forms)}
    for word in [
        "iop",
        "diarienummer",
        "tjänsteskrivelse",
        "nämnd",
        "förvaltning",
        "arbetsutskott",
        "beredning",
        "justering",
        "kommunbidrag",
        "organisationsnummer",
    ]:
        assert word in words


def test_terms_are_marked_once_per_page_and_text_stays_escaped() -> None:
    seen: set[str] = set()
    html = glossary.mark_terms("<b>Nämnden</b> och nämnden; IOP i ASN-2024-17401 och iop.", seen, "../ordlista/")
    assert html.count('class="register-term"') == 2
    assert '<a class="register-term" href="../ordlista/#namnd"' in html and ">Nämnden</a>" in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert ">IOP</a>" in html and "iop." in html  # all-capital forms match exactly
    again = glossary.mark_terms("nämnden", seen, "../ordlista/")
    assert "register-term" not in again


def test_case_numbers_and_longer_words_are_left_alone() -> None:
    html = glossary.mark_terms("ASN-2024-17401 socialnämnden nämndbudget, men nämnden beslutar", set(), "o/")
    # Exactly the whole word is explained (so a do-nothing implementation fails here too) ...
    assert html.count('class="register-term"') == 1 and ">nämnden</a> beslutar" in html
    # ... and neither the case number nor the longer words around "nämnd" are touched.
    assert html.startswith("ASN-2024-17401 socialnämnden nämndbudget, men <a")


def test_abbreviations_for_markdown_pages_come_from_the_same_list() -> None:
    abbreviations = glossary.abbreviations()
    term = glossary.TERMS_BY_ID["justering"]
    assert abbreviations["justering"] == term.title and abbreviations["Justering"] == term.title
    assert abbreviations["IOP"] == glossary.TERMS_BY_ID["iop"].title


def test_the_plain_words_of_the_reader_issue_are_explained() -> None:
    words = {form.casefold() for term in glossary.TERMS for form in (term.term, *term.forms)}
    for word in [
        "avslutad",
        "utfall",
        "beslutet är inte registrerat",
        "iop-finansiering",
        "bidrag",
        "inga medel (ärende utan medel)",
        "öronmärkt",
        "medel mellan kommunala organ",
        "organ",
        "verksamhet",
        "belopp okänt",
        "osäker",
        "föreslagen",
    ]:
        assert word in words, word


def every_status_label() -> list[str]:
    """Every status and kind label the site can print (the vocabulary, not the pages)."""
    from register.core import status
    from register.core.model import GRANT_KINDS, OUTCOMES
    from register.site import filtering

    return [
        *(label for _, label in status.GRANT_STATUS.values()),
        status.GRANT_STATUS_BY_REFERENCE[1],
        *status.AGREEMENT_STATUS.values(),
        *OUTCOMES.values(),
        *filtering.STATUS_LABELS.values(),
        *filtering.KIND_LABELS.values(),
        *GRANT_KINDS.values(),
    ]


def test_every_status_word_the_site_prints_has_an_entry() -> None:
    missing = [label for label in every_status_label() if not glossary.status_terms(label)]
    assert not missing, f"statusord utan förklaring i Ordlistan: {missing}"
    unknown = {t for label in every_status_label() for t in glossary.status_terms(label)} - set(glossary.TERMS_BY_ID)
    assert not unknown, unknown


def test_a_status_is_linked_to_its_words_once_per_page() -> None:
    seen: set[str] = set()
    html = glossary.mark_status("föreslaget – beslutet är inte registrerat", seen, "../ordlista/")
    assert '<a class="register-term" href="../ordlista/#foreslaget"' in html and ">föreslaget</a>" in html
    assert 'href="../ordlista/#beslutet-ar-inte-registrerat"' in html
    assert glossary.mark_status("föreslaget", seen, "../ordlista/") == "föreslaget"
    assert glossary.mark_status("<b>avslutad</b>", set(), "o/").startswith("&lt;b&gt;<a")


def status_texts(page_html: str) -> list[str]:
    spans = re.findall(r'<span class="register-(?:period-)?status\b[^>]*>(.*?)</span>', page_html, re.S)
    return [re.sub(r"<[^>]+>", "", span) for span in spans]


def test_every_status_on_the_built_pages_is_explained_where_it_stands(built_site: Path) -> None:
    problems, checked = [], 0
    for page in sorted(built_site.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        for text in status_texts(html):
            checked += 1
            terms = glossary.status_terms(text)
            if not terms:
                problems.append(f"{page.relative_to(built_site)}: {text!r} har inget ord i Ordlistan")
            for term in terms:
                if f'ordlista/#{term}"' not in html:
                    problems.append(f"{page.relative_to(built_site)}: {text!r} länkar inte till #{term}")
    assert checked > 20, checked
    assert not problems, "\n".join(problems)


def test_no_table_for_readers_says_att_sats_without_explaining_it(built_site: Path) -> None:
    """The word is the memos' jargon: in a table it must link to its explanation (or not be there)."""
    problems = []
    for page in sorted(built_site.rglob("index.html")):
        if page.parent.name in ("oppna-data", "ordlista"):
            continue  # for data users, and the explanation itself
        for table in re.findall(r"<table\b.*?</table>", page.read_text(encoding="utf-8"), re.S):
            plain = re.sub(r'<a class="register-term"[^>]*>.*?</a>', "", table)
            if "att-sats" in re.sub(r"<[^>]+>", " ", plain):
                problems.append(str(page.relative_to(built_site)))
    assert not problems, problems

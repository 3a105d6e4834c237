"""One glossary: the Ordlista, abbreviations on Markdown pages and terms on record pages."""

from __future__ import annotations

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

"""The words a reader meets in the register, explained in plain Swedish: one list, used everywhere.

- The "Ordlista" page lists every term (`glossary_html`).
- Hand-written Markdown pages get the terms as abbreviations: the list is handed to
  Python-Markdown's `abbr` extension as its glossary (`abbreviations`), so Material shows the
  explanation where the word stands.
- Record pages are rendered HTML, so their templates mark a term where it appears: the first
  time a term occurs on a page it becomes a link to its explanation in the Ordlista, with the
  explanation as its title (`mark_terms`, `term_link`).
- Status and kind words (in tables, facts and status lines) are linked the same way, the first
  time each occurs on a page (`mark_status`, glossary_status.STATUS_WORDS).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from markupsafe import Markup, escape

from register.site import glossary_terms
from register.site.glossary_status import STATUS_TERMS, STATUS_WORDS
from register.site.glossary_terms import Term

GLOSSARY_URL = "ordlista/"

TERMS: tuple[Term, ...] = glossary_terms.TERMS + STATUS_TERMS


TERMS_BY_ID = {term.id: term for term in TERMS}
TERM_IDS = frozenset(TERMS_BY_ID)
# The steps of a decision's planning (model.PLANNING_STEPS) → the term that explains each.
PLANNING_TERMS = {"preparation": "beredning", "working_committee": "arbetsutskott", "committee": "namnd"}


def sorted_terms() -> list[Term]:
    """Alphabetical in Swedish order (å, ä, ö after z)."""
    order = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e"})
    return sorted(TERMS, key=lambda t: t.term.casefold().translate(order))


def abbreviations() -> dict[str, str]:
    """Every form (and its capitalised variant) → explanation, for the `abbr` extension's glossary."""
    result: dict[str, str] = {}
    for term in TERMS:
        for form in term.forms:
            result[form] = term.title
            if not form.isupper():
                result[form[:1].upper() + form[1:]] = term.title
    return result


_TERM_OF_FORM: dict[str, Term] = {form.casefold(): term for term in TERMS for form in term.forms}


@lru_cache(maxsize=1024)
def _forms(unseen: frozenset[str]) -> tuple[str, ...]:
    return tuple(form.casefold() for term in TERMS if term.id in unseen for form in term.forms)


@lru_cache(maxsize=1024)
def _pattern(unseen: frozenset[str]) -> re.Pattern[str]:
    """The forms of the terms not yet explained on a page. Pages explain terms in much the same
    order, so a few hundred patterns serve a whole build, and each page's later paragraphs are
    searched for fewer and fewer terms."""
    forms = sorted((form for term in TERMS if term.id in unseen for form in term.forms), key=lambda f: -len(f))
    alternatives = [(f"(?-i:{re.escape(form)})" if form.isupper() else re.escape(form)) for form in forms]
    # Not part of a longer word, nor of a case number like ASN-2024-17401.
    return re.compile(r"(?<![\w-])(" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def term_link(term_id: str, text: str, glossary_href: str) -> Markup:
    """`text` as a link to the term's explanation, which is also its title (tooltip)."""
    term = TERMS_BY_ID[term_id]
    return Markup('<a class="register-term" href="{}#{}" title="{}">{}</a>').format(
        glossary_href, term.id, term.title, text
    )


def mark_terms(text: str, seen: set[str], glossary_href: str) -> Markup:
    """Escaped `text` with the first occurrence on the page of each term linked to its explanation.

    `seen` holds the ids of terms already explained on this page and is updated.
    """
    unseen = TERM_IDS - seen
    lowered = text.casefold()
    # A plain substring test first: most paragraphs hold none of the forms still to explain.
    if not any(form in lowered for form in _forms(unseen)):
        return escape(text)
    parts: list[Markup] = []
    position = 0
    for match in _pattern(unseen).finditer(text):
        term = _TERM_OF_FORM[match.group(1).casefold()]
        if term.id in seen:  # the same term twice in this text
            continue
        seen.add(term.id)
        parts.append(escape(text[position : match.start()]))
        parts.append(term_link(term.id, match.group(1), glossary_href))
        position = match.end()
    parts.append(escape(text[position:]))
    return Markup("").join(parts)


_STATUS_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(STATUS_WORDS, key=lambda w: -len(w))) + r")(?![\w-])",
    re.IGNORECASE,
)


def status_terms(label: str) -> list[str]:
    """The terms that explain the status or kind words in `label`, in order."""
    return [STATUS_WORDS_FOLDED[m.group(1).casefold()] for m in _STATUS_PATTERN.finditer(label)]


STATUS_WORDS_FOLDED = {word.casefold(): term_id for word, term_id in STATUS_WORDS.items()}


def mark_status(label: str, seen: set[str], glossary_href: str) -> Markup:
    """Escaped `label` (a status such as "föreslaget – beslutet är inte registrerat") with each of
    its status words linked to its explanation, the first time that term occurs on the page."""
    parts: list[Markup] = []
    position = 0
    for match in _STATUS_PATTERN.finditer(label):
        term_id = STATUS_WORDS_FOLDED[match.group(1).casefold()]
        if term_id in seen:
            continue
        seen.add(term_id)
        parts.append(escape(label[position : match.start()]))
        parts.append(term_link(term_id, match.group(1), glossary_href))
        position = match.end()
    parts.append(escape(label[position:]))
    return Markup("").join(parts)


def glossary_html(terms: Iterable[Term] | None = None) -> Markup:
    """The Ordlista: a description list with an anchor per term."""
    items = [
        Markup('<dt id="{}">{}</dt><dd>{}</dd>').format(t.id, t.term, t.explanation)
        for t in (sorted_terms() if terms is None else terms)
    ]
    return Markup('<dl class="register-glossary">') + Markup("").join(items) + Markup("</dl>")

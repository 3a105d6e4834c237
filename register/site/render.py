"""Render record pages and listings to HTML from the validated register.

Templates live in `register/site/templates/` and are rendered with autoescaping on, so text from
the data (even `<script>` or `{{ config }}`) is always shown as text, never run.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from register.core import wording
from register.core.model import BODY_KINDS, KINDS, OUTCOMES, PLANNING_STEPS, PROGRAMME_KINDS, Decision
from register.core.registry import Register
from register.core.urls import record_json_url, record_url
from register.opendata import memo_texts
from register.site import charts, formatting, glossary, money, related
from register.site.key_facts import key_facts


def relative_url(target: str, here: str) -> str:
    """A link from the page at `here` to `target`, both site-relative (works under any base path)."""
    base = "/" + (here if here.endswith("/") or not here else posixpath.dirname(here) + "/")
    link = _relpath("/" + target.rstrip("/"), base)
    if link == ".":
        link = "./"
    elif target.endswith("/"):
        link += "/"
    return link


def _relpath(path: str, start: str) -> str:
    """posixpath.relpath for two absolute paths, without asking for the working directory
    (relpath does, for every call: thousands of links per page)."""
    path_parts = [part for part in posixpath.normpath(path).split("/") if part]
    start_parts = [part for part in posixpath.normpath(start).split("/") if part]
    common = 0
    for mine, theirs in zip(path_parts, start_parts, strict=False):
        if mine != theirs:
            break
        common += 1
    parts = [".."] * (len(start_parts) - common) + path_parts[common:]
    return "/".join(parts) if parts else "."


def paragraphs(text: str | None, explain: Callable[[str], Markup] = escape) -> Markup:
    """Plain text with blank lines between paragraphs → escaped <p> elements."""
    if not text:
        return Markup("")
    parts = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return Markup("").join(Markup("<p>{}</p>").format(explain(p)) for p in parts)


@pass_context
def _paragraphs_filter(context: Context, text: str | None) -> Markup:
    """`paragraphs` in templates: glossary terms are explained where they first appear on a page."""
    renderer = context.get("r")
    return paragraphs(text, renderer.explain if isinstance(renderer, PageRenderer) else escape)


@pass_context
def _explain_filter(context: Context, text: str | None) -> Markup:
    renderer = context.get("r")
    return renderer.explain(text or "") if isinstance(renderer, PageRenderer) else escape(text or "")


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("register.site", "templates"),
        auto_reload=False,  # no stat() of every template at every use; see reset_templates
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(
        kronor=formatting.kronor,
        amount=formatting.amount,
        long_date=formatting.long_date,
        iso_date=formatting.iso_date,
        number=formatting.number,
        ids=formatting.keep_identifiers,
        url_breaks=formatting.url_breaks,
        paragraphs=_paragraphs_filter,
        explain=_explain_filter,
    )
    env.globals.update(
        MISSING=formatting.MISSING,
        UNKNOWN_AMOUNT=formatting.UNKNOWN_AMOUNT,
        UNKNOWN_AMOUNT_SHORT=formatting.UNKNOWN_AMOUNT_SHORT,
        NO_MONEY=wording.NO_MONEY,
        MONEY_NOT_DESCRIBED=wording.MONEY_NOT_DESCRIBED,
        money_overall=money.overall,
        BODY_KINDS=BODY_KINDS,
        PROGRAMME_KINDS=PROGRAMME_KINDS,
        OUTCOMES=OUTCOMES,
        PLANNING_STEPS=PLANNING_STEPS,
        PLANNING_TERMS=glossary.PLANNING_TERMS,
        KINDS=KINDS,
        swatch=charts.swatch,
        bar_chart=charts.bar_chart,
        chart_summary=charts.summary,
        CHART_LIMIT=charts.CHART_LIMIT,
        RELATED_LIMIT=related.RELATED_LIMIT,
        REASON_WORDS=related.REASON_WORDS,
    )
    return env


def reset_templates() -> None:
    """Read the templates afresh (each build calls this, so `mkdocs serve` shows template edits)."""
    _environment.cache_clear()


class PageRenderer:
    """Renders templates for one page address, so every link is relative to that page."""

    def __init__(self, register: Register, here: str) -> None:
        self.register = register
        self.here = here
        self.explained: set[str] = set()  # glossary terms already explained on this page

    def href(self, target: str) -> str:
        return relative_url(target, self.here)

    def link(self, kind: str, record_id: str | None, text: str | None = None) -> Markup:
        """A link to a record, named by the record itself; plain text if it does not exist."""
        if not record_id:
            return Markup('<span class="register-missing">{}</span>').format(formatting.MISSING)
        label = text or self.name(kind, record_id)
        # Concatenation rather than Markup.format: thousands of links per build, same escaping.
        href = str(escape(self.href(record_url(kind, record_id))))
        if kind == "decision" and label == record_id:  # a case number alone never wraps
            return Markup(f'<a class="register-id" href="{href}">{escape(label)!s}</a>')
        return Markup(f'<a href="{href}">{escape(label)!s}</a>')

    def name(self, kind: str, record_id: str) -> str:
        if kind == "decision":
            decision = self.register.decision(record_id)
            return decision.case_number + (f" {decision.title}" if decision.title else "")
        return self.register.name_of(kind, record_id)

    def term(self, term_id: str, text: str) -> Markup:
        """`text` linked to the term's explanation in the Ordlista (labels in templates)."""
        self.explained.add(term_id)
        return glossary.term_link(term_id, text, self.href(glossary.GLOSSARY_URL))

    def status(self, label: str) -> Markup:
        """A status or kind label with its words linked to their explanations (first time on the page)."""
        return glossary.mark_status(label, self.explained, self.href(glossary.GLOSSARY_URL))

    def explain(self, text: str) -> Markup:
        """Escaped text with each glossary term explained where it first appears on the page."""
        return glossary.mark_terms(text, self.explained, self.href(glossary.GLOSSARY_URL))

    def render(self, template: str, **context: Any) -> str:
        html = _environment().get_template(template).render(r=self, register=self.register, escape=escape, **context)
        # Markdown ends a raw HTML block at a blank line: keep the output one block.
        return "\n".join(line for line in html.splitlines() if line.strip())


def render_record(register: Register, kind: str, record_id: str, **extra: Any) -> str:
    """A record page; `extra` holds what record_extras.py adds (absent in tiny test renders)."""
    renderer = PageRenderer(register, record_url(kind, record_id))
    record = register.get(kind, record_id)
    links = register.links_of(kind, record_id)
    return renderer.render(
        f"{kind}.html",
        record=record,
        links=links,
        record_id=record_id,
        extra=extra,
        facts=key_facts(register, kind, record_id),
        json_url=renderer.href(record_json_url(kind, record_id)),
        # A decision's JSON file leaves its memo texts out: the page says where they are.
        texts_left_out=isinstance(record, Decision) and memo_texts.has_texts(record),
    )


def toc_tokens(html: str) -> list[dict[str, Any]]:
    """The table of contents of a rendered page: its <h2> headings with ids."""
    tokens: list[dict[str, Any]] = []
    for match in re.finditer(r'<h2 id="([^"]+)">(.*?)</h2>', html):
        name = re.sub(r"<[^>]+>", "", match.group(2))
        tokens.append({"level": 2, "id": match.group(1), "name": name, "children": []})
    return tokens

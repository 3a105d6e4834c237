"""The generated parts of the hand-written overview pages, called by the macros in hooks/macros.py:
"Pengar" (money by year, committee, organisation, programme and kind), "Filtrera" (the filter
table) and "Ordlista" (the glossary).
"""

from __future__ import annotations

from markupsafe import Markup

from register.core.registry import Register
from register.site import filtering, glossary, money
from register.site.render import PageRenderer

# dimension → (chart id, caption, column heading, noun for the summary, record kind to link)
CHARTS: dict[str, tuple[str, str, str, str, str | None]] = {
    "year": ("pengar-per-ar", "Medel per år", "År", "år", None),
    "committee": ("pengar-per-namnd", "Medel per nämnd", "Nämnd", "nämnder", "body"),
    "organisation": (
        "pengar-per-organisation",
        "Medel per organisation",
        "Organisation",
        "organisationer",
        "organisation",
    ),
    "programme": ("pengar-per-verksamhet", "Medel per verksamhet", "Verksamhet", "verksamheter", "programme"),
    "kind": ("pengar-per-slag", "Medel per slag", "Slag av medel", "slag av medel", None),
}


def money_totals(register: Register, page_url: str) -> str:
    """The headline figures: decided, proposed and refused money, and transfers kept apart."""
    renderer = PageRenderer(register, page_url)
    return renderer.render("money_totals.html", overview=money.overview(register))


def money_chart(register: Register, page_url: str, dimension: str) -> str:
    if dimension not in CHARTS:
        raise ValueError(f"okänd indelning {dimension!r}; välj en av {', '.join(CHARTS)}")
    chart_id, caption, heading, noun, kind = CHARTS[dimension]
    renderer = PageRenderer(register, page_url)
    return renderer.render(
        "money_chart.html",
        groups=money.group_by(register, dimension),
        chart_id=chart_id,
        caption=caption,
        heading=heading,
        noun=noun,
        kind=kind,
    )


def money_transfers(register: Register, page_url: str) -> str:
    renderer = PageRenderer(register, page_url)
    return renderer.render("money_transfers.html", summary=money.transfers(register))


def filter_table(register: Register, page_url: str) -> str:
    renderer = PageRenderer(register, page_url)
    rows = filtering.rows(register)
    return renderer.render(
        "filter.html",
        rows=rows,
        facets=filtering.facets(register, rows),
        totals=register.totals(),
        transfers=money.transfers(register),
    )


def glossary_list() -> str:
    return str(Markup(glossary.glossary_html()))

"""Bar charts and a timeline drawn at build time as inline SVG: no JavaScript, no CDN.

The drawing is 320 units wide and scales with its container, so at a 320 px wide screen its
text is drawn at about its nominal size; the stylesheet caps its width on large screens. Every
chart is shown with a text summary and a table of the same figures (templates `_money.html`),
so nothing is told by the picture alone. Proposed money is hatched and decided money solid, so
they differ without colour (in print and for colour-blind readers too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from register.site import formatting
from register.site.money import Group

WIDTH = 320
LABEL_CHARS = 36  # about what fits on one 320-unit line at font size 16
CHART_LIMIT = 15  # bars per chart; the table beside it lists every group

# (fill, stroke) per status; the patterns make proposed and refused money readable without colour.
COLOURS = {"decided": ("#1b5e20", "#1b5e20"), "proposed": ("#fff0dc", "#8a4b00"), "refused": ("#eeeeee", "#8e1b1b")}
UNKNOWN_BOX = 40  # width of the dashed box drawn for money of unknown amount
STATUS_WORDS = {"decided": "beviljat", "proposed": "föreslaget", "refused": "avslaget"}


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def patterns(prefix: str) -> Markup:
    """<defs> with the hatching for proposed and refused money (ids unique per drawing)."""
    return Markup(
        "<defs>"
        '<pattern id="{p}-proposed" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">'
        '<rect width="6" height="6" fill="{pf}"/><line x1="0" y1="0" x2="0" y2="6" stroke="{ps}" stroke-width="2.5"/></pattern>'
        '<pattern id="{p}-refused" patternUnits="userSpaceOnUse" width="6" height="6">'
        '<rect width="6" height="6" fill="{rf}"/><path d="M0 0L6 6M6 0L0 6" stroke="{rs}" stroke-width="1.2"/></pattern>'
        "</defs>"
    ).format(
        p=prefix,
        pf=COLOURS["proposed"][0],
        ps=COLOURS["proposed"][1],
        rf=COLOURS["refused"][0],
        rs=COLOURS["refused"][1],
    )


def _fill(prefix: str, status: str) -> str:
    return COLOURS["decided"][0] if status == "decided" else f"url(#{prefix}-{status})"


def swatch(prefix: str, status: str) -> Markup:
    """A small square in a status's fill, for the HTML legend beside a chart. Its hatching is the
    chart's own (`patterns(prefix)`, drawn once in the chart): ids may occur once per page."""
    return Markup(
        '<svg class="register-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">'
        '<rect x="0.5" y="0.5" width="13" height="13" fill="{fill}" stroke="{stroke}"/></svg>'
    ).format(fill=_fill(prefix, status), stroke=COLOURS[status][1])


def _svg_open(chart_id: str, title: str, height: int) -> Markup:
    """A chart's opening: named by its title, described by the summary `{chart_id}-summary`
    beside it, with the hatching its bars and legend use."""
    return Markup(
        '<svg class="register-chart-svg" viewBox="0 0 {w} {h}" width="100%" role="img" '
        'aria-labelledby="{id}-title" aria-describedby="{id}-summary" focusable="false">'
        '<title id="{id}-title">{title}</title>{defs}'
    ).format(w=WIDTH, h=height, id=chart_id, title=title, defs=patterns(chart_id))


def bar_chart(chart_id: str, title: str, groups: list[Group]) -> Markup:
    """Horizontal bars, one per group: the label on its own line, then decided + proposed + refused.

    Described by its title and the summary paragraph `{chart_id}-summary` next to it.
    """
    row_height, top = 60, 4
    height = top + row_height * len(groups)
    largest = max((g.totals.decided + g.totals.proposed + g.totals.refused for g in groups), default=0) or 1
    # Room for the dashed box of an unknown amount after the longest bar.
    usable = WIDTH - 2 - (UNKNOWN_BOX + 4 if any(g.totals.has_unknown for g in groups) else 0)
    parts = [_svg_open(chart_id, title, height)]
    for index, group in enumerate(groups):
        y = top + index * row_height
        parts.append(
            Markup('<text x="1" y="{y}" font-size="16" fill="currentColor">{label}</text>').format(
                y=y + 15, label=_short(group.label)
            )
        )
        x = 1.0
        values = []
        for status in ("decided", "proposed", "refused"):
            amount = getattr(group.totals, status)
            if not amount:
                continue
            width = max(usable * amount / largest, 2.0)
            parts.append(
                Markup(
                    '<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="16" fill="{fill}" stroke="{stroke}"/>'
                ).format(x=x, y=y + 20, w=width, fill=_fill(chart_id, status), stroke=COLOURS[status][1])
            )
            x += width
            values.append(f"{STATUS_WORDS[status]} {formatting.kronor(amount)}")
        if group.totals.has_unknown:
            # Money of unknown amount: an empty dashed box of fixed width, never a bar of 0 kr.
            parts.append(
                Markup(
                    '<rect class="register-bar-unknown" x="{x:.1f}" y="{y}" width="{w}" height="16" fill="none" '
                    'stroke="currentColor" stroke-dasharray="4 3"/>'
                ).format(x=x + (4 if values else 0), y=y + 20, w=UNKNOWN_BOX)
            )
            values.append(formatting.UNKNOWN_AMOUNT_SHORT)  # the counts are in the summary and the table
        parts.append(
            Markup('<text x="1" y="{y}" font-size="14" fill="currentColor">{text}</text>').format(
                y=y + 52, text=", ".join(values) or formatting.kronor(0)
            )
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def summary(groups: list[Group], noun: str) -> str:
    """One or two Swedish sentences saying what the chart shows (its text alternative)."""
    if not groups:
        return "Inga medel är registrerade."
    known = [g for g in groups if g.known]
    decided = sum(g.totals.decided for g in groups)
    proposed = sum(g.totals.proposed for g in groups)
    sentences = [
        f"Medel till idéburna organisationer fördelade på {len(groups)} "
        f"{noun}: beviljat enligt registrerade beslut {formatting.kronor(decided)}, "
        f"föreslaget där beslutet inte är registrerat {formatting.kronor(proposed)}."
    ]
    for status, word in (("decided", "beviljat"), ("proposed", "föreslaget")):
        top = max(known, key=lambda g: getattr(g.totals, status), default=None)
        if top is not None and getattr(top.totals, status):
            sentences.append(f"Mest {word}: {top.label}, {formatting.kronor(getattr(top.totals, status))}.")
    unknown = [g.label for g in groups if g.totals.has_unknown]
    if unknown:
        sentences.append(
            f"Medel med {formatting.UNKNOWN_AMOUNT} finns för: {', '.join(unknown)}; "
            "de räknas inte in i summorna och ritas som tomma streckade rutor."
        )
    open_start = sorted({g.label for g in groups for row in g.rows if row.start_unknown and noun == "år"})
    if open_start:
        sentences.append(
            f"Källorna anger inte när perioden började för medel som slutar {', '.join(open_start)}: "
            "tidigare år kan också ha haft medel."
        )
    missing = [g for g in groups if not g.known]
    if missing:
        sentences.append(
            f"För {formatting.kronor(sum(g.totals.proposed + g.totals.decided + g.totals.refused for g in missing))} "
            f"anger källorna inte {noun}."
        )
    return " ".join(sentences)


# --- Timeline ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """One bar of a timeline. `start` None: the start is unknown (drawn dotted, never guessed).

    `start_from`/`start_to` differ when sources disagree about the start: the band between
    them is hatched as a conflict.
    """

    label: str
    start_from: date | None
    start_to: date | None
    end: date | None


def _x(day: date, first: date, last: date) -> float:
    total = (last - first).days or 1
    return 4 + (WIDTH - 8) * (day - first).days / total


def timeline(chart_id: str, title: str, spans: list[Span], today: date) -> Markup:
    """Agreements as bars on a time axis, with the build date marked."""
    days = [d for s in spans for d in (s.start_from, s.start_to, s.end) if d] + [today]
    first, last = date(min(days).year, 1, 1), date(max(days).year + 1, 1, 1)
    row_height, top = 46, 4
    axis_y = top + row_height * len(spans) + 6
    height = axis_y + 40
    parts = [_svg_open(chart_id, title, height)]
    for index, span in enumerate(spans):
        y = top + index * row_height
        parts.append(
            Markup('<text x="1" y="{y}" font-size="14" fill="currentColor">{label}</text>').format(
                y=y + 14, label=_short(span.label, 42)
            )
        )
        bar_y = y + 20
        end_x = _x(span.end, first, last) if span.end else WIDTH - 4
        if span.start_from is None:
            # Start unknown: a dotted line up to the known end, and a question mark; no bar.
            parts.append(
                Markup(
                    '<line x1="4" y1="{y}" x2="{x2:.1f}" y2="{y}" stroke="#283593" stroke-width="3" stroke-dasharray="2 4"/>'
                    '<text x="4" y="{ty}" font-size="12" fill="currentColor">? start okänd</text>'
                ).format(y=bar_y + 8, x2=end_x, ty=bar_y + 22)
            )
        else:
            start_x = _x(span.start_from, first, last)
            sure_x = _x(span.start_to or span.start_from, first, last)
            if sure_x > start_x:
                parts.append(
                    Markup(
                        '<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="16" fill="url(#{id}-proposed)" stroke="#8a4b00"/>'
                    ).format(x=start_x, y=bar_y, w=max(sure_x - start_x, 4.0), id=chart_id)
                )
            parts.append(
                Markup('<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="16" fill="#283593"/>').format(
                    x=sure_x, y=bar_y, w=max(end_x - sure_x, 2.0)
                )
            )
        if span.end is None:
            parts.append(
                Markup(
                    '<text x="{x:.1f}" y="{y}" font-size="12" fill="currentColor" text-anchor="end">slut okänt</text>'
                ).format(x=WIDTH - 4, y=bar_y - 2)
            )
    # The axis: a tick and the year at the start of each year.
    parts.append(
        Markup('<line x1="4" y1="{y}" x2="{x2}" y2="{y}" stroke="currentColor"/>').format(y=axis_y, x2=WIDTH - 4)
    )
    step = 1 if last.year - first.year <= 8 else 2
    for year in range(first.year, last.year + 1, step):
        x = _x(date(year, 1, 1), first, last)
        anchor = "start" if year == first.year else "end" if year == last.year else "middle"
        parts.append(
            Markup(
                '<line x1="{x:.1f}" y1="{y1}" x2="{x:.1f}" y2="{y2}" stroke="currentColor"/>'
                '<text x="{x:.1f}" y="{ty}" font-size="12" fill="currentColor" text-anchor="{a}">{year}</text>'
            ).format(x=x, y1=axis_y, y2=axis_y + 4, ty=axis_y + 18, a=anchor, year=year)
        )
    today_x = _x(today, first, last)
    parts.append(
        Markup(
            '<line x1="{x:.1f}" y1="{y1}" x2="{x:.1f}" y2="{y2}" stroke="#b00020" stroke-width="2"/>'
            '<text x="{tx:.1f}" y="{ty}" font-size="12" fill="#b00020" text-anchor="{a}">idag</text>'
        ).format(
            x=today_x,
            y1=top,
            y2=axis_y,
            tx=today_x,
            ty=axis_y + 34,
            a="start" if today_x < 40 else "end" if today_x > WIDTH - 40 else "middle",
        )
    )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)

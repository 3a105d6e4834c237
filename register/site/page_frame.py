"""The theme's page around a record, rendered once per kind of record and filled for each record.

Material's page template (header, navigation, footer, scripts) costs more per page than the
record itself. All record pages of one kind sit at the same depth (`beslut/<id>/`, …) and
outside the navigation, so the theme's output for them differs only in the title, the
canonical address, the table of contents (with the skip link to its first entry) and the
content. `Frame` renders the theme once with markers in those places and fills them for each
record.

The assumption is checked on every build: the first pages of each kind are also rendered in
full and compared; if anything differs (say, a template override starts showing something
else of the page), that kind is rendered in full for the rest of the build.
`REGISTER_CHECK_FRAMES=all` compares every page and stops the build at the first difference
(the tests do that).
"""

from __future__ import annotations

import difflib
import os
from typing import Any

from jinja2 import Environment
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.toc import get_toc

# Control characters never reach a record's HTML: the check refuses them in every text value
# (core/control_characters.py), so these markers cannot collide with data.
TITLE, CANONICAL, ITEM_ID, ITEM_NAME, ITEMS, SECOND_ID, SECOND_NAME, HEAD, DESCRIPTION = (
    f"\x02{name}\x03" for name in "TCINLJMHD"
)
CONTENT = "<h1>\x02B\x03</h1>"  # with <h1>: Material adds a heading of its own to pages without one
log = get_plugin_logger(__name__)
CHECKED_PER_KIND = 3  # the page the frame was made from, and two others


class Frame:
    """The theme's page with markers, split where the table of contents goes."""

    def __init__(self, html: str) -> None:
        # The table of contents was rendered with two entries: the first gives an entry, the
        # space between the two what goes between entries (the skip link, earlier, keeps ITEM_ID).
        first = html.rindex(ITEM_ID)
        start, end = html.rindex("<li", 0, first), html.index("</li>", first) + len("</li>")
        second = html.index(SECOND_ID, end)
        second_start = html.rindex("<li", 0, second)
        second_end = html.index("</li>", second) + len("</li>")
        self.item, self.between = html[start:end], html[end:second_start]
        self.html = html[:start] + ITEMS + html[second_end:]
        some, at_most_once, none = range(1, 1000), (0, 1), (0,)
        expected = {
            TITLE: some,
            CANONICAL: some,
            CONTENT: (1,),
            ITEMS: (1,),
            ITEM_NAME: none,
            SECOND_ID: none,
            SECOND_NAME: none,
            HEAD: at_most_once,  # a theme that prints no head extras has none to fill
            DESCRIPTION: range(0, 1000),
        }
        for marker, allowed in expected.items():
            found = self.html.count(marker)
            if found not in allowed:
                raise ValueError(f"unexpected theme output: {found} × {marker!r}")

    def fill(self, page: Any) -> str:
        items = self.between.join(
            self.item.replace(ITEM_ID, entry.id).replace(ITEM_NAME, entry.title) for entry in page.toc
        )
        first = next(iter(page.toc)).id if page.toc else ""
        return (
            self.html.replace(ITEMS, items)
            .replace(ITEM_ID, first)
            .replace(TITLE, page.meta["title"])
            .replace(HEAD, page.meta.get("register_head", ""))
            .replace(DESCRIPTION, page.meta.get("description", ""))
            .replace(CANONICAL, page.canonical_url or "")
            .replace(CONTENT, page.content)
        )


def render_full(env: Environment, context: dict[str, Any]) -> str:
    return env.get_template("main.html").render(context)


def make_frame(env: Environment, context: dict[str, Any], page: Any) -> Frame | None:
    """Render the theme once for `page` with markers in its place; None if it cannot be split."""
    saved = (page.content, page.toc, page.meta, page.canonical_url, page.title)
    try:
        page.content = CONTENT
        page.toc = get_toc(
            [
                {"level": 2, "id": ITEM_ID, "name": ITEM_NAME, "children": []},
                {"level": 2, "id": SECOND_ID, "name": SECOND_NAME, "children": []},
            ]
        )
        page.meta = {**page.meta, "title": TITLE, "register_head": HEAD, "description": DESCRIPTION}
        page.canonical_url = CANONICAL
        page.title = TITLE
        return Frame(render_full(env, context))
    except ValueError:  # a marker missing or where it should not be: render this kind in full
        return None
    finally:
        page.content, page.toc, page.meta, page.canonical_url, page.title = saved


class Frames:
    """One frame per kind of record for one build, checked against full renders."""

    def __init__(self, env: Environment) -> None:
        self.env = env
        self.frames: dict[str, Frame | None] = {}
        self.checked: dict[str, int] = {}
        self.check_all = os.environ.get("REGISTER_CHECK_FRAMES") == "all"
        self.filled = self.full = 0  # pages made from a frame / rendered in full

    def summary(self) -> str:
        return f"{self.filled} postsidor ur sidramar, {self.full} renderade i sin helhet"

    def render(self, kind: str, context: dict[str, Any], page: Any) -> str:
        if kind not in self.frames:
            self.frames[kind] = make_frame(self.env, context, page)
        frame = self.frames[kind]
        if frame is None:
            self.full += 1
            return render_full(self.env, context)
        html = frame.fill(page)
        if self.check_all or self.checked.get(kind, 0) < CHECKED_PER_KIND:
            self.checked[kind] = self.checked.get(kind, 0) + 1
            full = render_full(self.env, context)
            if full != html:
                diff = "\n".join(
                    list(
                        difflib.unified_diff(
                            full.splitlines(), html.splitlines(), "temat", "sidramen", lineterm="", n=1
                        )
                    )[:40]
                )
                if self.check_all:
                    raise PluginError(f"Sidramen för {kind} ger en annan sida än temat för {page.url}:\n{diff}")
                log.warning(
                    f"sidramen för {kind} skiljer sig från temat ({page.url}); de sidorna renderas i sin helhet:\n{diff}"
                )
                self.frames[kind] = None  # render this kind in full from now on
                self.full += 1
                return full
        self.filled += 1
        return html

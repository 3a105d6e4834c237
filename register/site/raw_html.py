"""HTML that macros put into hand-written pages, kept away from Python-Markdown.

Python-Markdown runs every raw HTML block through an HTML parser only to find where the block
ends, so its cost grows with the HTML: the listing, money and filter pages of 10 000 decisions
hold megabytes of finished HTML. Such a block is set aside here, a one-line placeholder goes
through Markdown in its place, and the HTML is put back once Markdown is done (MkDocs'
`on_page_content`). The page comes out the same: Markdown leaves a raw HTML block as it is.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

_PLACEHOLDER = re.compile(r'<div data-register-raw="(\d+)"></div>')


class RawHtml:
    """The blocks set aside for the page being built (each is handed back once, then dropped)."""

    def __init__(self) -> None:
        self._blocks: dict[str, str] = {}
        self._next = 0

    def keep(self, html: str) -> str:
        """A placeholder for `html`, a block of finished HTML that stands on its own line."""
        self._next += 1
        self._blocks[str(self._next)] = html
        return f'<div data-register-raw="{self._next}"></div>'

    def restore(self, content: str, page: str = "") -> str:
        """`content` (a page after Markdown) with every placeholder replaced by its HTML.

        Each block kept for the page must come back exactly once: a placeholder that Markdown
        lost (say, indented into a code block) or repeated would drop or double a listing."""
        if not self._blocks:
            return content
        found = _PLACEHOLDER.findall(content)
        repeated = sorted({n for n in found if found.count(n) > 1}, key=int)
        unknown = sorted({n for n in found if n not in self._blocks}, key=int)
        missing = sorted(set(self._blocks) - set(found), key=int)
        if repeated or unknown or missing:
            where = f" på sidan {page}" if page else ""
            details = "; ".join(
                text
                for text in (
                    f"platshållare som står flera gånger: {', '.join(repeated)}" if repeated else "",
                    f"platshållare utan block: {', '.join(unknown)}" if unknown else "",
                    f"block vars platshållare försvann i Markdown: {', '.join(missing)}" if missing else "",
                )
                if text
            )
            self._blocks.clear()
            raise PluginError(
                f"HTML från ett makro kunde inte sättas tillbaka{where} ({details}). Ett makro som ger "
                "en tabell eller lista ska stå ensamt på sin rad, utan indrag och inte inuti en lista."
            )
        return _PLACEHOLDER.sub(lambda match: self._blocks.pop(match.group(1)), content)

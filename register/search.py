"""The site's search index: Pagefind, fed each page while MkDocs writes the site.

Material's own search sends its whole index to every visitor before the first result (tens of
megabytes for a register of 10 000 memos). Pagefind splits the index into fragments and the
browser fetches only those a query needs. The binary ships in the `pagefind-bin` package, and
everything it writes (the index, its scripts and styles) is served from the site itself.

MkDocs renders pages on one core; Pagefind runs as a separate process (its service mode) and
indexes each page as soon as MkDocs has rendered it, so on a machine with two cores the index
costs little extra time. The index is written when the build ends.

The index is Swedish (Snowball stemming: "föreningarna" finds "förening"); the page templates
weight what a reader types to find one record (case number, organisationsnummer, aliases) with
`data-pagefind-weight`, so that record comes first.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from pagefind.index import IndexConfig, PagefindIndex

BUNDLE_DIR = "pagefind"  # under the site: pagefind/pagefind-ui.js, pagefind/pf_meta/…

# What Pagefind reads: only the article of each page (not the header, navigation or footer),
# without the "¶" permalinks of the headings.
CONFIG: IndexConfig = {
    "root_selector": "article.md-content__inner",
    "exclude_selectors": [".headerlink"],
    "force_language": "sv",
}


class LiveIndex:
    """A Pagefind index that takes pages while the build goes on, and writes itself at the end."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="pagefind", daemon=True)
        self._thread.start()
        self._pending: list[Future[Any]] = []
        self._index = self._run(PagefindIndex(CONFIG)._start())  # noqa: SLF001 - the context manager is async

    def _run(self, coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def add_page(self, html: str, url: str) -> None:
        """Index one written page (`url` relative to the site root, e.g. 'beslut/asn-2024-17401/')."""
        self._pending.append(asyncio.run_coroutine_threadsafe(
            self._index.add_html_file(content=html, url="/" + url), self._loop))

    def write(self, site_dir: Path) -> None:
        """Wait for every page, then write the index into `site_dir`/pagefind and stop the service."""
        try:
            for pending in self._pending:
                pending.result()
            self._run(self._index.write_files(output_path=str(site_dir / BUNDLE_DIR)))
        except Exception as error:  # the service reports its own errors in many shapes
            raise PluginError(f"Sökindexet kunde inte byggas (Pagefind): {error}") from error
        finally:
            self.close()
        if not (site_dir / BUNDLE_DIR / "pagefind.js").is_file():
            raise PluginError(f"Sökindexet kunde inte byggas: Pagefind skrev inget i {site_dir / BUNDLE_DIR}")

    def close(self) -> None:
        """Stop the Pagefind process and the thread (also after a failed build)."""
        if self._loop.is_closed():
            return
        service = getattr(self._index, "_service", None)
        if service is not None:
            try:
                self._run(service.close())
            except Exception:  # noqa: BLE001 - closing after a failure must not hide that failure
                pass
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

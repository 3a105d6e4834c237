"""The site's search index: Pagefind, run over the built site after MkDocs has written it.

Material's own search sends its whole index to every visitor before the first result (tens of
megabytes for a register of 10 000 memos). Pagefind splits the index into fragments and the
browser fetches only those a query needs. The binary ships in the `pagefind-bin` package, and
everything it writes (the index, its scripts and styles) is served from the site itself.

The index is Swedish (Snowball stemming: "föreningarna" finds "förening"); the page templates
weight what a reader types to find one record (case number, organisationsnummer, aliases) with
`data-pagefind-weight`, so that record comes first.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

BUNDLE_DIR = "pagefind"  # under the site: pagefind/pagefind-ui.js, pagefind/pf_meta/…

# What Pagefind reads: only the article of each page (not the header, navigation or footer),
# without the "¶" permalinks of the headings.
PAGEFIND_ARGS = (
    "--root-selector", "article.md-content__inner",
    "--exclude-selectors", ".headerlink",
    "--force-language", "sv",
    "--glob", "**/index.html",  # pages, not 404.html
    "--quiet",
)


def build_index(site_dir: Path) -> None:
    """Write the search index into `site_dir`/pagefind; stop the build with Pagefind's words if it fails."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), *PAGEFIND_ARGS]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not (site_dir / BUNDLE_DIR / "pagefind.js").is_file():
        output = (result.stdout + result.stderr).strip()
        raise PluginError(f"Sökindexet kunde inte byggas (Pagefind avslutade med {result.returncode}):\n{output}")

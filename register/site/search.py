"""The site's search index: Pagefind, fed each page while MkDocs writes the site.

Material's own search sends its whole index to every visitor before the first result (tens of
megabytes for a register of 10 000 memos). Pagefind splits the index into fragments and the
browser fetches only those a query needs. The binary ships in the `pagefind-bin` package, and
everything it writes (the index, its scripts and styles) is served from the site itself.

MkDocs renders pages on one core; Pagefind runs as a separate process (`pagefind --service`)
and indexes each page as soon as MkDocs has rendered it, so on a machine with two cores the
index costs little extra time. The index is written when the build ends. The service speaks
base64-encoded JSON messages ending in ","; the `pagefind` package's own client waits 0.1 s
before reading each answer (two minutes for 1 000 pages), so this module talks to it directly.

The index is Swedish (Snowball stemming: "föreningarna" finds "förening"); the page templates
weight what a reader types to find one record (case number, organisationsnummer, aliases) with
`data-pagefind-weight`, so that record comes first.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from mkdocs.exceptions import PluginError
from pagefind.service import get_executable

BUNDLE_DIR = "pagefind"  # under the site: pagefind/pagefind-ui.js, pagefind/pf_meta/…

# What Pagefind reads: only the article of each page (not the header, navigation or footer),
# without the "¶" permalinks of the headings.
CONFIG = {"root_selector": "article.md-content__inner", "exclude_selectors": [".headerlink"], "force_language": "sv"}

# What each search result says it is ("Slag: Beslut"): the page template (overrides/main.html)
# writes it as Pagefind metadata; hand-written pages are "Sida".
KIND_NAMES = {
    "decision": "Beslut",
    "organisation": "Organisation",
    "programme": "Verksamhet",
    "partnership": "Partnerskap",
    "body": "Organ",
}
PAGE_KIND = "Sida"

# Pagefind separates the text of paragraphs, list items and table cells, but not of a term and
# its description (<dt>, <dd>) or of header cells: "Organisationsform" + "förening" became one
# word in excerpts. The index gets a colon after each term, a full stop after a description
# that ends in a word (as Pagefind does for paragraphs) and a space after each description and
# header cell. Text from data is escaped, so these tags are always the markup's own.
_WORD_END = re.compile(r"[\w)]")  # a description that ends like this gets a full stop

# How long the build waits for Pagefind to make any progress (an answer, one more page indexed,
# a file written) before it stops with a message. Progress resets the clock, so a large site
# is never cut short; a silent or wedged service never holds a build (or CI) for ever.
STALL_SECONDS = float(os.environ.get("REGISTER_PAGEFIND_TIMEOUT", "300"))
# The files Pagefind writes at the top of its bundle; the build checks each is there.
BUNDLE_FILES = ("pagefind.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-entry.json")
# Beside them, the list of further bundles docs/assets/search.js merges into this one:
# {"bundles": ["pagefind/b01/", …]}, paths from the site's root. Written even when empty, so a
# first search does not fetch the site's 404 page (14 kB at 10 000 decisions) to learn that.
BUNDLE_LIST = "register-bundles.json"


def _failed(reason: str) -> PluginError:
    return PluginError(f"Sökindexet kunde inte byggas: {reason}")


class LiveIndex:
    """A Pagefind index that takes pages while the build goes on, and writes itself at the end.

    `command` and `stall_seconds` are for tests, which drive a fake service."""

    def __init__(self, command: Sequence[str] | None = None, stall_seconds: float = STALL_SECONDS) -> None:
        if command is None:
            executable = get_executable()
            if executable is None:
                raise PluginError("Pagefind saknas: installera beroendena med `make venv`")
            command = [str(executable), "--service"]
        self._process = subprocess.Popen(
            list(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        self._stall = stall_seconds
        self._answers: dict[int, dict[str, Any]] = {}
        self._errors: list[str] = []
        self._stderr: list[bytes] = []
        self._reader_failed: str | None = None  # why the thread reading the answers stopped early
        self._answers_ended = False
        self._arrived = threading.Condition()
        self._next_id = 0
        self._pages = 0  # sent
        self._indexed = 0  # answered
        self._readers = [
            threading.Thread(target=self._read_answers, name="pagefind-answers", daemon=True),
            threading.Thread(target=self._drain, args=(self._process.stderr,), daemon=True),
        ]
        for reader in self._readers:
            reader.start()
        try:
            self._index_id = self._ask({"type": "NewIndex", "config": CONFIG})["index_id"]
        except BaseException:
            self.close()
            raise

    def _send(self, payload: dict[str, Any]) -> int:
        self._next_id += 1
        message = json.dumps({"message_id": self._next_id, "payload": payload}).encode("utf-8")
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(base64.b64encode(message) + b",")
            self._process.stdin.flush()
        except (BrokenPipeError, OSError) as error:
            raise _failed(f"Pagefind avslutades ({self._why()})") from error
        return self._next_id

    def _wait_for(self, done: Any, what: str) -> None:
        """Wait (holding `_arrived`) until `done()`; stop loudly when the service died, its
        answers stopped, or nothing moved for `stall_seconds`. `done` may report progress by
        returning a number that grows."""
        progress = None
        deadline = time.monotonic() + self._stall
        while True:
            state = done()
            if state is True:
                return
            if state != progress:
                progress, deadline = state, time.monotonic() + self._stall
            if self._reader_failed is not None:
                raise _failed(f"svaren från Pagefind gick inte att läsa ({self._reader_failed})")
            if self._answers_ended or self._process.poll() is not None:
                raise _failed(f"Pagefind avslutades medan bygget väntade på {what} ({self._why()})")
            left = deadline - time.monotonic()
            if left <= 0:
                raise _failed(f"Pagefind har inte svarat på {self._stall:.0f} s medan bygget väntade på {what}")
            self._arrived.wait(timeout=min(left, 1.0))

    def _ask(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Send and wait for this message's answer."""
        message_id = self._send(payload)
        with self._arrived:
            self._wait_for(lambda: message_id in self._answers, f"svar på {payload['type']}")
            answer = self._answers.pop(message_id)
        if answer.get("type") == "Error":
            raise _failed(str(answer.get("message")))
        return answer

    def _read_answers(self) -> None:
        try:
            self._read_answers_until_closed()
        except BaseException as error:
            with self._arrived:
                self._reader_failed = f"{type(error).__name__}: {error}"[:500]
                self._arrived.notify_all()
        else:
            with self._arrived:
                self._answers_ended = True
                self._arrived.notify_all()

    def _read_answers_until_closed(self) -> None:
        stream = self._process.stdout
        assert stream is not None
        buffer = b""
        while chunk := stream.read1(1 << 16):  # type: ignore[attr-defined]  # a BufferedReader
            buffer += chunk
            *frames, buffer = buffer.split(b",")
            for frame in frames:
                answer = json.loads(base64.b64decode(frame, validate=True))
                payload = answer.get("payload") or {}
                with self._arrived:
                    kind = payload.get("type")
                    if kind == "IndexedFile":
                        self._indexed += 1  # one page done: nobody waits for its answer alone
                    elif answer.get("message_id") is not None:
                        self._answers[answer["message_id"]] = payload
                    if kind == "Error":
                        self._errors.append(str(payload.get("message")))
                        self._indexed += 1  # a page that failed is done too
                    self._arrived.notify_all()

    def _drain(self, stream: IO[bytes] | None) -> None:
        while stream is not None and (chunk := stream.read1(1 << 16)):  # type: ignore[attr-defined]
            self._stderr.append(chunk)

    def _why(self) -> str:
        if self._process.poll() is not None:  # all it said is on its way: read it before quoting it
            self._readers[1].join(timeout=2)
        return (b"".join(self._stderr).decode("utf-8", "replace").strip() or "inget felmeddelande")[-2000:]

    def add_page(self, html: str, url: str) -> None:
        """Index one written page (`url` relative to the site root, e.g. 'beslut/asn-2024-17401/')."""
        self._send({"type": "AddFile", "index_id": self._index_id, "url": "/" + url, "file_contents": html})
        self._pages += 1

    def write_bundle(self, bundle: Path) -> None:
        """Write the index into the folder `bundle` (after every page sent) and stop the service."""
        try:
            with self._arrived:  # every page indexed first: the service works on several at once
                self._wait_for(lambda: self._indexed >= self._pages or self._indexed, "att sidorna indexeras")
            self._ask({"type": "WriteFiles", "index_id": self._index_id, "output_path": str(bundle)})
            wait_until_written(bundle, self._stall)
            if self._errors:
                raise _failed("\n".join(self._errors[:20]))
        finally:
            self.close()

    def close(self) -> None:
        """Stop the Pagefind process (also after a failed build)."""
        if self._process.poll() is None:
            if self._process.stdin is not None:
                with contextlib.suppress(BrokenPipeError, OSError):  # a service that died
                    self._process.stdin.close()
            try:
                self._process.wait(timeout=120)  # freeing gigabytes of index can take a while
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        for reader in self._readers:
            reader.join(timeout=5)


def write_bundle_list(site_dir: Path, bundles: Sequence[str] = ()) -> None:
    """Write pagefind/register-bundles.json: the bundles (paths from the site's root, each
    ending in "/") that the search merges into pagefind/; none when the index is one bundle."""
    listed = json.dumps({"bundles": list(bundles)}, ensure_ascii=False) + "\n"
    (site_dir / BUNDLE_DIR / BUNDLE_LIST).write_text(listed, encoding="utf-8")


_IGNORED_START = re.compile(r"<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>")


def without_ignored(html: str) -> str:
    """The page without the elements marked data-pagefind-ignore (lists that repeat other pages):
    Pagefind would skip them anyway, and without them a page's search input changes only when
    what it says of itself changes, so an edit re-indexes fewer parts (search_parts.py). The
    markup is the templates' own (text from data is escaped), so each element has its end tag."""
    if "data-pagefind-ignore" not in html:
        return html
    kept, at = [], 0
    while (start := _IGNORED_START.search(html, at)) is not None:
        tag = start.group(1)
        tags = re.compile(rf"<(/?){tag}\b[^>]*>")
        depth, end = 1, start.end()
        while depth and (found := tags.search(html, end)) is not None:
            depth += -1 if found.group(1) else 1
            end = found.end()
        kept.append(html[at : start.start()])
        at = end
    kept.append(html[at:])
    return "".join(kept)


def indexable(html: str) -> str:
    """The page as the index reads it: each term, description and header cell a phrase of its own.

    Plain splitting rather than regular expressions with look-behind: this runs over every
    page (40 kB each at 10 000 decisions), and the expressions cost a tenth of the build."""
    html = without_ignored(html)
    if "</dt>" in html:
        pieces = html.split("</dt>")
        for number, piece in enumerate(pieces[:-1]):
            text = piece.rstrip()
            if not text.endswith((":", "?")):  # "Term" → "Term:", as a reader would say it
                pieces[number] = text + ":" + piece[len(text) :] + "</dt> "
            else:
                pieces[number] = piece + "</dt>"
        html = "".join(pieces)
    if "</dd>" in html:
        pieces = html.split("</dd>")
        for number, piece in enumerate(pieces[:-1]):
            if _WORD_END.match(piece[-1:]):
                pieces[number] = piece + "."
        html = "</dd> ".join(pieces)
    return html.replace("</th>", "</th> ")


def wait_until_written(bundle: Path, stall_seconds: float = STALL_SECONDS, quiet_for: float = 0.5) -> None:
    """Wait until every file of BUNDLE_FILES is there and the top of the bundle has stopped
    changing for `quiet_for` seconds; stop loudly after `stall_seconds` without that.

    The service answers WriteFiles while it may still be writing its scripts (pagefind-ui.js
    and the others); it stops as soon as its input closes, so closing it at once can leave a
    script cut short (seen at 20 000 pages on a busy machine: a 64 KiB pagefind-ui.js).
    """

    def sizes() -> dict[str, int]:
        if not bundle.is_dir():
            return {}
        return {entry.name: entry.stat().st_size for entry in os.scandir(bundle) if entry.is_file()}

    deadline = time.monotonic() + stall_seconds
    before = sizes()
    while time.monotonic() < deadline:
        time.sleep(quiet_for)
        now = sizes()
        if now == before and all(now.get(name) for name in BUNDLE_FILES):
            return
        before = now
    missing = [name for name in BUNDLE_FILES if not before.get(name)]
    reason = f"saknas: {', '.join(missing)}" if missing else "filerna slutade inte ändras"
    raise _failed(f"Pagefind skrev inte klart sina filer i {bundle} på {stall_seconds:.0f} s ({reason})")

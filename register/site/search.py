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
import json
import os
import subprocess
import threading
import time
from pathlib import Path
from typing import IO, Any

from mkdocs.exceptions import PluginError
from pagefind.service import get_executable

BUNDLE_DIR = "pagefind"  # under the site: pagefind/pagefind-ui.js, pagefind/pf_meta/…

# What Pagefind reads: only the article of each page (not the header, navigation or footer),
# without the "¶" permalinks of the headings.
CONFIG = {"root_selector": "article.md-content__inner", "exclude_selectors": [".headerlink"], "force_language": "sv"}


class LiveIndex:
    """A Pagefind index that takes pages while the build goes on, and writes itself at the end."""

    def __init__(self) -> None:
        executable = get_executable()
        if executable is None:
            raise PluginError("Pagefind saknas: installera beroendena med `make venv`")
        self._process = subprocess.Popen(
            [str(executable), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        self._answers: dict[int, dict[str, Any]] = {}
        self._errors: list[str] = []
        self._stderr: list[bytes] = []
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
        self._index_id = self._ask({"type": "NewIndex", "config": CONFIG})["index_id"]

    def _send(self, payload: dict[str, Any]) -> int:
        self._next_id += 1
        message = json.dumps({"message_id": self._next_id, "payload": payload}).encode("utf-8")
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(base64.b64encode(message) + b",")
            self._process.stdin.flush()
        except (BrokenPipeError, OSError) as error:
            raise PluginError(f"Sökindexet kunde inte byggas: Pagefind avslutades ({self._why()})") from error
        return self._next_id

    def _ask(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Send and wait for this message's answer."""
        message_id = self._send(payload)
        with self._arrived:
            while message_id not in self._answers:
                if self._process.poll() is not None and message_id not in self._answers:
                    raise PluginError(f"Sökindexet kunde inte byggas: Pagefind avslutades ({self._why()})")
                self._arrived.wait(timeout=1)
            answer = self._answers.pop(message_id)
        if answer.get("type") == "Error":
            raise PluginError(f"Sökindexet kunde inte byggas: {answer.get('message')}")
        return answer

    def _read_answers(self) -> None:
        stream = self._process.stdout
        assert stream is not None
        buffer = b""
        while chunk := stream.read1(1 << 16):
            buffer += chunk
            *frames, buffer = buffer.split(b",")
            for frame in frames:
                answer = json.loads(base64.b64decode(frame))
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
        while stream is not None and (chunk := stream.read1(1 << 16)):
            self._stderr.append(chunk)

    def _why(self) -> str:
        return (b"".join(self._stderr).decode("utf-8", "replace").strip() or "inget felmeddelande")[-2000:]

    def add_page(self, html: str, url: str) -> None:
        """Index one written page (`url` relative to the site root, e.g. 'beslut/asn-2024-17401/')."""
        self._send({"type": "AddFile", "index_id": self._index_id, "url": "/" + url, "file_contents": html})
        self._pages += 1

    def write(self, site_dir: Path) -> None:
        """Write the index into `site_dir`/pagefind (after every page sent) and stop the service."""
        try:
            with self._arrived:  # every page indexed first: the service works on several at once
                while self._indexed < self._pages:
                    if self._process.poll() is not None:
                        raise PluginError(f"Sökindexet kunde inte byggas: Pagefind avslutades ({self._why()})")
                    self._arrived.wait(timeout=1)
            self._ask({"type": "WriteFiles", "index_id": self._index_id, "output_path": str(site_dir / BUNDLE_DIR)})
            _wait_until_written(site_dir / BUNDLE_DIR)
            if self._errors:
                raise PluginError("Sökindexet kunde inte byggas:\n" + "\n".join(self._errors[:20]))
        finally:
            self.close()
        if not (site_dir / BUNDLE_DIR / "pagefind.js").is_file():
            raise PluginError(f"Sökindexet kunde inte byggas: Pagefind skrev inget i {site_dir / BUNDLE_DIR}")

    def close(self) -> None:
        """Stop the Pagefind process (also after a failed build)."""
        if self._process.poll() is None:
            if self._process.stdin is not None:
                self._process.stdin.close()
            try:
                self._process.wait(timeout=120)  # freeing gigabytes of index can take a while
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        for reader in self._readers:
            reader.join(timeout=5)


def _wait_until_written(bundle: Path, quiet_for: float = 0.5, limit: float = 120.0) -> None:
    """Wait until the files at the top of the bundle stop changing.

    The service answers WriteFiles while it may still be writing its scripts (pagefind-ui.js
    and the others); it stops as soon as its input closes, so closing it at once can leave a
    script cut short (seen at 20 000 pages on a busy machine: a 64 KiB pagefind-ui.js).
    """

    def sizes() -> dict[str, int]:
        return {entry.name: entry.stat().st_size for entry in os.scandir(bundle) if entry.is_file()}

    deadline = time.monotonic() + limit
    before = sizes()
    while time.monotonic() < deadline:
        time.sleep(quiet_for)
        now = sizes()
        if now == before:
            return
        before = now

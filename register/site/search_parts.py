"""The search index in parts: bounded memory, and only the parts an edit touched indexed again.

Pagefind holds everything it indexes in memory until it writes the index: about 0.5 MB per
record page, 6 GB at 10 000 decisions. The pages are therefore indexed in parts of about
PART_PAGES pages, one Pagefind process at a time, each written as a bundle of its own. Part 0
is the main bundle, pagefind/, with Pagefind's scripts and the hand-written pages; the others
are under pagefind-delar/NN/, listed in pagefind/register-bundles.json, and the search merges
them (Pagefind's `mergeIndex`, docs/assets/search.js). Each part has pages of every kind, so
their word statistics are alike and a page ranks the same whichever part it is in (a part of
hand-written pages alone ranked a theme page above the record a reader searched for).

A page belongs to a part by a digest of its address, so parts stay the same size and a page
stays in its part as the register grows (until the number of parts doubles). The build hands
MkDocs the record pages part by part, so each part is indexed, in the background, as soon as
its last page is written, while MkDocs makes the next part's pages.

A part is a function of its pages' addresses and of what the index reads of them
(search.indexable: without the blocks marked data-pagefind-ignore, such as a decision's related
decisions): its bundle is kept in the build cache (register.site.page_cache) under a digest of those, and a build whose part has the same
pages copies the kept bundle instead of indexing it again.
"""

from __future__ import annotations

import hashlib
import os
import queue
import shutil
import tempfile
import threading
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from register.core.model import Decision, Organisation, Partnership, Programme, Record
from register.site import search

PART_PAGES = 800
PARTS_DIR = "pagefind-delar"
# What a merged bundle needs (and its *.pf_meta); the scripts and WebAssembly come from the main bundle.
_PART_KEEPS = ("pagefind-entry.json", "index", "fragment", "filter")


def part_count(record_pages: int) -> int:
    """How many parts: a power of two, so that growing the register rarely moves a page."""
    count = 1
    while count * PART_PAGES < record_pages:
        count *= 2
    return count


def part_of(group: str, parts: int) -> int:
    return zlib.crc32(group.encode("utf-8")) % parts


def group_of(kind: str, record_id: str, record: Record) -> str | None:
    """What a record page is indexed with: an organisation's page, its decisions, programmes and
    partnerships share a part, so an edit that changes them together re-indexes one part.
    None: the main part (the bodies' pages list every decision, and change as often as the
    hand-written pages)."""
    if kind == "body":
        return None
    organisation: str | None = None
    if isinstance(record, Decision):
        named = [g.recipient for g in record.grants] + [r.organisation for r in record.sent_to if r.organisation]
        organisation = next(iter(named), None)
    elif isinstance(record, Organisation):
        organisation = record_id
    elif isinstance(record, Programme):
        organisation = next((p.organisation for p in record.participants if p.organisation), None)
    elif isinstance(record, Partnership):
        organisation = next(iter(record.partners), None)
    return f"organisation:{organisation}" if organisation else f"{kind}:{record_id}"


def link_or_copy(source: str | Path, target: str | Path) -> Any:
    """A hard link (a kept file is never written to again; the next build replaces it), or a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
    return target


class SearchParts:
    """The main bundle and the parts of one build."""

    def __init__(
        self,
        members: dict[int, list[str]],
        to_make: dict[int, int],
        kept_html: Callable[[str], str],
        digests: dict[str, str],
        cache: Path | None,
    ) -> None:
        """`members`: the addresses in each part; `to_make`: how many of them this build makes;
        `kept_html(url)`: the HTML of a kept page; `digests`: url → digest of a kept page's HTML."""
        self.members = {part: sorted(urls) for part, urls in members.items()}
        self.waiting = dict(to_make)
        self.kept_html = kept_html
        self.digests = dict(digests)
        self.made: dict[int, dict[str, str]] = {part: {} for part in members}
        self.temporary = cache is None  # without a cache the bundles live only for this build
        self.store = (cache / "sok") if cache is not None else Path(tempfile.mkdtemp(prefix="register-sok-"))
        self.store.mkdir(parents=True, exist_ok=True)
        self.keys: dict[int, str] = {}
        self.worker: threading.Thread | None = None
        self.jobs: queue.Queue[tuple[list[tuple[str, str]], str, bool] | None] = queue.Queue(maxsize=1)
        self.failure: BaseException | None = None
        self.indexed = 0  # parts indexed in this build (the rest were kept)

    def add_page(self, url: str, searched: str, digest: str, part: int) -> None:
        """A written page of `part` (hand-written pages are in part 0), as the index reads it
        (search.indexable) with its digest."""
        self.made[part]["/" + url] = searched
        self.digests["/" + url] = digest
        self.waiting[part] -= 1
        if self.waiting[part] == 0:
            self._finish(part)

    def _finish(self, part: int) -> None:
        key = hashlib.blake2b(digest_size=16)
        for url in self.members[part]:
            key.update(f"{url}={self.digests[url]}\n".encode())
        self.keys[part] = key.hexdigest()
        if (self.store / self.keys[part] / "pagefind-entry.json").is_file():
            self.made[part] = {}
            return
        made = self.made[part]
        pages = [
            (url, made[url] if url in made else search.indexable(self.kept_html(url))) for url in self.members[part]
        ]
        self.made[part] = {}
        if self.worker is None:  # one Pagefind process at a time: memory stays that of one part
            self.worker = threading.Thread(target=self._work, name="sokindex-delar", daemon=True)
            self.worker.start()
        self.jobs.put((pages, self.keys[part], part == 0))  # waits while another part waits

    def _work(self) -> None:
        while (job := self.jobs.get()) is not None:
            if self.failure is None:
                self._index(*job)

    def _index(self, pages: list[tuple[str, str]], key: str, main: bool) -> None:
        try:
            index = search.LiveIndex()
            for url, html in pages:
                index.add_page(html, url.lstrip("/"))
            temporary = self.store / f".{key}.tmp"
            shutil.rmtree(temporary, ignore_errors=True)
            index.write_bundle(temporary)
            for child in temporary.iterdir() if not main else ():  # scripts and WebAssembly: pagefind/
                if child.name not in _PART_KEEPS and child.suffix != ".pf_meta":
                    shutil.rmtree(child) if child.is_dir() else child.unlink()
            shutil.rmtree(self.store / key, ignore_errors=True)
            temporary.rename(self.store / key)
            self.indexed += 1
        except BaseException as error:  # reported by the build's thread in write()
            self.failure = error

    def _join(self) -> None:
        if self.worker is not None:
            self.jobs.put(None)
            self.worker.join()
            self.worker = None
        if self.failure is not None:
            failure, self.failure = self.failure, None
            raise failure

    def write(self, site_dir: Path) -> None:
        """Every part (indexed now or kept) and the list of parts, into the site."""
        for part, waiting in self.waiting.items():
            if part not in self.keys:  # no page of it made in this build: its pages were all kept
                if waiting:
                    raise RuntimeError(f"söksidornas del {part} väntar fortfarande på {waiting} sidor")
                self._finish(part)
        self._join()
        bundles = []
        for part in sorted(self.members):
            name = f"{PARTS_DIR}/{part:02d}/" if part else f"{search.BUNDLE_DIR}/"
            shutil.copytree(self.store / self.keys[part], site_dir / name, copy_function=link_or_copy)
            bundles += [name] if part else []
        search.write_bundle_list(site_dir, bundles)
        wanted = set(self.keys.values())
        for old in self.store.iterdir():
            if self.temporary or old.name not in wanted:
                shutil.rmtree(old, ignore_errors=True)
        if self.temporary:
            shutil.rmtree(self.store, ignore_errors=True)

    def close(self) -> None:
        """After a failed build: wait for the part being indexed."""
        self.failure = self.failure or RuntimeError("bygget avbröts")  # the queued parts are skipped
        if self.worker is not None:
            self.jobs.put(None)
            self.worker.join()
            self.worker = None


__all__ = ["PARTS_DIR", "SearchParts", "group_of", "link_or_copy", "part_count", "part_of"]

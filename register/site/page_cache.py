"""Record pages kept between builds, so a one-record edit rebuilds a few pages, not thousands.

A record page is a function of the data it read (register.site.tracked_register writes that
down as tokens) and of everything every page shares: the code and templates, the theme and its
overrides, the hand-written pages (the menu), mkdocs.yml, the installed packages, the site
address, the build date and the repository settings. Its key is a digest of all of that, and the
git date of its own data file. A build keeps each page it made under its key; the next build
works out the key of each page from the tokens of the page it kept and, when the key is the
same, copies the kept page instead of making it. A key never matches a page made from other
data, so a kept page is never stale; the worst a wrong guess can do is make a page again.

The cache is a folder (REGISTER_CACHE_DIR, default .cache/register/ in the project) that is
never published and can be deleted at any time. REGISTER_CACHE=0 builds without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from register.core.file_cache import cache_root
from register.site.tracked_register import Token

INDEX_NAME = "sidor.pickle"
FORMAT = "2"  # bump when what the index holds changes
# Packages whose version changes what a page looks like.
PACKAGES = (
    "mkdocs",
    "mkdocs-material",
    "mkdocs-macros-plugin",
    "jinja2",
    "markupsafe",
    "pydantic",
    "pyyaml",
    "pagefind-bin",
)
# What every page is made of, besides its data: these folders and files of the project.
SOURCES = ("register/core", "register/opendata", "register/site", "hooks", "overrides", "docs", "mkdocs.yml")


@dataclass(frozen=True)
class Kept:
    key: str
    tokens: tuple[Token, ...]
    digest: str  # of what the search index reads of the page (search.indexable): its part's key


def cache_dir() -> Path | None:
    """Where kept pages go: beside the check's file cache (register.core.file_cache), or None."""
    return cache_root()


def sources_digest(project_dir: Path, settings: list[str]) -> str:
    """A digest of the code, templates, theme, hand-written pages, packages and `settings`."""
    hasher = hashlib.blake2b(digest_size=16)
    hasher.update(FORMAT.encode())
    for name in PACKAGES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            hasher.update(f"{name}=={metadata.version(name)}\n".encode())
    for source in SOURCES:
        path = project_dir / source
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            hasher.update(file.relative_to(project_dir).as_posix().encode() + b"\x00")
            hasher.update(hashlib.blake2b(file.read_bytes(), digest_size=16).digest())
    for setting in settings:
        hasher.update(setting.encode("utf-8") + b"\x00")
    return hasher.hexdigest()


def html_digest(html: str) -> str:
    return hashlib.blake2b(html.encode("utf-8"), digest_size=16).hexdigest()


class PageCache:
    """The kept pages of one build: what the last build left, and what this one keeps."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.before: dict[str, Kept] = {}
        self.now: dict[str, Kept] = {}
        if folder is not None:
            with contextlib.suppress(OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
                loaded = pickle.loads((folder / INDEX_NAME).read_bytes())
                if isinstance(loaded, dict) and loaded.get("format") == FORMAT:
                    self.before = loaded["pages"]

    @property
    def enabled(self) -> bool:
        return self.folder is not None

    def page_file(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / "sidor" / key[:2] / f"{key}.html"

    def kept(self, src_uri: str, key_of: Callable[[tuple[Token, ...]], str]) -> Kept | None:
        """The page kept for `src_uri` if its key, worked out again now, is the same.

        `key_of(tokens)` gives the key of this page in this build for a page that read `tokens`."""
        kept = self.before.get(src_uri)
        if kept is None or self.folder is None:
            return None
        if key_of(kept.tokens) != kept.key or not self.page_file(kept.key).is_file():
            return None
        self.now[src_uri] = kept
        return kept

    def keep(self, src_uri: str, key: str, tokens: tuple[Token, ...], html: str, digest: str) -> Kept:
        """Keep a page this build made (written at once, so a build that fails later loses nothing)."""
        kept = Kept(key, tokens, digest)
        self.now[src_uri] = kept
        if self.folder is not None:
            _write_atomically(self.page_file(key), html.encode("utf-8"))
        return kept

    def copy_to(self, key: str, target: Path) -> None:
        """The kept page at `target`: a hard link where the file system allows (no bytes copied;
        a kept file is never written to, a build replaces it), else a copy."""
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(self.page_file(key), target)
        except OSError:
            shutil.copyfile(self.page_file(key), target)

    def read(self, key: str) -> str:
        return self.page_file(key).read_text(encoding="utf-8")

    def save(self) -> None:
        """Write what this build kept, and drop the pages no build can use any more."""
        if self.folder is None:
            return
        try:
            _write_atomically(self.folder / INDEX_NAME, pickle.dumps({"format": FORMAT, "pages": self.now}))
            wanted = {self.page_file(kept.key) for kept in self.now.values()}
            for file in (self.folder / "sidor").glob("*/*.html"):
                if file not in wanted:
                    file.unlink(missing_ok=True)
        except OSError:  # a cache that cannot be written only means the next build makes every page
            pass


def _write_atomically(path: Path, content: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, prefix=".tmp-") as handle:
            handle.write(content)
        os.replace(handle.name, path)
    except OSError:
        pass


__all__ = ["Kept", "PageCache", "cache_dir", "html_digest", "sources_digest"]

"""Remember what reading one record file found, so that a check after one edit reads one file.

Staff run `register check` after every edit, and at 10 000 decisions reading and validating
every file (read_files.read_one) is most of its time. What reading a file finds (its validated
Entry or None, and its problems) depends only on the file's bytes, the path its messages show,
the path it is read from, its kind and the code that reads it; so the result is kept under a
key of exactly those (`FileCache.key`), and a stored result whose key matches is the one the
file would give again. The code is one fingerprint per run: every source file of register/core
and the versions of Python and of the libraries that parse and validate.

The cache lives in `.cache/register/` at the root of the repository the package is in
(`REGISTER_CACHE_DIR` elsewhere; `REGISTER_CACHE=0` turns it off), one folder per data folder
(the last KEEP used are kept), and in it each file's result is in one of SHARDS pickle files,
chosen by its path. One pickle for the whole register loads as fast (0.7 s at 10 000 decisions)
but took 1.3 s to write again after each edit; one of 64 takes 0.01 s. A cache file that cannot be read is
a miss and is written anew; a cache that cannot be written is no cache. It is never an error:
the check is exactly what it would be without it.

Pickles run code when loaded: only a folder the user can write to is ever read, and the
package's own source is no better guarded than that.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
import shutil
import sys
import zlib
from pathlib import Path

import pydantic
import pydantic_core
import stdnum
import yaml

from register.core.problems import Problem
from register.core.records import Entry

Result = tuple[Entry | None, list[Problem]]
Stored = dict[str, tuple[bytes, Result]]  # display path → (key, result)

FORMAT = "v1"  # the layout of the files below; a new layout gets a new name
SHARDS = 64
KEEP = 4  # data folders whose cache is kept (the data, the fixtures, a bench size or two)
_FOLDER_NAME = re.compile(rf"{FORMAT}-[0-9a-f]{{16}}")
_OURS = re.compile(r"v\d+-[0-9a-f]{16}")  # what pruning may delete: nothing else in the folder


def cache_root() -> Path | None:
    """Where caches live: REGISTER_CACHE_DIR, else .cache/register/ in the repository; None when off."""
    if os.environ.get("REGISTER_CACHE", "").strip() == "0":
        return None
    configured = os.environ.get("REGISTER_CACHE_DIR", "").strip()
    if configured:
        return Path(configured)
    checkout = Path(__file__).resolve().parents[2]
    # Installed elsewhere than in a checkout (site-packages): no place of ours to write to.
    return checkout / ".cache" / "register" if (checkout / "pyproject.toml").is_file() else None


@functools.cache
def code_fingerprint() -> bytes:
    """A digest of everything besides the file that decides what reading it finds: the core's
    source (once per run: 40 small files) and the versions of what parses and validates."""
    versions = (sys.version, pydantic.VERSION, pydantic_core.__version__, yaml.__version__, stdnum.__version__)
    return fingerprint_of(Path(__file__).resolve().parent, repr((versions, yaml.__with_libyaml__)))


def fingerprint_of(source: Path, versions: str) -> bytes:
    """A digest of the names and contents of the Python files under `source`, and `versions`."""
    digest = hashlib.sha256(versions.encode())
    for path in sorted(source.rglob("*.py")):
        digest.update(path.relative_to(source).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.digest()


# Taken as the package is imported, so that it is of the code that runs, also when a source file
# is edited later in a long process (mkdocs serve keeps the code it imported).
code_fingerprint()


def content_digest(raw: bytes) -> bytes:
    return hashlib.sha256(raw).digest()


def _is_result(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and (value[0] is None or isinstance(value[0], Entry))
        and isinstance(value[1], list)
    )


class FileCache:
    """The stored results for one data folder: looked up while reading, written once after."""

    def __init__(self, folder: Path, fingerprint: bytes) -> None:
        self.folder = folder
        self.fingerprint = fingerprint
        self._loaded: dict[int, Stored] = {}  # shard → what it held when this run began
        self._now: dict[int, Stored] = {}  # shard → what this run found (hits and new results)

    @classmethod
    def for_data(cls, data_dir: Path) -> FileCache | None:
        """The cache of `data_dir`, or None when caching is off."""
        root = cache_root()
        if root is None:
            return None
        name = hashlib.sha256(os.fsencode(data_dir.resolve())).hexdigest()[:16]
        return cls(root / f"{FORMAT}-{name}", code_fingerprint())

    def key(self, kind: str, display: str, path: Path, digest: bytes) -> bytes:
        """The key of a file's result: its content's digest, where it lies, its kind, the code."""
        parts = (self.fingerprint, kind.encode(), display.encode(), os.fsencode(path), digest)
        return hashlib.sha256(b"\0".join(parts)).digest()

    def get(self, display: str, key: bytes) -> Result | None:
        shard = _shard_of(display)
        stored = self._shard(shard).get(display)
        if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key and _is_result(stored[1])):
            return None
        self._now.setdefault(shard, {})[display] = stored
        return stored[1]

    def put(self, display: str, key: bytes, result: Result) -> None:
        self._now.setdefault(_shard_of(display), {})[display] = (key, result)

    def save(self) -> None:
        """Write the shards whose files changed, drop those no file uses; quietly give up on a
        folder that cannot be written."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for shard in range(SHARDS):
                now = self._now.get(shard, {})
                before = self._loaded.get(shard)
                if not now:
                    self._path(shard).unlink(missing_ok=True)
                elif before is None or {d: k for d, (k, _) in now.items()} != {d: v[0] for d, v in before.items()}:
                    self._write(shard, now)
            os.utime(self.folder)  # when it was last used, for pruning
        except (OSError, pickle.PicklingError):
            return
        _prune(self.folder.parent, keep=self.folder)

    def _path(self, shard: int) -> Path:
        return self.folder / f"{shard:02d}.pickle"

    def _shard(self, shard: int) -> Stored:
        if shard not in self._loaded:
            self._loaded[shard] = self._read(shard)
        return self._loaded[shard]

    def _read(self, shard: int) -> Stored:
        try:
            with open(self._path(shard), "rb") as handle:
                if handle.read(len(self.fingerprint)) != self.fingerprint:
                    return {}  # written by other code: not even unpickled
                stored = pickle.load(handle)
        except FileNotFoundError:
            return {}
        except Exception:  # a cut-off or damaged file may fail in any way unpickling can: a miss
            return {}
        return stored if isinstance(stored, dict) else {}

    def _write(self, shard: int, stored: Stored) -> None:
        path = self._path(shard)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            with open(temporary, "wb") as handle:
                handle.write(self.fingerprint)
                pickle.dump(stored, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)  # whole or not at all, also for a check running beside
        finally:
            temporary.unlink(missing_ok=True)


def _shard_of(display: str) -> int:
    return zlib.crc32(display.encode()) % SHARDS


def _prune(root: Path, keep: Path) -> None:
    """Remove the caches of all but the KEEP data folders used last (a review's temporary
    checkout, a test's copy), and of an older layout; nothing that is not a cache of ours."""
    try:
        folders = [p for p in root.iterdir() if _OURS.fullmatch(p.name) and p.is_dir() and p != keep]
        folders.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    current = [p for p in folders if _FOLDER_NAME.fullmatch(p.name)]
    for folder in [p for p in folders if p not in current] + current[KEEP - 1 :]:
        shutil.rmtree(folder, ignore_errors=True)


__all__ = ["FileCache", "Result", "cache_root", "code_fingerprint", "content_digest", "fingerprint_of"]

"""One published open-data file, and the gzip form of the bulk files.

register.json and register.sqlite are published gzipped (`register.json.gz`,
`register.sqlite.gz`): at 10 000 decisions they shrink to about a fifth, which keeps the site
well inside GitHub Pages' 1 GB. The gzip stream is deterministic (modification time 0, no file
name in the header), so two builds of the same data give the same bytes. The CSV files stay
uncompressed, so a spreadsheet opens them directly.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from typing import Any

GZIP_LEVEL = 6  # gzip's own default: level 9 saves under 1 % at 10 000 decisions
GZIP_MEDIA_TYPE = "application/gzip"
GZ_SUFFIX = ".gz"


@dataclass(frozen=True)
class ExportFile:
    """One published file: its site-relative path, its bytes or text and what the page says about it."""

    path: str
    content: str | bytes  # bytes for a binary or compressed file
    title: str = ""
    description: str = ""
    media_type: str = "application/json"  # of the data itself, also when it is compressed
    compression: str | None = None  # "gz" for a gzipped file
    unpacked_bytes: int | None = None  # the size once unpacked (compressed files only)

    @property
    def link_type(self) -> str:
        """What a link to the file says it gives (a compressed file is gzip, whatever is inside)."""
        return GZIP_MEDIA_TYPE if self.compression else self.media_type

    @property
    def data(self) -> bytes:
        return self.content.encode("utf-8") if isinstance(self.content, str) else self.content


def gzipped(data: bytes) -> bytes:
    """gzip with modification time 0 and no file name, so the same data gives the same bytes."""
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def compressed(path: str, data: bytes, title: str, description: str, media_type: str) -> ExportFile:
    """`data` published gzipped as `path` + ".gz"."""
    return ExportFile(path + GZ_SUFFIX, gzipped(data), title, description, media_type, "gz", len(data))


def file_resource(export: ExportFile, name: str, data_format: str) -> dict[str, Any]:
    """A Frictionless Data resource for a whole file that is not a table (register.json.gz, …).

    Its size and SHA-256 are declared, so `frictionless validate` reads the whole file and checks
    them; `compression` says the file is gzipped and `mediatype` what it holds once unpacked."""
    data = export.data
    resource: dict[str, Any] = {
        "name": name,
        "title": export.title,
        "description": export.description,
        "path": export.path.rsplit("/", 1)[-1],
        "profile": "data-resource",
        "format": data_format,
        "mediatype": export.media_type,
        "bytes": len(data),
        "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
    }
    if export.compression:
        resource["compression"] = export.compression
    if data_format == "json":
        resource["encoding"] = "utf-8"
    return resource

"""The last build's site, set aside so that MkDocs need not delete it file by file.

MkDocs deletes the old site one file at a time before it builds: 60 000 files at 10 000
decisions, a tenth of a full build and most of a one-record rebuild. A rename is one step; the
deletion then runs beside the build, and a folder left by a deletion that was cut short (the
machine stopped) is deleted by the next build.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig


def set_aside(config: MkDocsConfig) -> None:
    """Move the last build's site out of the way and delete it in the background."""
    site = Path(config.site_dir)
    leftovers = sorted(site.parent.glob(f".{site.name}.gammal-*"))
    try:
        if site.is_dir() and any(site.iterdir()):
            aside = site.parent / f".{site.name}.gammal-{os.getpid()}-{time.time_ns()}"
            site.rename(aside)
            leftovers.append(aside)
    except OSError:  # MkDocs cleans it then, as it always did
        pass
    if leftovers:
        subprocess.Popen(
            ["rm", "-rf", "--", *map(str, leftovers)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

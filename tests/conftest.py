"""Shared fixtures: the repository root and one strict build of the site per test session.

The tests that need known values (totals, names, counts) run on a frozen copy of the register,
`tests/fixtures/register/`, never on `data/`, which staff change every week: this module points
REGISTER_DATA_DIR at the copy for the whole session (every load and build, in this process and
in the builds it starts), unless REGISTER_DATA_DIR is already set, as it is when the suite runs
against another data folder on purpose. Tests over `data/` itself say so (`without=
("REGISTER_DATA_DIR",)`, `LIVE_DATA`) and assert properties only.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("REGISTER_DATA_DIR", os.path.join(os.path.dirname(__file__), "fixtures", "register"))
from pathlib import Path

import pytest
from support import build_site

# The file cache (register/core/file_cache.py) and the kept pages (register/site/page_cache.py)
# of every load and build in the session go to a folder of its own, never the repository's .cache/.
_CACHE = tempfile.TemporaryDirectory(prefix="register-test-cache-")
os.environ["REGISTER_CACHE_DIR"] = _CACHE.name


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Directory with the built site: a strict MkDocs build once per session, or REGISTER_TEST_SITE_DIR."""
    prebuilt = os.environ.get("REGISTER_TEST_SITE_DIR")
    if prebuilt:
        site = Path(prebuilt).resolve()
        if not (site / "index.html").is_file():
            pytest.fail(f"REGISTER_TEST_SITE_DIR={prebuilt} has no index.html", pytrace=False)
        return site

    site = tmp_path_factory.mktemp("site")
    # Inherits the environment, so REGISTER_DATA_DIR (if set) reaches the build.
    result = build_site(site)
    if result.returncode != 0:
        pytest.fail(
            f"`{' '.join(result.args)}` exited {result.returncode}\n"
            f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}",
            pytrace=False,
        )
    return site

"""Shared fixtures: the repository root and one strict build of the site per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support import build_site


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

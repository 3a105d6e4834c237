"""Shared fixtures: the repository root and one strict build of the site per test session."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import support
from support import mkdocs_command


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
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [*mkdocs_command(), "build", "--strict", "--site-dir", str(site)]
    result = subprocess.run(cmd, cwd=support.REPO_ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail(
            f"`{' '.join(cmd)}` exited {result.returncode}\n"
            f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}",
            pytrace=False,
        )
    return site

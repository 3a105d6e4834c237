"""Record pages come straight from the data: text from the data is escaped everywhere on the page."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from support import REPO_ROOT, mkdocs_command

HOSTILE = "Förlängning <script>alert(1)</script> {{ config.site_name }} med ThaiWISE"


def test_a_title_from_data_is_escaped_in_title_header_and_heading(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(REPO_ROOT / "data", data)
    memo = data / "decisions" / "ASN-2024-17401.yml"
    text = memo.read_text(encoding="utf-8")
    original = "title: Förlängning Idéburet offentligt partnerskap med ThaiWISE\n"
    assert original in text
    memo.write_text(text.replace(original, f'title: "{HOSTILE}"\n'), encoding="utf-8")
    env = {**os.environ, "REGISTER_DATA_DIR": str(data), "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([*mkdocs_command(), "build", "--strict", "--site-dir", str(tmp_path / "site")],
                            cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    page = (tmp_path / "site" / "beslut" / "asn-2024-17401" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    escaped = "Förlängning &lt;script&gt;alert(1)&lt;/script&gt; {{ config.site_name }} med ThaiWISE"
    assert f"<title>ASN-2024-17401: {escaped} - " in page  # the browser tab
    assert page.count(escaped) >= 3  # and the header and the heading

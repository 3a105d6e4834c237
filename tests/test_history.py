"""Last change from git (one pass), and where history and error-report links point."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from support import git

from register.site.history import Repository, provenance, read_history


def test_dates_come_from_the_newest_commit_that_touched_each_file(tmp_path: Path) -> None:
    data = tmp_path / "data" / "decisions"
    data.mkdir(parents=True)
    git(tmp_path, "init", "-q")
    (data / "A-2024-1.yml").write_text("a: 1\n")
    (data / "A-2024-2.yml").write_text("b: 1\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "first", when="2024-03-05T10:00:00+01:00")
    (data / "A-2024-2.yml").write_text("b: 2\n")
    git(tmp_path, "commit", "-q", "-am", "second", when="2025-01-31T23:30:00+01:00")
    (data / "untracked.yml").write_text("c: 1\n")

    history = read_history(tmp_path / "data")
    assert history.reason is None
    assert history.last_changed(data / "A-2024-1.yml") == date(2024, 3, 5)
    assert history.last_changed(data / "A-2024-2.yml") == date(2025, 1, 31)  # the committer's own date
    assert history.last_changed(data / "untracked.yml") is None


def test_outside_git_every_date_is_unknown(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    history = read_history(tmp_path / "data")
    assert history.dates == {} and history.reason
    assert history.last_changed(tmp_path / "data" / "x.yml") is None


def test_a_shallow_clone_gives_no_dates(tmp_path: Path) -> None:
    origin = tmp_path / "origin"
    (origin / "data").mkdir(parents=True)
    git(origin, "init", "-q")
    for n in range(2):
        (origin / "data" / f"f{n}.yml").write_text(f"n: {n}\n")
        git(origin, "add", ".")
        git(origin, "commit", "-q", "-m", f"c{n}")
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{origin}", "clone")
    history = read_history(tmp_path / "clone" / "data")
    assert history.dates == {} and "shallow" in (history.reason or "")


def test_the_repository_comes_from_repo_url_then_config_then_github_actions() -> None:
    actions = {"GITHUB_REPOSITORY": "o/r", "GITHUB_SERVER_URL": "https://github.example"}
    assert Repository.from_config("https://github.com/a/b/", {}, actions).web_url == "https://github.com/a/b"
    assert (
        Repository.from_config(None, {"register": {"repository": "https://github.com/c/d"}}, actions).web_url
        == "https://github.com/c/d"
    )
    assert Repository.from_config(None, {}, actions).web_url == "https://github.example/o/r"
    assert Repository.from_config(None, {}, {}).web_url is None


def test_links_with_a_repository_without_one_and_with_only_an_email(tmp_path: Path) -> None:
    history = read_history(tmp_path)  # not a checkout: no date, no path in a repository
    file = tmp_path / "ASN-2024-17401.yml"

    with_repo = provenance(history, Repository("https://github.com/o/r"), file, "https://x/beslut/a/", "ASN-2024-17401")
    assert with_repo.history_url is None  # the file is not in the repository
    query = parse_qs(urlsplit(with_repo.report_url or "").query)
    assert query["title"] == ["Fel i registret: ASN-2024-17401"]

    by_mail = provenance(history, Repository(None, contact_email="register@example.org"), file, "https://x/", "X")
    assert by_mail.report_by_email and (by_mail.report_url or "").startswith("mailto:register@example.org?subject=")

    neither = provenance(history, Repository(None), file, "https://x/", "X")
    assert neither.report_url is None and neither.history_url is None and neither.last_changed is None

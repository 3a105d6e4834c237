"""When each data file last changed (from git), and where its history and error reports go.

All dates are read in ONE `git log` pass per build, however many records there are. Outside a
git checkout, in a shallow clone (whose oldest commit would look like every file's last change)
or for a file git does not track, the date is unknown and pages say "uppgift saknas".

Where links point, in order of precedence:
- the repository: mkdocs.yml `repo_url`, else `extra.register.repository`, else GitHub Actions'
  GITHUB_SERVER_URL + GITHUB_REPOSITORY; with none of them, no history link is shown;
- the branch in history links: `extra.register.branch`, default "main";
- error reports: a prefilled new issue on the repository when one is known, else a mailto: to
  `extra.register.contact_email`, else the "Rätta en uppgift" section of the about page.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

_MARK = "\x1f"  # starts each commit line in the log; never part of a file name we read


CHANGES_KEPT = 200  # the newest changes to data files, for the feed of changes


@dataclass(frozen=True)
class Change:
    """One data file added, changed or removed by one commit."""

    commit: str
    day: date
    subject: str  # the commit message's first line: what changed, in the editor's words
    status: str  # A (added), M (changed), D (removed)
    path: str  # relative to the repository's top level


@dataclass
class GitHistory:
    """Last-change date of every file under the data folder that git tracks, and the newest changes."""

    toplevel: Path | None = None
    dates: dict[str, date] = field(default_factory=dict)  # path relative to toplevel → date
    reason: str | None = None  # why there are no dates, for the build log
    changes: list[Change] = field(default_factory=list)  # newest first, at most CHANGES_KEPT

    def relative(self, path: Path) -> str | None:
        """The file's path in the repository (posix), or None outside it."""
        if self.toplevel is None:
            return None
        try:
            return path.resolve().relative_to(self.toplevel).as_posix()
        except ValueError:
            return None

    def newest(self) -> date | None:
        """The day any data file last changed (the register's "data last changed")."""
        return max(self.dates.values(), default=None)

    def last_changed(self, path: Path) -> date | None:
        relative = self.relative(path)
        return self.dates.get(relative) if relative else None


def _git(args: list[str], cwd: Path) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-c", "core.quotepath=off", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
    except OSError:
        return None
    return result.stdout if result.returncode == 0 else None


def read_history(data_dir: Path) -> GitHistory:
    """One `git rev-parse` and one `git log` over the data folder; newest commit first."""
    data_dir = data_dir.resolve()
    head = _git(["rev-parse", "--show-toplevel", "--is-shallow-repository"], data_dir)
    if head is None:
        return GitHistory(reason="datamappen ligger inte i en git-checkout (eller git saknas)")
    toplevel_text, shallow = ([*head.splitlines(), "", ""])[:2]
    toplevel = Path(toplevel_text).resolve()
    if shallow.strip() == "true":
        return GitHistory(toplevel, reason="git-klonen är grund (shallow): hämta hela historiken, t.ex. fetch-depth: 0")
    log = _git(
        [
            "log",
            f"--format={_MARK}%cI{_MARK}%H{_MARK}%s",
            "--name-status",
            "--no-renames",
            "--",
            data_dir.relative_to(toplevel).as_posix() or ".",
        ],
        toplevel,
    )
    if log is None:
        return GitHistory(toplevel, reason="git log misslyckades")
    dates: dict[str, date] = {}
    changes: list[Change] = []
    current: date | None = None
    commit = subject = ""
    for line in log.splitlines():
        if line.startswith(_MARK):
            stamp, commit, subject = ([*line[1:].split(_MARK), "", ""])[:3]
            current = datetime.fromisoformat(stamp.strip()).date()
        elif line and current is not None:
            status, _, path = line.partition("\t")
            dates.setdefault(path, current)  # the first (newest) commit that touched the file wins
            if len(changes) < CHANGES_KEPT:
                changes.append(Change(commit, current, subject.strip(), status[:1], path))
    return GitHistory(toplevel, dates, changes=changes)


@dataclass(frozen=True)
class Repository:
    """Where a record's change history and error reports go (see the module docstring)."""

    web_url: str | None
    branch: str = "main"
    contact_email: str | None = None

    @classmethod
    def from_config(
        cls, repo_url: str | None, extra: Mapping[str, Any], environ: Mapping[str, str] = os.environ
    ) -> Repository:
        settings = extra.get("register") or {}
        url = repo_url or settings.get("repository")
        if not url and environ.get("GITHUB_REPOSITORY"):
            url = (
                environ.get("GITHUB_SERVER_URL", "https://github.com").rstrip("/") + "/" + environ["GITHUB_REPOSITORY"]
            )
        return cls(
            str(url).rstrip("/") if url else None,
            str(settings.get("branch") or "main"),
            settings.get("contact_email") or None,
        )

    def history_url(self, path_in_repo: str | None) -> str | None:
        if not self.web_url or not path_in_repo:
            return None
        return f"{self.web_url}/commits/{quote(self.branch)}/{quote(path_in_repo)}"

    def report_url(self, title: str, body: str) -> str | None:
        """A prefilled new issue on the repository, else a prefilled e-mail; None if neither is set."""
        if self.web_url:
            return f"{self.web_url}/issues/new?title={quote(title, safe='')}&body={quote(body, safe='')}"
        if self.contact_email:
            return f"mailto:{self.contact_email}?subject={quote(title, safe='')}&body={quote(body, safe='')}"
        return None


@dataclass(frozen=True)
class Provenance:
    """What a record page says about its data file: last change, history link, report link."""

    path_in_repo: str | None
    last_changed: date | None
    history_url: str | None
    report_url: str | None
    report_by_email: bool


def provenance(history: GitHistory, repository: Repository, file: Path, page_url: str, label: str) -> Provenance:
    """`label`: how the record is named in a report (e.g. its case number)."""
    in_repo = history.relative(file)
    shown_path = in_repo or file.name
    title = f"Fel i registret: {label}"
    body = f"Sida: {page_url}\nDatafil: {shown_path}\n\nVad är fel, och vad står i källan (dokument och sida)?\n"
    report = repository.report_url(title, body)
    return Provenance(
        in_repo,
        history.last_changed(file),
        repository.history_url(in_repo),
        report,
        bool(report and report.startswith("mailto:")),
    )

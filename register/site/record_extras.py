"""What record pages show beyond the record itself: funding per year, timelines, related
decisions, when the data last changed and where to report an error.

`BuildInfo` is gathered once per build (the build date, one git log pass, the repository
settings); `record_context` gives each record template the extra values it needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from register.core.model import KINDS
from register.core.registry import Register
from register.core.urls import record_url
from register.site import feed, money, related, timeline
from register.site.history import GitHistory, Repository, provenance, read_history


@dataclass(frozen=True)
class BuildInfo:
    today: date
    history: GitHistory
    repository: Repository
    site_url: str
    data_dir: Path
    site_name: str = ""  # the register's name, for citations

    def data_file(self, kind: str, record_id: str) -> Path:
        return self.data_dir / KINDS[kind].folder / f"{record_id}.yml"

    def page_url(self, kind: str, record_id: str) -> str:
        base = self.site_url if self.site_url.endswith("/") else self.site_url + "/"
        return base + record_url(kind, record_id)


def build_info(config: MkDocsConfig, data_dir: Path) -> BuildInfo:
    """Raises timeline.BuildDateError when REGISTER_TODAY or SOURCE_DATE_EPOCH is not a date."""
    return BuildInfo(
        today=timeline.build_date(),
        history=read_history(data_dir),
        repository=Repository.from_config(config.repo_url, config.extra),
        site_url=config.site_url or "",
        data_dir=data_dir,
        site_name=config.site_name,
    )


def record_context(register: Register, info: BuildInfo, kind: str, record_id: str) -> dict[str, Any]:
    """Extra template values for one record page."""
    label = register.name_of(kind, record_id)
    context: dict[str, Any] = {
        "provenance": provenance(
            info.history, info.repository, info.data_file(kind, record_id), info.page_url(kind, record_id), label
        ),
        "cite": {"register": info.site_name, "url": info.page_url(kind, record_id)},
        "contact_email": info.repository.contact_email,  # where a reader sends a correction
    }
    if kind in feed.RECORD_FEED_KINDS:  # its own feed, also linked from the page's head
        context["feed"] = feed.feed_path(kind, record_id)
        context["feed_name"] = label
    if kind in ("organisation", "programme", "partnership"):
        context["per_year"] = money.per_year(register, register.links_of(kind, record_id).grants)
    if kind == "partnership":
        context["timeline"] = timeline.partnership_timeline(
            register.partnership(record_id), info.today, register.agreement_cases(record_id)
        )
    if kind == "decision":
        context["related"] = related.related_decisions(register, register.decision(record_id))
    return context

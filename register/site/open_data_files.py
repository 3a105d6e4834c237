"""The open data in the MkDocs build: read its settings from mkdocs.yml, add its files to the site.

The files themselves are built by register.opendata, which knows nothing of MkDocs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from register.core.registry import Register
from register.opendata.exports import OpenData, build
from register.opendata.settings import SettingsError, read_settings


def build_for_site(
    register: Register, config: MkDocsConfig, last_changed: Callable[[str, str], date | None] | None = None
) -> OpenData:
    """The open data of one build; a wrong setting in mkdocs.yml stops it with a clear message."""
    try:
        settings = read_settings(config.extra)
    except SettingsError as error:
        raise PluginError(f"Inställningarna för öppna data är fel:\n{error}") from None
    extra: dict[str, Any] = dict(config.extra or {})
    register_extra = extra.get("register") or {}
    contact = register_extra.get("contact_email") if isinstance(register_extra, dict) else None
    return build(register, settings, config.site_url or "/", config.site_name, contact, last_changed)


def add_files(open_data: OpenData, files: Files, config: MkDocsConfig) -> Files:
    """Add every open-data file to the build (in memory; never written to docs/)."""
    for export in open_data.all_files():
        existing = files.get_file_from_path(export.path)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, export.path, content=export.content))
    return files

"""mkdocs.yml itself: a duplicated key there would silently drop settings (YAML keeps the last)."""

from __future__ import annotations

from support import REPO_ROOT

from register.core.yamlfile import read_yaml


def test_mkdocs_yml_has_no_duplicate_keys() -> None:
    config = read_yaml(REPO_ROOT / "mkdocs.yml", "mkdocs.yml")
    assert [str(p) for p in config.problems] == []
    assert {"open_data", "contact_email"} <= set(config.data["extra"]["register"])

"""What `register check PATH` checks: the whole data folder, or one file or folder inside it.

A file or a kind's folder (`data/decisions/X.yml`, `data/decisions`) is found inside its data
folder, which is loaded whole, so references resolve against the whole register; only the
problems of what was asked for are shown. Without a path the data folder is `$REGISTER_DATA_DIR`,
or `data/` here or in the nearest folder above (the check works from anywhere in the repository).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from register.core.model import KIND_BY_FOLDER
from register.core.problems import Problem


@dataclass(frozen=True)
class Target:
    data_dir: Path
    only: Path | None = None  # a file or folder inside data_dir whose problems are shown

    def covers(self, problem: Problem) -> bool:
        if self.only is None:
            return True
        path = Path(problem.path).resolve()
        return path == self.only or self.only in path.parents


def _is_data_dir(folder: Path) -> bool:
    return folder.is_dir() and any((folder / name).is_dir() for name in KIND_BY_FOLDER)


def nearest_data_dir(start: Path, default: Path) -> Path:
    """`default` when it exists; else `data/` in the nearest folder above `start` that has one."""
    if default.is_absolute() or default.exists():
        return default
    for folder in [start, *start.parents]:
        if _is_data_dir(folder / default):
            return folder / default
    return default


def target_of(path: Path) -> Target:
    """The data folder holding `path` and what of it to show (all when `path` is the data folder)."""
    resolved = path.resolve()
    if resolved.is_dir() and (_is_data_dir(resolved) or resolved.name not in KIND_BY_FOLDER):
        return Target(path)
    for folder in [resolved, *resolved.parents]:
        if folder.name in KIND_BY_FOLDER and folder.parent != folder:
            return Target(folder.parent, resolved)
    folders = ", ".join(KIND_BY_FOLDER)
    raise ValueError(
        f"{path} ligger inte i någon av mapparna {folders} i en datamapp; "
        "ange datamappen, eller en fil eller mapp i den (t.ex. data/decisions/ASN-2025-1234.yml)"
    )


def docs_dir_for(data_dir: Path, given: Path | None) -> Path | None:
    """docs/ as given, else next to the data folder (where it is in the repository)."""
    candidate = given if given is not None else data_dir.resolve().parent / "docs"
    return candidate if candidate.is_dir() else None

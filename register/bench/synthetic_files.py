"""Synthetic data on disk: each record as a YAML file marked synthetic, never in the data folder."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import yaml

from register.bench import synthetic
from register.bench import synthetic_words as w
from register.bench.synthetic import Synthetic, generate
from register.bench.synthetic_decision import MARKER, SOURCE_TITLE
from register.core.model import KINDS


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump(record: Synthetic, seed: int) -> str:
    head = f"# {SOURCE_TITLE} (register.synthetic, frö {seed}): ingen verklig handling.\n"
    return head + yaml.dump(record.data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def write(
    out_dir: Path, decisions: int, seed: int = 8, with_data: Path | None = None, protected: Path | None = None
) -> int:
    """Write the records under `out_dir` (emptied first); return how many files were written.

    `with_data` copies the real records alongside. `protected` (the register's data folder) may
    neither be `out_dir` nor hold it, so synthetic data can never land among the real records.
    """
    out = out_dir.resolve()
    if protected is not None:
        guard = protected.resolve()
        if out == guard or guard in out.parents or out in guard.parents:
            raise ValueError(f"syntetiska data skrivs aldrig i eller ovanför {protected}; välj en annan mapp")
    if out.exists():
        if any(out.iterdir()) and not (out / MARKER).exists():
            raise ValueError(f"{out_dir} är inte tom och innehåller inga syntetiska data; välj en tom mapp")
        shutil.rmtree(out)
    for kind in KINDS.values():
        (out / kind.folder).mkdir(parents=True)
    written = 0
    for record in generate(decisions, seed):
        path = out / KINDS[record.kind].folder / f"{record.id}.yml"
        path.write_text(dump(record, seed), encoding="utf-8")
        written += 1
    if with_data is not None:
        for source in sorted(with_data.glob("*/*.yml")):
            shutil.copy(source, out / source.parent.name / source.name)
            written += 1
    (out / MARKER).write_text(marker_text(decisions, seed, with_data is not None), encoding="utf-8")
    return written


def marker_text(decisions: int, seed: int, with_data: bool) -> str:
    """What a folder of synthetic data says about itself: same text, same data (the generator's
    own source is part of it, so data from an older generator is never taken for current)."""
    source = b"".join(Path(module).read_bytes() for module in (__file__, synthetic.__file__, w.__file__))
    version = hashlib.sha256(source).hexdigest()[:12]
    return f"decisions={decisions} seed={seed} with_data={with_data} generator={version}\n"

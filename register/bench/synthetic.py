"""Synthetic test data for benchmarks: N decisions with memo-length text, and what they refer to.

The same seed always gives the same records. Every record is marked synthetic: the bodies are
named "Syntetiska …", every source title starts with "Syntetiska testdata", and each file starts
with a comment saying so. The data is never written into the register's own data folder.

`generate` yields plain dictionaries in the shape of the YAML files; `write` writes them (and,
on request, a copy of the real records so the browser tests can run against a large site).
"""

from __future__ import annotations

import hashlib
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from register.bench import synthetic_words as w
from register.bench.synthetic_words import Writer as _Writer
from register.bench.synthetic_words import org_number as _org_number
from register.bench.synthetic_words import slug as _slug
from register.bench.synthetic_words import unique as _unique
from register.core.model import KINDS

SOURCE_TITLE = "Syntetiska testdata"
SOURCE_NOTE = "Genererad text för prestandamätning; ingen verklig handling."
MARKER = ".synthetic"  # a dot file: the loader skips it


@dataclass(frozen=True)
class Counts:
    """How many records of each kind a run with `decisions` decisions gets."""

    decisions: int

    @property
    def organisations(self) -> int:
        return max(5, self.decisions // 8)

    @property
    def programmes(self) -> int:
        return max(3, self.decisions // 10)

    @property
    def partnerships(self) -> int:
        return max(1, self.decisions // 50)


@dataclass(frozen=True)
class Synthetic:
    kind: str  # a key of register.model.KINDS
    id: str
    data: dict[str, Any]


# (id, name, kind, short name / prefix, parent) of the synthetic bodies.
_COMMITTEES = [
    ("arbetsmarknad", "Syntetiska arbetsmarknadsnämnden", "SAN", 6),
    ("social", "Syntetiska socialnämnden", "SSN", 3),
    ("kultur", "Syntetiska kulturnämnden", "SKN", 1),
]


def _source(title: str) -> dict[str, Any]:
    return {"title": f"{SOURCE_TITLE}: {title}", "note": SOURCE_NOTE}


def _bodies() -> Iterator[Synthetic]:
    top = "syntetiska-kommunen"
    yield Synthetic(
        "body",
        top,
        {"name": "Syntetiska kommunen", "kind": "municipality", "sources": [_source("organisationsbeskrivning")]},
    )
    yield Synthetic(
        "body",
        "syntetiska-kommunstyrelsen",
        {
            "name": "Syntetiska kommunstyrelsen",
            "kind": "executive_board",
            "short_name": "SKS",
            "parent": top,
            "case_prefixes": ["SKS"],
            "sources": [_source("organisationsbeskrivning")],
        },
    )
    for key, name, prefix, _ in _COMMITTEES:
        committee = f"syntetiska-{key}snamnden"
        yield Synthetic(
            "body",
            committee,
            {
                "name": name,
                "kind": "committee",
                "short_name": prefix,
                "parent": top,
                "case_prefixes": [prefix],
                "sources": [_source("reglemente")],
            },
        )
        yield Synthetic(
            "body",
            f"{committee}-arbetsutskott",
            {
                "name": f"{name}s arbetsutskott",
                "kind": "working_committee",
                "parent": committee,
                "sources": [_source("reglemente")],
            },
        )
        yield Synthetic(
            "body",
            f"syntetiska-{key}sforvaltningen",
            {
                "name": name.replace("nämnden", "förvaltningen"),
                "kind": "administration",
                "parent": committee,
                "sources": [_source("organisationsbeskrivning")],
            },
        )


def generate(decisions: int, seed: int = 8) -> Iterator[Synthetic]:
    """Bodies, organisations, programmes, `decisions` decisions and partnerships, reproducibly."""
    rng = random.Random(seed)
    writer = _Writer(rng)
    counts = Counts(decisions)
    yield from _bodies()

    org_ids: list[str] = []
    org_names: list[str] = []
    taken: set[str] = set()
    numbers: set[str] = set()
    for _ in range(counts.organisations):
        name = _unique(lambda: f"{rng.choice(w.ORG_TYPES)} {rng.choice(w.ORG_NAMES)} {rng.choice(w.DISTRICTS)}", taken)
        org: dict[str, Any] = {"name": name}
        if rng.random() < 0.3:
            stem = name.split(" ", 1)[1]
            org["aliases"] = [_unique(lambda: f"{stem} {rng.choice(['Syd', 'Nord', 'Öst', 'Väst'])}", taken)]  # noqa: B023 (called at once)
        if rng.random() < 0.8:
            org["org_number"] = _org_number(rng, numbers)
        org["legal_form"] = rng.choice(w.LEGAL_FORMS)
        org["description"] = writer.text(rng.randint(40, 160))
        org["sources"] = [_source("ansökan om bidrag")]
        org_ids.append(_slug(name))
        org_names.append(name)
        yield Synthetic("organisation", org_ids[-1], org)

    programme_ids: list[str] = []
    programme_names: list[str] = []
    taken = set()
    for _index in range(counts.programmes):
        name = _unique(
            lambda: f"{rng.choice(w.PROGRAMME_PREFIXES)} {rng.choice(w.PROGRAMME_WORDS)} {rng.choice(w.DISTRICTS)}",
            taken,
        )
        programme: dict[str, Any] = {"name": name, "kind": rng.choice(["activity", "initiative", "course", "centre"])}
        programme["description"] = writer.text(rng.randint(60, 220))
        programme["target_group"] = writer.paragraph(rng.randint(15, 40))
        programme["participants"] = [{"organisation": rng.choice(org_ids), "role": "driver verksamheten"}]
        if programme_ids and rng.random() < 0.3:
            programme["related"] = [{"programme": rng.choice(programme_ids), "relation": writer.sentence()}]
        programme["sources"] = [_source("verksamhetsbeskrivning")]
        programme_ids.append(_slug(name))
        programme_names.append(name)
        yield Synthetic("programme", programme_ids[-1], programme)
    writer.names = org_names[:200] + programme_names[:200]

    partnership_ids = [f"iop-syntetiskt-{i + 1}" for i in range(counts.partnerships)]
    partnership_cases: dict[str, list[str]] = {p: [] for p in partnership_ids}
    partnership_parts = {p: (rng.choice(org_ids), rng.randrange(len(programme_ids))) for p in partnership_ids}
    used_numbers: set[str] = set()
    earlier: list[str] = []
    for _index in range(decisions):
        decision = _decision(
            rng,
            writer,
            used_numbers,
            earlier,
            org_ids,
            org_names,
            programme_ids,
            programme_names,
            partnership_ids,
            partnership_parts,
        )
        if "partnership" in decision:
            partnership_cases[decision["partnership"]].append(decision["case_number"])
        earlier.append(decision["case_number"])
        yield Synthetic("decision", decision["case_number"], decision)

    for number, partnership_id in enumerate(partnership_ids, start=1):
        org_id, programme_index = partnership_parts[partnership_id]
        start = rng.randint(2015, 2023)
        yield Synthetic(
            "partnership",
            partnership_id,
            {
                "name": f"Syntetiskt partnerskap {number} om {programme_names[programme_index]}",
                "kind": "iop",
                "public_party": "syntetiska-arbetsmarknadsnamnden",
                "partners": [org_id],
                "programme": programme_ids[programme_index],
                "purpose": writer.text(rng.randint(40, 90)),
                "goal": writer.text(rng.randint(40, 90)),
                "sub_goals": [writer.sentence() for _ in range(rng.randint(1, 4))],
                "agreements": [
                    {
                        "label": f"Överenskommelse {start}–{start + 2}",
                        "kind": "original",
                        "cases": partnership_cases[partnership_id][:20],
                        "period": {"start": start, "end": start + 2},
                    }
                ],
                "sources": [_source(f"överenskommelse om idéburet offentligt partnerskap {number}")],
            },
        )


def _decision(
    rng: random.Random,
    writer: _Writer,
    used: set[str],
    earlier: list[str],
    org_ids: list[str],
    org_names: list[str],
    programme_ids: list[str],
    programme_names: list[str],
    partnership_ids: list[str],
    partnership_parts: dict[str, tuple[str, int]],
) -> dict[str, Any]:
    key, _, prefix, _ = rng.choices(_COMMITTEES, weights=[c[3] for c in _COMMITTEES])[0]
    year = rng.randint(2015, 2025)
    while True:
        case_number = f"{prefix}-{year}-{rng.randint(1, 29999)}"
        if case_number not in used:
            used.add(case_number)
            break
    committee = f"syntetiska-{key}snamnden"
    sources = [_source(f"tjänsteskrivelse {case_number}")]
    outcome: dict[str, Any] = {"status": "not_recorded"}
    if rng.random() < 0.03:
        return {
            "case_number": case_number,
            "known_only_by_reference": True,
            "body": committee,
            "context": writer.text(rng.randint(40, 100)),
            "outcome": outcome,
            "sources": sources,
        }

    memo_date = date(year, 1, 1) + timedelta(days=rng.randint(0, 330))
    org_index = rng.randrange(len(org_ids))
    programme_index = rng.randrange(len(programme_ids))
    partnership = rng.choice(partnership_ids) if key == "arbetsmarknad" and rng.random() < 0.1 else None
    if partnership:
        org_id, programme_index = partnership_parts[partnership]
        org_index = org_ids.index(org_id)
    title = rng.choice(w.TITLE_PATTERNS).format(
        org=org_names[org_index], programme=programme_names[programme_index], year=year
    )
    amount = rng.randint(5, 2000) * 1000
    proposals = [
        {
            "number": 1,
            "text": f"{_COMMITTEES[0][1] if key == 'arbetsmarknad' else 'Nämnden'} beviljar "
            f"{org_names[org_index]} {amount:,} kronor för {year}.".replace(",", " "),
        },
        {"number": 2, "text": "Paragrafen förklaras omedelbart justerad."},
    ]
    grant: dict[str, Any] = {
        "proposal": 1,
        "kind": "iop_funding" if partnership else "grant",
        "recipient": org_ids[org_index],
        "programme": programme_ids[programme_index],
        "amount_sek": amount,
        "budget_year": year,
    }
    if partnership:
        grant["partnership"] = partnership
    roll = rng.random()
    if roll < 0.25:
        outcome = {
            "status": "decided",
            "date": memo_date + timedelta(days=21),
            "paragraph": f"§{rng.randint(1, 400)}",
            "source": _source(f"protokoll {case_number}"),
        }
    elif roll < 0.28:
        outcome = {
            "status": "refused",
            "date": memo_date + timedelta(days=21),
            "source": _source(f"protokoll {case_number}"),
        }
    body_words = rng.randint(600, 1500)
    headings = rng.sample(w.SECTION_HEADINGS[1:], rng.randint(2, 5))
    shares = [rng.random() + 0.3 for _ in range(len(headings) + 1)]
    sections = [
        {
            "heading": heading,
            "level": 2 if i == 0 else 3,
            "text": writer.text(max(40, int(body_words * share / sum(shares)))),
        }
        for i, (heading, share) in enumerate(zip(["Ärendet", *headings], shares, strict=False))
    ]
    decision: dict[str, Any] = {
        "case_number": case_number,
        "title": title,
        "memo_date": memo_date,
        "body": committee,
        "administration": f"syntetiska-{key}sforvaltningen",
        "reference_official": writer.person(),
        "responsible_officials": [writer.person() for _ in range(rng.randint(1, 3))],
        "summary": writer.text(rng.randint(50, 120)),
        "proposals": proposals,
        "grants": [grant],
        "basis_documents": [f"Tjänsteskrivelse {case_number}", f"Ansökan från {org_names[org_index]}"],
        "planning": [
            {"step": "working_committee", "body": f"{committee}-arbetsutskott", "date": memo_date + timedelta(days=7)},
            {"step": "committee", "body": committee, "date": memo_date + timedelta(days=21)},
        ],
        "sent_to": [{"organisation": org_ids[org_index], "as_written": org_names[org_index]}],
        "sections": sections,
        "outcome": outcome,
        "sources": sources,
    }
    if earlier and rng.random() < 0.3:
        case = rng.choice(earlier)
        decision["related_cases"] = [
            {"case": case, "as_written": case.replace("-", " ", 1), "relation": "tidigare beslut i samma fråga"}
        ]
    if partnership:
        decision["partnership"] = partnership
    return decision


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
    source = b"".join(Path(module).read_bytes() for module in (__file__, w.__file__))
    version = hashlib.sha256(source).hexdigest()[:12]
    return f"decisions={decisions} seed={seed} with_data={with_data} generator={version}\n"

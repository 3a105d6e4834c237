"""Synthetic test data for benchmarks: N decisions with memo-length text, and what they refer to.

The same seed always gives the same records. Every record is marked synthetic: the bodies are
named "Syntetiska …", every source title starts with "Syntetiska testdata", and each file starts
with a comment saying so. The data is never written into the register's own data folder.

`generate` yields plain dictionaries in the shape of the YAML files; `write` writes them (and,
on request, a copy of the real records so the browser tests can run against a large site).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from register.bench import synthetic_words as w
from register.bench.synthetic_decision import _COMMITTEES, _decision, _source
from register.bench.synthetic_words import Writer as _Writer
from register.bench.synthetic_words import org_number as _org_number
from register.bench.synthetic_words import slug as _slug
from register.bench.synthetic_words import unique as _unique


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

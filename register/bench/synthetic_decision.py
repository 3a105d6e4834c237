"""One synthetic decision (a memo with its proposals, grants, planning and sections), and the
markers every synthetic record carries."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from register.bench import synthetic_words as w
from register.bench.synthetic_words import Writer as _Writer

SOURCE_TITLE = "Syntetiska testdata"
SOURCE_NOTE = "Genererad text för prestandamätning; ingen verklig handling."
MARKER = ".synthetic"  # a dot file: the loader skips it


# (id, name, kind, short name / prefix, parent) of the synthetic bodies.
_COMMITTEES = [
    ("arbetsmarknad", "Syntetiska arbetsmarknadsnämnden", "SAN", 6),
    ("social", "Syntetiska socialnämnden", "SSN", 3),
    ("kultur", "Syntetiska kulturnämnden", "SKN", 1),
]


def _source(title: str) -> dict[str, Any]:
    return {"title": f"{SOURCE_TITLE}: {title}", "note": SOURCE_NOTE}


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
            "no_money": "källorna anger inga medel i ärendet",
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

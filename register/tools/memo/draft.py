"""Draft a decision record from a memo's parts: every field the memo states, nothing else.

Each value is read from the memo; a value inferred rather than read gets a review comment
(`# granska: …`) on its line. What the memo does not say stays out of the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from register.core.fields import slug
from register.core.identifiers import canonical_case_number, case_prefix
from register.tools.memo.matching import Matcher
from register.tools.memo.money import Drafted, grants_from
from register.tools.memo.parts import Memo
from register.tools.memo.references import date_claims, related_cases
from register.tools.memo.transfers import transfers_from

Loc = tuple[Any, ...]
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_NUMBERED = re.compile(r"^(\d+)[.)]\s+(.*)$")
_DANGLING = re.compile(r"\b(?:om|med|till|och|av|för|i|på|samt|från|inom|mellan)$", re.IGNORECASE)


@dataclass
class Draft:
    case_number: str
    data: dict[str, Any]
    comments: dict[Loc, str] = field(default_factory=dict)
    found: list[str] = field(default_factory=list)  # what was read and matched
    to_check: list[str] = field(default_factory=list)  # what a person must check
    new_organisations: list[tuple[str, str, str]] = field(default_factory=list)  # (id, name, context)

    def put(self, key: str, value: Any, comments: dict[Loc, str] | None = None, prefix: Loc = ()) -> None:
        if value in (None, [], ""):
            return
        self.data[key] = value
        for loc, text in (comments or {}).items():
            self.comments[(key, *prefix, *loc)] = text


def draft_decision(memo: Memo, matcher: Matcher, document: str) -> Draft:
    case = canonical_case_number(memo.case_as_written or "")
    if case is None:
        raise ValueError("diarienumret saknas")
    draft = Draft(case, {"case_number": case})
    if memo.case_as_written != case:
        draft.found.append(f"diarienumret skrivs '{memo.case_as_written}' i tjänsteskrivelsen; kanonisk form {case}")
    draft.put("title", memo.title)
    dates = _DATE.findall(" ".join(memo.part("date")))
    draft.put("memo_date", dates[0] if dates else None)
    body = matcher.body_for_prefix(case_prefix(case))
    draft.put("body", body, {(): f"nämnden med prefixet {case_prefix(case)} i data/bodies/"})
    administration = _administration(memo, matcher)
    draft.put("administration", administration, {(): "förvaltningen som nämns oftast i tjänsteskrivelsen"})
    draft.put("reference_official", _reference(memo.part("reference")))
    responsible = [_name_and_title(line) for line in memo.part("responsible")]
    draft.put("responsible_officials", responsible)
    summary = memo.part("summary")
    draft.put("summary", "\n\n".join(summary))
    proposals = [(int(m.group(1)), m.group(2)) for line in memo.part("proposals") if (m := _NUMBERED.match(line))]
    if not proposals and memo.part("proposals"):
        proposals = [(1, " ".join(memo.part("proposals")))]
    draft.put("proposals", [{"number": n, "text": t} for n, t in proposals])
    _put_money(draft, proposals, summary, memo, matcher)
    basis, joined = _basis_documents(memo.part("basis"))
    draft.put("basis_documents", basis, {(i,): "raderna är sammanfogade; kontrollera mot originalet" for i in joined})
    _put_planning(draft, memo.part("planning"), matcher)
    _put_sent_to(draft, memo.part("sent_to"), matcher, responsible)
    _put_sections(draft, memo)
    related = related_cases(memo, case, matcher)
    draft.put("related_cases", [r.value for r in related.found], _indexed(related.found))
    draft.to_check.extend(related.notes)
    partnerships = {g.get("partnership") for g in draft.data.get("grants", [])} - {None}
    if len(partnerships) == 1 and re.search(r"partnerskap", memo.title or "", re.IGNORECASE):
        draft.put("partnership", partnerships.pop(), {(): "ärendet gäller partnerskapet enligt rubriken"})
    draft.data["outcome"] = {"status": "not_recorded"}
    for name in ("title", "memo_date", "body", "administration"):
        if name not in draft.data:
            draft.to_check.append(f"fältet {name} står inte i tjänsteskrivelsen (eller matchar ingen post); fyll i det")
    source = {"title": f"Tjänsteskrivelse {case}: {memo.title}" if memo.title else f"Tjänsteskrivelse {case}"}
    source["document"] = document
    if "memo_date" in draft.data:
        source["date"] = draft.data["memo_date"]
    draft.data["sources"] = [source]
    for claim in date_claims(memo, proposals):
        draft.to_check.append(claim)
    return draft


def _indexed(items: list[Drafted]) -> dict[Loc, str]:
    return {(index, *loc): text for index, item in enumerate(items) for loc, text in item.comments.items()}


def _administration(memo: Memo, matcher: Matcher) -> str | None:
    text = " ".join(memo.part("summary") + [p for s in memo.sections for p in s.paragraphs])
    counts: dict[str, int] = {}
    for key, record in matcher.records("body").items():
        if record.kind == "administration":
            counts[key] = len(re.findall(re.escape(record.name), text, re.IGNORECASE))
    best = sorted(counts.items(), key=lambda item: -item[1])
    return best[0][0] if best and best[0][1] and (len(best) == 1 or best[1][1] < best[0][1]) else None


def _reference(lines: list[str]) -> dict[str, str] | None:
    if not lines:
        return None
    official = {"name": lines[0]}
    for line in lines[1:3]:
        if "@" in line:
            official["email"] = line
        elif "title" not in official:
            official["title"] = line
    return {key: official[key] for key in ("name", "title", "email") if key in official}


def _name_and_title(line: str) -> dict[str, str]:
    words = line.split()
    if len(words) >= 3 and words[-1][:1].isupper():
        return {"name": " ".join(words[:-1]), "title": words[-1]}
    return {"name": line}


def _basis_documents(lines: list[str]) -> tuple[list[str], list[int]]:
    """One document per line; lines a conversion broke are joined (dangling word, lower-case start,
    or a short fragment after a join)."""
    documents: list[str] = []
    joined: list[int] = []
    for raw in lines:
        text = re.sub(r"^[-–•]\s*", "", raw).strip()
        last = documents[-1] if documents else ""
        continues = documents and (
            _DANGLING.search(last) or text[:1].islower() or (len(documents) - 1 in joined and len(text.split()) <= 3)
        )
        if continues:
            documents[-1] = f"{last} {text}"
            if len(documents) - 1 not in joined:
                joined.append(len(documents) - 1)
        else:
            documents.append(text)
    return documents, joined


def _put_money(
    draft: Draft, proposals: list[tuple[int, str]], summary: list[str], memo: Memo, matcher: Matcher
) -> None:
    found = grants_from(proposals, " ".join(summary), matcher)
    draft.put("grants", [g.value for g in found.grants], _indexed(found.grants))
    draft.found.extend(found.matches)
    draft.to_check.extend(found.unreadable)
    for refusal in found.refusals:
        draft.to_check.append(f"en ansökan avslås och är inte ett bidrag (ingen rad under grants): {refusal}")
    for written, context in found.unmatched:
        draft.new_organisations.append((slug(written), written, context))
    paragraphs = summary + [p for s in memo.sections for p in s.paragraphs]
    transfers = transfers_from(paragraphs, matcher)
    draft.put("transfers", [t.value for t in transfers], _indexed(transfers))


def _put_planning(draft: Draft, lines: list[str], matcher: Matcher) -> None:
    steps: list[dict[str, Any]] = []
    comments: dict[Loc, str] = {}
    for line in lines:
        date = _DATE.search(line)
        body = matcher.body_at_start(line)
        if not date or body is None:
            draft.to_check.append(f"beslutsplaneringen '{line}' har inget känt organ eller datum; lägg in den för hand")
            continue
        kind = matcher.records("body")[body.id].kind
        step = (
            "preparation"
            if "beredning" in line.lower()
            else "working_committee"
            if kind == "working_committee"
            else "committee"
        )
        comments[(len(steps), "step")] = "steget är härlett ur raden"
        steps.append({"step": step, "body": body.id, "date": date.group(1), "as_written": line})
    draft.put("planning", steps, comments)


def _put_sent_to(draft: Draft, lines: list[str], matcher: Matcher, officials: list[dict[str, str]]) -> None:
    recipients: list[dict[str, Any]] = []
    comments: dict[Loc, str] = {}
    for line in lines:
        organisations = matcher.mentioned("organisation", line)
        person = next((o for o in officials if o["name"] in line), None)
        if len(organisations) == 1:
            recipients.append({"organisation": organisations[0].id, "as_written": line})
            comments[(len(recipients) - 1, "organisation")] = f"matchad på {organisations[0].on}"
        elif person is not None:
            recipients.append({"official": dict(person), "as_written": line})
        else:
            recipients.append({"as_written": line})
            draft.to_check.append(f"beslutet skickas till '{line}', som inte matchar någon post")
    draft.put("sent_to", recipients, comments)


def _put_sections(draft: Draft, memo: Memo) -> None:
    sections: list[dict[str, Any]] = []
    comments: dict[Loc, str] = {}
    for index, section in enumerate(memo.sections):
        item: dict[str, Any] = {"heading": section.heading, "level": section.level}
        if section.paragraphs:
            item["text"] = "\n\n".join(section.paragraphs)
        if section.level_inferred:
            comments[(index, "level")] = "rubriknivån är härledd (källan har inga rubrikformat)"
        sections.append(item)
    draft.put("sections", sections, comments)

"""Rules that look across fields and records. Each rule is a small generator of problems,
grouped by what it looks at; `check_rules` runs them all and keeps every problem."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from register.core.money_rules import money_is_stated
from register.core.problems import Problem
from register.core.records import Entries
from register.core.rules.as_written import numbers_as_written
from register.core.rules.contact import contact_details_in_documents
from register.core.rules.decisions import decisions_complete
from register.core.rules.names import file_name_is_id, names_unique
from register.core.rules.periods import periods_in_order
from register.core.rules.proposal_money import money_matches_proposals
from register.core.rules.texts import no_identity_numbers_in_documents, rules_on_texts

Rule = Callable[[Entries, Path | None], Iterable[Problem]]
RULES: tuple[Rule, ...] = (
    file_name_is_id,
    names_unique,
    periods_in_order,
    decisions_complete,
    money_is_stated,
    money_matches_proposals,
    rules_on_texts,
    no_identity_numbers_in_documents,
    contact_details_in_documents,
    numbers_as_written,
)


def check_rules(entries: Entries, docs_dir: Path | None) -> list[Problem]:
    return [problem for rule in RULES for problem in rule(entries, docs_dir)]

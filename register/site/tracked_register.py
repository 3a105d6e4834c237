"""What a record page read of the register, so a later build knows when the page must change.

A record page shows its record and parts of others: the names of the records it links to, the
decisions and money of the records that link to it, related decisions. `TrackedRegister` is the
register as one page's templates see it: every lookup goes through it and leaves a token saying
what was read. `Fingerprints` gives each token a digest of the data behind it in this build.
When every token of a page has the same digest as when the page was made, the page is the
same (register.site.page_cache keeps it); anything else makes the page again.

The tokens, from narrow to wide:
- ("file", kind, id): one record as its file gives it (or that it does not exist);
- ("links", kind, id): what links to a record (registry.Links): the decisions, grants and
  transfers that name it and the partnerships, programmes and bodies that name it;
- ("kind", kind): every record of a kind (a list of all of them);
- ("all",): the whole register (anything read without a method that says what it needs).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from register.core.model import KINDS, Decision, Record
from register.core.money_rows import GrantRow, Totals, TransferRow
from register.core.records import Entry
from register.core.registry import Links, Register

Token = tuple[str, ...]
ALL: Token = ("all",)
# Fields read directly (not through a method) depend on the whole register; `has_minutes` is
# one flag and depends only on itself.
_WHOLE = frozenset({"entries", "grants", "transfers", "links", "own"})
_FLAGS = frozenset({"has_minutes"})


def _digest(parts: Iterable[str | bytes]) -> str:
    hasher = hashlib.blake2b(digest_size=16)
    for part in parts:
        hasher.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        hasher.update(b"\x00")
    return hasher.hexdigest()


class TrackedRegister(Register):
    """The register for one page: the same data, with every lookup written down in `seen`."""

    def __init__(self, base: Register) -> None:  # shares the base's records and indexes
        for item in dataclasses.fields(Register):
            object.__setattr__(self, item.name, getattr(base, item.name))
        object.__setattr__(self, "seen", set())
        object.__setattr__(self, "_inside", 0)

    def __getattribute__(self, name: str) -> Any:
        if (name in _WHOLE or name in _FLAGS) and object.__getattribute__(self, "_inside") == 0:
            object.__getattribute__(self, "seen").add(("flag", name) if name in _FLAGS else ALL)
        return object.__getattribute__(self, name)

    def _read(self, token: Token) -> None:
        object.__getattribute__(self, "seen").add(token)

    def _call(self, method: Any, *args: Any) -> Any:
        """A Register method run on this object: its own reads of the fields are not counted
        (the token that called it says what it depends on)."""
        object.__setattr__(self, "_inside", object.__getattribute__(self, "_inside") + 1)
        try:
            return method(self, *args)
        finally:
            object.__setattr__(self, "_inside", object.__getattribute__(self, "_inside") - 1)

    # one record: get_as, decision, organisation, named, name_of and the rest go through `get`
    def get(self, kind: str, record_id: str) -> Record:
        self._read(("file", kind, record_id))
        return self._call(Register.get, kind, record_id)  # type: ignore[no-any-return]

    def entry(self, kind: str, record_id: str) -> Entry:
        self._read(("file", kind, record_id))
        return self._call(Register.entry, kind, record_id)  # type: ignore[no-any-return]

    # a decision's own money is made from the decision alone
    def grants_of(self, case_number: str) -> list[GrantRow]:
        self._read(("file", "decision", case_number))
        return self._call(Register.grants_of, case_number)  # type: ignore[no-any-return]

    def transfers_of(self, case_number: str) -> list[TransferRow]:
        self._read(("file", "decision", case_number))
        return self._call(Register.transfers_of, case_number)  # type: ignore[no-any-return]

    def decision_totals(self, case_number: str) -> Totals:
        self._read(("file", "decision", case_number))
        return self._call(Register.decision_totals, case_number)  # type: ignore[no-any-return]

    # what links to a record
    def links_of(self, kind: str, record_id: str) -> Links:
        self._read(("links", kind, record_id))
        return self._call(Register.links_of, kind, record_id)  # type: ignore[no-any-return]

    def agreement_cases(self, partnership_id: str) -> dict[str, Decision]:
        self._read(("file", "partnership", partnership_id))
        for agreement in Register.partnership(self, partnership_id).agreements:
            for case in agreement.cases:  # also the cases not (yet) in the register
                self._read(("file", "decision", case))
        return self._call(Register.agreement_cases, partnership_id)  # type: ignore[no-any-return]

    # every record of a kind. The other methods (decisions_concerning, conflicts_of, totals, …)
    # are the Register's own: they read through the methods above, or read a field, which
    # counts as reading the whole register.
    def records(self, kind: str) -> list[Any]:
        self._read(("kind", kind))
        return self._call(Register.records, kind)  # type: ignore[no-any-return]


class Fingerprints:
    """The digest of each token's data in this build; each is worked out once."""

    def __init__(self, register: Register, data_dir: Path) -> None:
        self.register = register
        self.data_dir = data_dir
        self._known: dict[Token, str] = {}

    def of(self, token: Token) -> str:
        known = self._known.get(token)
        if known is None:
            known = self._known[token] = self._work_out(token)
        return known

    def _work_out(self, token: Token) -> str:
        kind = token[0]
        if kind == "file":
            return self._file(token[1], token[2])
        if kind == "links":
            return self._links(token[1], token[2])
        if kind == "kind":
            return _digest(
                f"{record_id}={self.of(('file', token[1], record_id))}"
                for record_id in sorted(self.register.entries[token[1]])
            )
        if kind == "flag":
            return repr(getattr(self.register, token[1]))
        return _digest(self.of(("kind", name)) for name in KINDS)  # ALL, and anything unknown

    def _file(self, kind: str, record_id: str) -> str:
        if record_id not in self.register.entries.get(kind, {}):
            return "saknas"
        path = self.data_dir / KINDS[kind].folder / f"{record_id}.yml"
        try:
            return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()
        except OSError:  # read before, gone now: never the same as any content
            return f"oläslig:{path}"

    def _links(self, kind: str, record_id: str) -> str:
        links = self.register.links.get((kind, record_id))
        if links is None:
            return "saknas"
        parts = [f"decision:{d.case_number}={self.of(('file', 'decision', d.case_number))}" for d in links.decisions]
        for other_kind, ids in (
            ("partnership", links.partnerships),
            ("programme", links.programmes),
            ("body", links.bodies),
        ):
            parts += [f"{other_kind}:{i}={self.of(('file', other_kind, i))}" for i in ids]
        return _digest(parts)

    def page_key(self, base: str, tokens: Iterable[Token]) -> str:
        """The key of a page made from `base` (what every page shares, and the page's own) and `tokens`."""
        return _digest([base, *(f"{'/'.join(token)}={self.of(token)}" for token in sorted(set(tokens)))])


__all__ = ["ALL", "Fingerprints", "Token", "TrackedRegister"]

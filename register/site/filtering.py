"""The rows and filter values of the filter page ("Filtrera"): grants, transfers and decisions.

One row per grant, one per transfer between municipal bodies, and one per decision that moves
no money, so every decision can be found. The page is a complete table without JavaScript;
`docs/assets/register-filter.js` filters, counts, sorts and exports the same rows using the
`data-*` values written here (raw values: ISO dates, whole kronor, record ids).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from register.core.model import OUTCOMES, Decision
from register.core.registry import Register
from register.core.wording import MONEY_NOT_DESCRIBED, NO_MONEY
from register.site.formatting import MISSING, UNKNOWN_AMOUNT, kronor

MISSING_VALUE = "saknas"  # the filter value for "the sources do not say"
NONE_VALUE = "ingen"  # the filter value for "does not apply" (no organisation for a transfer)

KIND_LABELS = {
    "grant": "bidrag",
    "iop_funding": "IOP-finansiering",
    "transfer": "medel mellan kommunala organ",
    "none": NO_MONEY,
    "not-described": MONEY_NOT_DESCRIBED,
}
# The three kinds of money, as a facet of their own: an unknown amount is never "no money".
AMOUNT_KIND_LABELS = {"known": "känt belopp", "unknown": UNKNOWN_AMOUNT, "none": NO_MONEY}
# The same, as the downloaded CSV's column "beloppstyp" says it: its "belopp_kr" is empty only
# beside "okänt" or "inga medel", never for an amount a spreadsheet would take as 0 kr.
CSV_AMOUNT_KINDS = {"known": "känt", "unknown": "okänt", "none": "inga medel"}
STATUS_LABELS = {
    "proposed": "föreslaget – beslutet är inte registrerat",
    "decided": "beviljat",
    "refused": "avslaget",
    "transfer-decided": "överföring beslutad enligt källan",
    "transfer-not-recorded": "överföring, beslutet är inte registrerat",
    **{f"outcome-{key}": f"utan medel: {label}" for key, label in OUTCOMES.items()},
}


@dataclass
class Row:
    decision: Decision
    kind: str
    status: str
    amount: int | None
    year: int | None
    organisation: str | None = None  # record id
    programmes: list[str] = field(default_factory=list)  # record ids
    transfer_text: str | None = None  # "från … till …" for a transfer
    years: list[int] = field(default_factory=list)  # every year of a grant of unknown amount
    start_unknown: bool = False  # its period has an end but the sources give no start
    status_words: str | None = None  # a grant's status in the words core/status.py derives

    @property
    def date(self) -> date | None:
        return self.decision.memo_date

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def year_text(self) -> str | None:
        """ "2020–2022" for a grant over several years, else the year; None when unknown."""
        if len(self.years) > 1:
            return f"{self.years[0]}–{self.years[-1]}"
        if self.start_unknown and self.years:
            return f"t.o.m. {self.years[-1]} (start okänd)"
        return str(self.year) if self.year else None

    @property
    def amount_kind(self) -> str:
        """known, unknown (the sources establish money without its amount) or none."""
        if self.kind == "none":
            return "none"
        if self.kind == "not-described":
            return "unknown"
        return "unknown" if self.amount is None else "known"

    @property
    def csv_amount_kind(self) -> str:
        return CSV_AMOUNT_KINDS[self.amount_kind]

    @property
    def amount_text(self) -> str:
        """The amount cell: '650 000 kr', 'okänt belopp' or 'inga medel' (never a bare dash)."""
        if self.amount is not None:
            return kronor(self.amount)
        return "okänt belopp" if self.amount_kind == "unknown" else NO_MONEY

    @property
    def status_label(self) -> str:
        return self.status_words or STATUS_LABELS[self.status]

    def values(self, facet: str) -> list[str]:
        """The filter values of this row for one facet (several for a transfer's programmes)."""
        if facet == "year":
            if self.years:
                return [str(year) for year in self.years]
            return [str(self.year) if self.year else MISSING_VALUE]
        if facet == "committee":
            return [self.decision.body or MISSING_VALUE]
        if facet == "organisation":
            return [self.organisation or NONE_VALUE]
        if facet == "programme":
            if self.programmes:
                return self.programmes
            return [MISSING_VALUE if self.kind in ("grant", "iop_funding") else NONE_VALUE]
        if facet == "kind":
            return [self.kind]
        if facet == "status":
            return [self.status]
        if facet == "money":
            return [self.amount_kind]
        raise KeyError(facet)


def _partnership_programme(register: Register, partnership_id: str | None) -> list[str]:
    """A partnership's programme: the filter finds the partnership's cases under it."""
    programme = register.partnership(partnership_id).programme if partnership_id else None
    return [programme] if programme else []


def rows(register: Register) -> list[Row]:
    """Every row, newest decision first (the order without JavaScript)."""
    result: list[Row] = []
    for decision in register.decisions_newest_first():
        grants = register.grants_of(decision.case_number)
        for grant_row in grants:
            grant = grant_row.grant
            result.append(
                Row(
                    decision,
                    grant.kind,
                    grant_row.status,
                    grant.amount_sek,
                    grant_row.year or (grant_row.years[0] if grant_row.years else None),
                    grant.recipient,
                    [grant.programme] if grant.programme else _partnership_programme(register, grant.partnership),
                    years=grant_row.years if not grant_row.amount_known else [],
                    start_unknown=grant_row.start_unknown,
                    status_words=grant_row.status_label,
                )
            )
        for transfer in decision.transfers:
            status = "transfer-decided" if transfer.decided else "transfer-not-recorded"
            result.append(
                Row(
                    decision,
                    "transfer",
                    status,
                    transfer.amount_sek,
                    transfer.budget_year,
                    programmes=list(dict.fromkeys(e.programme for e in transfer.earmarks)),
                    transfer_text=f"{register.body(transfer.from_body).name} till "
                    f"{register.body(transfer.to_body).name}",
                )
            )
        if not grants and not decision.transfers:
            year = decision.memo_date.year if decision.memo_date else None
            programmes = _partnership_programme(register, decision.partnership)
            result.append(
                Row(
                    decision,
                    "not-described" if decision.money_not_described else "none",
                    f"outcome-{decision.outcome.status}",
                    None,
                    year,
                    None,
                    programmes,
                )
            )
    return result


@dataclass(frozen=True)
class Facet:
    name: str  # the query-string parameter, Swedish
    facet: str  # the data attribute on each row
    label: str
    options: list[tuple[str, str]]  # (value, label), in display order


def facets(register: Register, all_rows: list[Row]) -> list[Facet]:
    """The filters with every value that occurs in the rows; counts are added in the browser."""

    def record_name(kind: str, value: str) -> str:
        if value == MISSING_VALUE:
            return MISSING
        if value == NONE_VALUE:
            return "ingen"
        return register.name_of(kind, value)

    def present(facet: str) -> list[str]:
        return list(dict.fromkeys(v for row in all_rows for v in row.values(facet)))

    kinds, statuses = set(present("kind")), set(present("status"))  # once, not once per label
    amount_kinds = set(present("money"))
    years = sorted(present("year"), key=lambda v: (v == MISSING_VALUE, v), reverse=False)
    named = {
        facet: sorted(present(facet), key=lambda v: (v in (MISSING_VALUE, NONE_VALUE), record_name(kind, v).casefold()))
        for facet, kind in (("committee", "body"), ("organisation", "organisation"), ("programme", "programme"))
    }
    return [
        Facet("ar", "year", "År", [(v, MISSING if v == MISSING_VALUE else v) for v in years]),
        Facet("namnd", "committee", "Nämnd", [(v, record_name("body", v)) for v in named["committee"]]),
        Facet(
            "organisation",
            "organisation",
            "Organisation",
            [(v, record_name("organisation", v)) for v in named["organisation"]],
        ),
        Facet("verksamhet", "programme", "Verksamhet", [(v, record_name("programme", v)) for v in named["programme"]]),
        Facet("slag", "kind", "Slag", [(k, label) for k, label in KIND_LABELS.items() if k in kinds]),
        Facet("status", "status", "Status", [(k, label) for k, label in STATUS_LABELS.items() if k in statuses]),
        Facet("belopp", "money", "Belopp", [(k, v) for k, v in AMOUNT_KIND_LABELS.items() if k in amount_kinds]),
    ]

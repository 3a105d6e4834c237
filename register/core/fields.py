"""Field types shared by the record model: references, dates, amounts, identifiers, links.

Each type carries its own rule (and the message a member of staff sees when it is broken)
and its JSON Schema, so the model, the check and the editor hints cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import total_ordering
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, PlainSerializer, WithJsonSchema

from register.core import identifiers

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


def slug(name: str) -> str:
    """The id a name would get: lower case a–z, digits and hyphens (å, ä, ö → a, a, o)."""
    folded = name.lower().translate(str.maketrans("åäöéü", "aaoeu"))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


# --- References ------------------------------------------------------------------------


class Reference(str):
    """A string that names another record; `kind` says which folder it must exist in."""

    kind: str = ""


def _reference_type(kind: str, pattern: str, description: str, example: str) -> Any:
    ref_class = type(f"{kind.title()}Reference", (Reference,), {"kind": kind})
    # Named in this module, so that a record with references pickles (records are read in
    # worker processes, register.core.read_files).
    globals()[ref_class.__name__] = ref_class

    def check(value: str) -> Reference:
        if kind == "decision":
            problem = identifiers.case_number_problem(value)
            if problem:
                raise ValueError(problem)
        elif not re.match(SLUG_PATTERN, value):
            raise ValueError(
                "en hänvisning skrivs som filnamnet på posten utan .yml, med små bokstäver, "
                f"siffror och bindestreck (fick '{value}')"
            )
        reference: Reference = ref_class(value)
        return reference

    return Annotated[
        str,
        AfterValidator(check),
        Field(description=description, examples=[example], json_schema_extra={"pattern": pattern, "x-reference": kind}),
    ]


BodyRef = _reference_type(
    "body", SLUG_PATTERN, "Organ: filnamnet i data/bodies/ utan .yml", "arbetsmarknads-och-socialnamnden"
)
OrganisationRef = _reference_type(
    "organisation", SLUG_PATTERN, "Organisation: filnamnet i data/organisations/ utan .yml", "hela-manniskan-i-malmo"
)
ProgrammeRef = _reference_type(
    "programme", SLUG_PATTERN, "Verksamhet: filnamnet i data/programmes/ utan .yml", "thaiwise"
)
PartnershipRef = _reference_type(
    "partnership", SLUG_PATTERN, "Partnerskap: filnamnet i data/partnerships/ utan .yml", "iop-thaiwise"
)
DecisionRef = _reference_type(
    "decision", identifiers.CASE_NUMBER_PATTERN, "Ärende: diarienumret, t.ex. ASN-2024-17401", "ASN-2024-17401"
)


# --- Dates -----------------------------------------------------------------------------


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, the month or only the year (ISO 8601: 2025-01-31, 2025-01, 2025)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
        if self.day:
            text += f"-{self.day:02d}"
        return text

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        if self.month is None:
            return date(self.year, 12, 31)
        if self.day is None:
            next_month = date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return date.fromordinal(next_month.toordinal() - 1)
        return date(self.year, self.month, self.day)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.earliest(), self.latest()) < (other.earliest(), other.latest())


_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(value: Any) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2200:
        return PartialDate(value)
    text = str(value).strip()
    match = _PARTIAL.match(text)
    if not match:
        raise ValueError(
            f"ett datum skrivs ÅÅÅÅ-MM-DD, till exempel 2024-10-24 (fick '{value}'); "
            "är bara året eller månaden känd skrivs 2024 eller 2024-10"
        )
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    month, day = (int(month_text) if month_text else None), (int(day_text) if day_text else None)
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        raise ValueError(f"datumet {text} finns inte i kalendern; kontrollera det mot källan") from None
    return PartialDate(year, month, day)


def parse_full_date(value: Any) -> date:
    partial = parse_partial_date(value)
    if partial.day is None:
        raise ValueError(f"här behövs ett fullständigt datum ÅÅÅÅ-MM-DD (fick '{value}')")
    return partial.earliest()


_DATE_SCHEMA = {
    "anyOf": [
        {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
        {"type": "integer", "minimum": 1900, "maximum": 2200},
    ],
    "examples": ["2025-01-31", "2025-01", 2025],
}

SomeDate = Annotated[
    PartialDate,
    BeforeValidator(parse_partial_date),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(_DATE_SCHEMA),
]
Day = Annotated[
    date,
    BeforeValidator(parse_full_date),
    PlainSerializer(lambda d: d.isoformat(), return_type=str),
    WithJsonSchema({"type": "string", "format": "date", "examples": ["2024-10-24"]}),
]


# --- Money, identifiers, links ---------------------------------------------------------

AmountSek = Annotated[
    int, Field(strict=True, gt=0, description="Belopp i hela kronor, bara siffror: 650000", examples=[650000])
]
Year = Annotated[int, Field(strict=True, ge=1900, le=2200, examples=[2025])]


def _refusing(problem_of: Callable[[str], str | None]) -> Callable[[str], str]:
    """A validator from a rule that says why a value is wrong (or None when it is right)."""

    def check(value: str) -> str:
        problem = problem_of(value)
        if problem:
            raise ValueError(problem)
        return value

    return check


OrgNumber = Annotated[
    str,
    AfterValidator(_refusing(identifiers.org_number_problem)),
    WithJsonSchema({"type": "string", "pattern": identifiers.ORG_NUMBER_PATTERN, "examples": ["802438-1355"]}),
]


CaseNumber = Annotated[
    str,
    AfterValidator(_refusing(identifiers.case_number_problem)),
    WithJsonSchema({"type": "string", "pattern": identifiers.CASE_NUMBER_PATTERN, "examples": ["ASN-2024-17401"]}),
]
CasePrefix = Annotated[str, Field(pattern=r"^[A-ZÅÄÖ]{2,6}$", examples=["ASN"])]


class EmailAddress(str):
    """An e-mail address in the one place the model allows one (an official's work address)."""


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _check_email(value: str) -> EmailAddress:
    if not _EMAIL.match(value):
        raise ValueError(f"det här ser inte ut som en e-postadress (fick '{value}')")
    return EmailAddress(value)


Email = Annotated[
    str,
    AfterValidator(_check_email),
    WithJsonSchema({"type": "string", "format": "idn-email", "examples": ["fornamn.efternamn@malmo.se"]}),
]

ALLOWED_LINK_SCHEMES = ("https", "http", "mailto")


def _check_link(value: str) -> str:
    scheme = value.split(":", 1)[0].lower() if ":" in value else ""
    if scheme not in ALLOWED_LINK_SCHEMES:
        raise ValueError(
            "en länk måste börja med https:, http: eller mailto: "
            f"(fick '{value[:40]}'); skriv hela adressen, till exempel https://malmo.se/"
        )
    return value


Link = Annotated[
    str,
    AfterValidator(_check_link),
    WithJsonSchema({"type": "string", "pattern": "^(https?|mailto):", "examples": ["https://malmo.se/"]}),
]

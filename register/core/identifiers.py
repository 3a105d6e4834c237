"""Swedish identifiers: organisationsnummer, personnummer and diarienummer.

Every rule about what these numbers look like lives here. `python-stdnum` does the
length and Luhn checks; what it does not know (the third-digit rule that tells an
organisationsnummer from a personnummer, samordningsnummer, Malmö's case numbers) is added.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import luhn
from stdnum.exceptions import ValidationError
from stdnum.se import orgnr, personnummer

ORG_NUMBER_PATTERN = r"^\d{6}-\d{4}$"
CASE_NUMBER_PATTERN = r"^[A-ZÅÄÖ]{2,6}-\d{4}-\d{1,6}$"
_CASE_LOOSE = re.compile(r"^\s*([A-Za-zÅÄÖåäö]{2,6})[\s\-–_]+(\d{4})[\s\-–_]+(\d{1,6})\s*$")

# Ten or twelve digits, with or without a separator: anything that could be a personnummer.
_IDENTITY_CANDIDATE = re.compile(r"(?<![\d-])(\d{2})?(\d{6})\s?([-+–]?)\s?(\d{4})(?![\d-])")
# Every candidate has six digits in a row; most texts have none, and this search is far cheaper.
_SIX_DIGITS = re.compile(r"\d{6}")


def org_number_problem(value: str) -> str | None:
    """Why `value` is not a valid organisationsnummer, or None when it is."""
    # First, so that a personal identity number is refused as such and never echoed back.
    if is_personal_identity_number(value):
        return (
            "numret är ett personnummer eller samordningsnummer och får aldrig publiceras "
            "(en enskild firma har ägarens personnummer); ta bort det"
        )
    if not re.match(ORG_NUMBER_PATTERN, value):
        digits = re.sub(r"\D", "", value)
        hint = f"; skriv {digits[:6]}-{digits[6:]}" if len(digits) == 10 else ""
        return f"ett organisationsnummer skrivs med tio siffror och bindestreck, NNNNNN-NNNN (fick '{value}'){hint}"
    if int(value[2]) < 2:
        return (
            "tredje siffran i ett organisationsnummer är alltid 2 eller högre "
            f"(fick '{value}'); kontrollera numret mot källdokumentet"
        )
    try:
        orgnr.validate(value)
    except ValidationError:
        return f"kontrollsiffran stämmer inte för {value}; kontrollera numret mot källdokumentet"
    return None


def is_personal_identity_number(value: str) -> bool:
    """True for a valid personnummer or samordningsnummer (10 or 12 digits, any separator)."""
    digits = re.sub(r"\D", "", value)
    if len(digits) not in (10, 12):
        return False
    if personnummer.is_valid(digits):
        return True
    # A samordningsnummer adds 60 to the day; stdnum rejects it, so check day - 60.
    ten = digits[-10:]
    day = int(ten[4:6])
    if 61 <= day <= 91 and luhn.is_valid(ten):
        shifted = digits[:-6] + f"{day - 60:02d}" + digits[-4:]
        return personnummer.is_valid(shifted) or _valid_date_only(shifted)
    return False


def _valid_date_only(digits: str) -> bool:
    from datetime import date

    ten = digits[-10:]
    year = int(ten[:2]) + 1900
    try:
        date(year, int(ten[2:4]), int(ten[4:6]))
    except ValueError:
        try:
            date(year + 100, int(ten[2:4]), int(ten[4:6]))
        except ValueError:
            return False
    return True


def find_personal_identity_numbers(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, masked number) for every personal identity number in free text."""
    if not _SIX_DIGITS.search(text):
        return
    for match in _IDENTITY_CANDIDATE.finditer(text):
        if is_personal_identity_number(match.group(0)):
            yield match.start(), mask_identity_number(match.group(0))


def mask_identity_number(value: str) -> str:
    """Show only the date part: 880320-0016 becomes 880320-XXXX (never log the whole number)."""
    return re.sub(r"\d{4}$", "XXXX", value.strip())


def canonical_case_number(value: str) -> str | None:
    """`ASN 2022-16170` → `ASN-2022-16170`; None when it does not look like a case number."""
    match = _CASE_LOOSE.match(value)
    if not match:
        return None
    prefix, year, running = match.groups()
    return f"{prefix.upper()}-{year}-{int(running)}"


def case_number_problem(value: str) -> str | None:
    """Why `value` is not a case number in canonical form, or None when it is."""
    if re.match(CASE_NUMBER_PATTERN, value) and not re.search(r"-0\d", value[-7:]):
        return None
    suggestion = canonical_case_number(value)
    if suggestion:
        return f"diarienumret ska skrivas PREFIX-ÅÅÅÅ-löpnummer med bindestreck (fick '{value}'); skriv {suggestion}"
    return f"ett diarienummer skrivs PREFIX-ÅÅÅÅ-löpnummer, till exempel ASN-2024-17401 (fick '{value}')"


def case_prefix(case_number: str) -> str:
    return case_number.split("-", 1)[0]


def url_slug(case_number: str) -> str:
    """The path segment of a decision page: the case number in lower case."""
    return case_number.lower()

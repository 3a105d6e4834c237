"""Settings of the open data: identifier prefixes, publisher, licence, the format's version.

Read from mkdocs.yml (`extra: register: open_data: …`); every setting has a default, and a
wrong one stops the build with a message that says what to write instead.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

# The version of the data format (register.json.gz, the CSV files, the per-record JSON). Raise it
# and add a line to CHANGELOG whenever a field is added, renamed or changes meaning.
FORMAT_VERSION = "3.0.0"
CHANGELOG: list[tuple[str, str, str]] = [
    (
        "3.0.0",
        "2026-12-02",
        "Texterna ur tjänsteskrivelserna står inte längre i varje ärendes JSON-fil (beslut/<id>.json): "
        "under record saknas summary och context, och avsnitten under sections har bara rubrik och nivå. "
        "Texterna finns på ärendets sida och i register.json.gz. Nyckeln texts_url i ärendets JSON-fil, och "
        "kolumnen texts_url i decisions.csv och SQLite-filen, pekar nu på register.json.gz med en JSON-pekare "
        "till ärendet efter # (t.ex. register.json.gz#/records/decisions/ASN-2024-17401), inte längre på "
        "ärendets JSON-fil; den är tom när ärendet inte har några sådana texter. Alla andra fält är oförändrade.",
    ),
    (
        "2.0.0",
        "2026-12-02",
        "Varje text finns en gång och de stora filerna är packade. register.json heter nu "
        "register.json.gz och register.sqlite heter register.sqlite.gz (packade med gzip). "
        "decisions.csv och tabellen decisions i SQLite-filen har inte längre kolumnerna summary och "
        "context, och i sections står bara avsnittens rubrik och nivå, inte deras text. Texterna finns "
        "i register.json.gz och i ärendets JSON-fil; den nya kolumnen texts_url anger adressen till "
        "ärendets JSON-fil. Alla andra kolumner är oförändrade.",
    ),
    (
        "1.1.0",
        "2026-12-01",
        "Ny fil: register.sqlite, alla CSV-tabeller i en SQLite-databas med nycklar, index och "
        "kolumnbeskrivningar (tabellen kolumner). Inga fält har ändrats.",
    ),
    (
        "1.0.0",
        "2026-11-23",
        "Första versionen: register.json, en JSON-fil per post, CSV-filer per slag av post, "
        "grants.csv, transfers.csv, datapackage.json, 360Giving-paket och JSON Schema per slag av post.",
    ),
]

# 360Giving: the version of the standard the package follows (major.minor, as the package says).
THREESIXTYGIVING_VERSION = "1.4"

_PREFIX = r"^360G-[A-Za-z0-9]+$"


class Licence(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field("CC0-1.0", description="Licensens kortnamn (SPDX)")
    title: str = Field("Creative Commons Zero v1.0 Universal", description="Licensens namn")
    url: str = Field(
        "https://creativecommons.org/publicdomain/zero/1.0/",
        pattern=r"^https://",
        description="Licensens kanoniska adress",
    )


class Location(BaseModel):
    """Where the grants' beneficiaries are (360Giving's beneficiaryLocation)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field("Malmö kommun", description="Platsens namn")
    country_code: str = Field("SE", pattern=r"^[A-Z]{2}$", description="Landskod (ISO 3166-1)")
    geo_code: str = Field("1280", description="Kommunkoden enligt SCB, t.ex. 1280 för Malmö")


class OpenDataSettings(BaseModel):
    """What mkdocs.yml may set under `extra: register: open_data:`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    org_id_prefix: str = Field(
        "360G-malmoasn",
        pattern=_PREFIX,
        description="Prefix för organisationer utan känt organisationsnummer, t.ex. 360G-malmoasn",
    )
    grant_id_prefix: str = Field(
        "360G-malmoasn", pattern=_PREFIX, description="Prefix för bidragens id i 360Giving-paketet, t.ex. 360G-malmoasn"
    )
    prefix_registered: bool = Field(False, description="true när prefixet är registrerat hos 360Giving")
    publisher: str | None = Field(None, description="Utgivaren av datan; utan värde används site_name")
    licence: Licence = Field(default_factory=Licence)
    beneficiary_location: Location = Field(default_factory=Location)


class SettingsError(ValueError):
    """A wrong setting in mkdocs.yml, with every problem in plain Swedish."""


def read_settings(extra: Any) -> OpenDataSettings:
    """The settings from mkdocs.yml's `extra` mapping (defaults where nothing is set)."""
    register_extra = (extra or {}).get("register") or {}
    raw = register_extra.get("open_data") if isinstance(register_extra, dict) else None
    try:
        return OpenDataSettings.model_validate(raw or {})
    except ValidationError as error:
        lines = []
        for problem in error.errors():
            where = ".".join(str(part) for part in problem["loc"])
            got = problem.get("input")
            if problem["type"] == "string_pattern_mismatch" and where.startswith("licence"):
                what = "måste vara en adress som börjar med https://"
            elif problem["type"] == "string_pattern_mismatch":
                what = "har fel form; skriv 360G- följt av bokstäver och siffror, t.ex. 360G-malmoasn"
            elif problem["type"] == "extra_forbidden":
                what = "okänd inställning; tillåtna är " + ", ".join(OpenDataSettings.model_fields)
            else:
                what = "ogiltigt värde; se standardvärdet i register/opendata/settings.py"
            lines.append(f"mkdocs.yml: extra.register.open_data.{where}: {what} (fick {got!r})")
        raise SettingsError("\n".join(lines)) from None

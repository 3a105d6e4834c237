"""The model's building blocks: the field helper, the base of every part and record, and the
parts several kinds of record share (sources, officials, dates the sources disagree on, periods)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from register.core.fields import Day, Email, Link, SomeDate


def F(description: str, **kwargs: Any) -> Any:
    """A field with its Swedish description (shown to editors and in the field reference).

    Typed `Any` as pydantic's own `Field` is, so that `name: str = F(...)` type-checks."""
    return Field(description=description, **kwargs)


class Part(BaseModel):
    """Base of every record and part of a record: unknown fields are mistakes."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --- Parts shared by several kinds ------------------------------------------------------


class Source(Part):
    title: str = F("Dokumentets titel, t.ex. 'Tjänsteskrivelse ASN-2024-17401'")
    document: str | None = F(
        "Sökväg till en kopia av dokumentet under docs/, t.ex. dokument/asn-2024-17401.txt", default=None
    )
    url: Link | None = F("Adress till dokumentet hos kommunen (https://…)", default=None)
    date: Day | None = F("Dokumentets datum, ÅÅÅÅ-MM-DD", default=None)
    note: str | None = F(
        "Vad posten hämtar ur dokumentet, om det behöver sägas", default=None, examples=["Beloppet och perioden"]
    )


class Official(Part):
    name: str = F("Tjänstepersonens namn, som i dokumentet", examples=["Cecilia Vidgren"])
    title: str | None = F("Befattning, t.ex. Enhetschef", default=None)
    email: Email | None = F("Arbetsadress för e-post, som i dokumentet", default=None)


class DateClaim(Part):
    value: SomeDate = F("Datumet som källan anger")
    where: str = F("Var i källan datumet står, t.ex. 'Sammanfattning'")


class Period(Part):
    start: SomeDate | None = F("Första dag (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ); utelämna om okänd", default=None)
    end: SomeDate | None = F("Sista dag; utelämna om okänd", default=None)
    start_claims: list[DateClaim] = F(
        "Källorna anger olika startdatum: skriv varje uppgift med var den står (då utelämnas start)",
        default_factory=list,
    )
    end_claims: list[DateClaim] = F(
        "Källorna anger olika slutdatum: skriv varje uppgift med var den står (då utelämnas end)", default_factory=list
    )


class Record(Part):
    """Fields every record has."""

    sources: list[Source] = F("Dokumenten som posten bygger på", min_length=1)


class NamedRecord(Record):
    name: str = F("Namnet som det skrivs officiellt", examples=["Hela Människan i Malmö"])
    aliases: list[str] = F(
        "Andra stavningar och namn som förekommer i källorna", default_factory=list, examples=[["Hela Människan"]]
    )
    description: str | None = F(
        "Kort beskrivning med egna ord, eller citat ur källan",
        default=None,
        examples=["Ideell förening som driver stödverksamheten Noomi."],
    )
    website: Link | None = F("Webbplats (https://…)", default=None)

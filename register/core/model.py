"""The record model: every kind of record, every field, its type and a Swedish description.

This module owns the data. The check, the JSON Schema files, the field reference and the
pages are all derived from it. A field's description is what an editor shows while typing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from register.core.fields import (
    AmountSek,
    BodyRef,
    CaseNumber,
    CasePrefix,
    Day,
    DecisionRef,
    Email,
    Link,
    OrganisationRef,
    OrgNumber,
    PartnershipRef,
    ProgrammeRef,
    SomeDate,
    Year,
)


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


# --- Bodies (organ) ---------------------------------------------------------------------

BODY_KINDS = {
    "municipality": "kommun",
    "executive_board": "kommunstyrelse",
    "committee": "nämnd",
    "working_committee": "arbetsutskott",
    "city_office": "stadskontor",
    "administration": "förvaltning",
    "department": "avdelning",
    "unit": "enhet",
}


class Body(NamedRecord):
    kind: Literal[tuple(BODY_KINDS)] = F(  # type: ignore[valid-type]
        "Slag av organ: " + ", ".join(f"{k} ({v})" for k, v in BODY_KINDS.items())
    )
    short_name: str | None = F("Förkortning, t.ex. ASN", default=None)
    parent: BodyRef | None = F("Organet som detta hör till", default=None)
    case_prefixes: list[CasePrefix] = F("Prefix i diarienummer för organets ärenden, t.ex. ASN", default_factory=list)
    org_number: OrgNumber | None = F("Organisationsnummer NNNNNN-NNNN", default=None)


# --- Organisations ----------------------------------------------------------------------


class Organisation(NamedRecord):
    short_name: str | None = F("Förkortning, t.ex. IKF", default=None)
    org_number: OrgNumber | None = F("Organisationsnummer NNNNNN-NNNN; utelämna om källan inte anger det", default=None)
    legal_form: str | None = F("Organisationsform enligt källan, t.ex. ideell förening", default=None)


# --- Programmes (verksamheter och insatser) ---------------------------------------------

PROGRAMME_KINDS = {
    "activity": "verksamhet",
    "initiative": "insats",
    "development_initiative": "utvecklingsinsats",
    "course": "kurs",
    "concept": "koncept",
    "centre": "center",
    "certification": "certifieringsprogram",
}


class Participant(Part):
    organisation: OrganisationRef | None = F("Organisation som deltar", default=None)
    body: BodyRef | None = F("Kommunalt organ som deltar", default=None)
    role: str = F("Rollen med källans ord, t.ex. 'driver verksamheten'")


class RelatedProgramme(Part):
    programme: ProgrammeRef = F("Den andra verksamheten")
    relation: str = F("Hur de hänger ihop, med källans ord", examples=["samarbetar med"])


class Programme(NamedRecord):
    kind: Literal[tuple(PROGRAMME_KINDS)] = F(  # type: ignore[valid-type]
        "Slag: " + ", ".join(f"{k} ({v})" for k, v in PROGRAMME_KINDS.items())
    )
    participants: list[Participant] = F("Vilka som driver eller deltar", default_factory=list)
    related: list[RelatedProgramme] = F("Andra verksamheter den hänger ihop med", default_factory=list)
    target_group: str | None = F(
        "Målgrupp enligt källan", default=None, examples=["Personer som arbetar på thaimassagesalonger i Malmö"]
    )


# --- Partnerships (IOP) -----------------------------------------------------------------


class Agreement(Part):
    label: str = F("Vilken överenskommelse, t.ex. 'Förlängning 2025'")
    kind: Literal["original", "extension"] = F("original (ny överenskommelse) eller extension (förlängning)")
    cases: list[DecisionRef] = F("Ärendena där överenskommelsen beslutades", default_factory=list)
    period: Period = F("Överenskommelsens period")
    note: str | None = F(
        "Annat källan säger om överenskommelsen",
        default=None,
        examples=["Källorna anger inte när överenskommelsen började gälla."],
    )


class InKind(Part):
    party: BodyRef = F("Parten som bidrar")
    description: str = F("Vad som bidras med, med källans ord", examples=["25 % av en tjänst från förvaltningen"])
    share_of_position_percent: int | None = F("Andel av en tjänst i procent, t.ex. 25", default=None)


class Partnership(NamedRecord):
    kind: Literal["iop"] = F("iop (idéburet offentligt partnerskap)")
    public_party: BodyRef = F("Den offentliga parten (nämnden)")
    partners: list[OrganisationRef] = F("De idéburna parterna", min_length=1)
    programme: ProgrammeRef | None = F("Verksamheten som partnerskapet gäller", default=None)
    purpose: str | None = F(
        "Syftet med partnerskapet",
        default=None,
        examples=["Att minska utsattheten hos personer som arbetar på thaimassagesalonger."],
    )
    goal: str | None = F(
        "Övergripande mål", default=None, examples=["Att ge målgruppen egenmakt och självbestämmande."]
    )
    sub_goals: list[str] = F(
        "Delmål, ett per rad i listan", default_factory=list, examples=[["Delmål 1. Skapa ett socialt skyddsnät."]]
    )
    target_group: str | None = F(
        "Målgrupp", default=None, examples=["Personer som arbetar på thaimassagesalonger i Malmö"]
    )
    parties_note: str | None = F(
        "Vad källan säger om parterna", default=None, examples=["Verksamheten Noomi arbetar med ThaiWISE."]
    )
    follow_up: str | None = F(
        "Uppföljning, styrgrupp och rapportering",
        default=None,
        examples=["En styrgrupp träffas minst en gång per termin."],
    )
    financing: str | None = F(
        "Finansiering med källans ord",
        default=None,
        examples=["Malmö stad finansierar personalkostnader med 650 000 kronor årligen."],
    )
    in_kind: list[InKind] = F("Insatser i annat än pengar, t.ex. del av en tjänst", default_factory=list)
    extension_terms: str | None = F("Villkor för förlängning, t.ex. 'kan förlängas med ett år'", default=None)
    guidelines: DecisionRef | None = F("Ärendet med riktlinjerna som gäller för partnerskapet", default=None)
    agreements: list[Agreement] = F("Överenskommelserna i tidsordning", min_length=1)


# --- Decisions (ärenden) ----------------------------------------------------------------

OUTCOMES = {
    "not_recorded": "beslutet är inte registrerat",
    "decided": "beslutat enligt förslaget",
    "changed": "beslutat med ändringar",
    "refused": "avslaget",
}
GRANT_KINDS = {"grant": "bidrag", "iop_funding": "IOP-finansiering"}
PLANNING_STEPS = {"preparation": "beredning", "working_committee": "arbetsutskott", "committee": "nämnd"}


class Outcome(Part):
    status: Literal[tuple(OUTCOMES)] = F(  # type: ignore[valid-type]
        "Utfall: "
        + ", ".join(f"{k} ({v})" for k, v in OUTCOMES.items())
        + ". Ange bara beslut som en källa (protokollet) visar."
    )
    date: Day | None = F("Beslutsdatum enligt protokollet", default=None)
    paragraph: str | None = F("Paragraf i protokollet, t.ex. §298", default=None)
    source: Source | None = F("Protokollet eller protokollsutdraget", default=None)
    note: str | None = F(
        "Vad som ändrades, eller annat om utfallet", default=None, examples=["Nämnden beslutade enligt förslaget."]
    )


class Proposal(Part):
    number: int = F("Numret på att-satsen i förslaget till beslut", examples=[1])
    text: str = F("Att-satsen ordagrant", examples=["Nämnden avsätter 650 000 kronor under 2025."])


AMOUNT_UNKNOWN_HELP = (
    "true när källorna visar att det fanns medel men inte anger beloppet (då utelämnas amount_sek); "
    "ett belopp anges annars alltid i amount_sek"
)


class Grant(Part):
    proposal: int | None = F(
        "Numret på att-satsen som föreslår medlen; utelämna bara för ärenden kända genom hänvisning",
        default=None,
        examples=[2],
    )
    kind: Literal[tuple(GRANT_KINDS)] = F(  # type: ignore[valid-type]
        "Slag: " + ", ".join(f"{k} ({v})" for k, v in GRANT_KINDS.items())
    )
    recipient: OrganisationRef = F("Mottagaren")
    recipient_as_written: str | None = F(
        "Mottagarens namn som källan skriver det", default=None, examples=["Hela Människan"]
    )
    programme: ProgrammeRef | None = F("Verksamheten medlen gäller", default=None)
    partnership: PartnershipRef | None = F("Partnerskapet medlen gäller", default=None)
    amount_sek: AmountSek | None = F(
        "Belopp i hela kronor, bara siffror: 650000; utelämnas bara med amount_unknown: true", default=None
    )
    amount_unknown: bool = F(AMOUNT_UNKNOWN_HELP, default=False)
    budget_year: Year | None = F("Budgetåret medlen gäller, om källan anger det", default=None)
    period: Period | None = F("Perioden medlen gäller, om källan anger den", default=None)
    purpose: str | None = F(
        "Vad medlen ska användas till, med källans ord", default=None, examples=["genomförandet av överenskommelsen"]
    )


class Earmark(Part):
    programme: ProgrammeRef = F("Verksamheten")
    amount_sek: AmountSek = F("Belopp i hela kronor")


class Pool(Part):
    name: str = F("Medlens namn, t.ex. 'Kommunstyrelsens anslag till förfogande'")
    body: BodyRef = F("Organet som förfogar över medlen")
    amount_sek: AmountSek = F("Hela beloppet i kronor")
    budget_year: Year | None = F("Budgetår", default=None)
    purpose: str | None = F("Syftet med medlen enligt källan", default=None, examples=["insatser mot människohandel"])


class Transfer(Part):
    """Money moved between municipal bodies: never a grant to civil society."""

    from_body: BodyRef = F("Organet som för över medlen")
    to_body: BodyRef = F("Organet som tar emot medlen")
    amount_sek: AmountSek | None = F("Belopp i hela kronor; utelämnas bara med amount_unknown: true", default=None)
    amount_unknown: bool = F(AMOUNT_UNKNOWN_HELP, default=False)
    budget_year: Year | None = F("Budgetår", default=None)
    kind: Literal["kommunbidrag"] = F("kommunbidrag (tillskott till nämndens kommunbidrag)")
    decided: bool = F("true bara om källan säger att överföringen är beslutad")
    decided_note: str | None = F(
        "Vad källan säger om beslutet", default=None, examples=["Kommunstyrelsen beslutade om medlen 2018."]
    )
    pool: Pool | None = F("Medlen som överföringen tas ur", default=None)
    earmarks: list[Earmark] = F("Hur medlen är fördelade på verksamheter", default_factory=list)


class PlanningStep(Part):
    step: Literal[tuple(PLANNING_STEPS)] = F(  # type: ignore[valid-type]
        "Steg: " + ", ".join(f"{k} ({v})" for k, v in PLANNING_STEPS.items())
    )
    body: BodyRef = F("Organet som behandlar ärendet")
    date: Day = F("Datum ÅÅÅÅ-MM-DD")
    as_written: str | None = F(
        "Raden som den står i källan", default=None, examples=["Arbetsmarknads- och socialnämnden 2024-10-24"]
    )


class Recipient(Part):
    organisation: OrganisationRef | None = F("Organisation som beslutet skickas till", default=None)
    official: Official | None = F("Tjänsteperson som beslutet skickas till", default=None)
    as_written: str = F("Raden som den står i källan", examples=["Föreningen Hela Människan i Malmö"])


class Section(Part):
    heading: str = F("Rubriken som i källan", examples=["Ärendet"])
    level: int = F("Rubriknivå: 2 för huvudrubrik, 3 och 4 för underrubriker", ge=2, le=4, examples=[2])
    text: str = F(
        "Texten ordagrant; tom rad mellan stycken",
        default="",
        examples=["Verksamheten ThaiWISE är ett resultat av ett flerårigt samarbete."],
    )


class RelatedCase(Part):
    case: DecisionRef = F("Diarienumret i kanonisk form, t.ex. ASN-2022-16170")
    as_written: str | None = F("Numret som källan skriver det, t.ex. 'ASN 2022-16170'", default=None)
    relation: str = F("Hur ärendena hänger ihop, med egna ord", examples=["överenskommelsen som förlängs"])


# A decision with a memo (tjänsteskrivelse) needs these; a case known only by reference may lack them.
MEMO_FIELDS = ("title", "memo_date", "body", "administration")


class Decision(Record):
    # The same rule for editors (JSON Schema) and the template: required unless known by reference.
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"known_only_by_reference": {"const": True}}, "required": ["known_only_by_reference"]},
            "else": {"required": list(MEMO_FIELDS)},
        }
    )

    case_number: CaseNumber = F("Diarienummer PREFIX-ÅÅÅÅ-löpnummer; samma som filnamnet")
    known_only_by_reference: bool = F(
        "true när ärendet bara är känt genom hänvisningar i andra dokument", default=False
    )
    title: str | None = F(
        "Ärendets rubrik som i tjänsteskrivelsen",
        default=None,
        examples=["Förlängning Idéburet offentligt partnerskap med ThaiWISE"],
    )
    memo_date: Day | None = F("Tjänsteskrivelsens datum", default=None)
    body: BodyRef | None = F("Nämnden som beslutar", default=None)
    administration: BodyRef | None = F("Förvaltningen som skrivit tjänsteskrivelsen", default=None)
    reference_official: Official | None = F("'Vår referens': handläggaren", default=None)
    responsible_officials: list[Official] = F("'Ansvariga' i tjänsteskrivelsen", default_factory=list)
    summary: str | None = F(
        "Sammanfattningen ordagrant",
        default=None,
        examples=["Ärendet avser en förlängning av ett befintligt partnerskap."],
    )
    proposals: list[Proposal] = F("Förslag till beslut, en post per att-sats", default_factory=list)
    grants: list[Grant] = F("Medel som förslaget ger till idéburna organisationer", default_factory=list)
    transfers: list[Transfer] = F("Medel mellan kommunala organ (inte bidrag)", default_factory=list)
    no_money: str | None = F(
        "Ärendet gäller inga medel (varken grants eller transfers): skriv varför, med källans eller egna ord",
        default=None,
        examples=["ärendet gäller riktlinjer, inte pengar"],
    )
    basis_documents: list[str] = F(
        "Beslutsunderlag, ett dokument per rad",
        default_factory=list,
        examples=[["Resultatrapport IOP ASF Malmö stad 2023"]],
    )
    planning: list[PlanningStep] = F("Beslutsplanering", default_factory=list)
    sent_to: list[Recipient] = F("'Beslutet skickas till'", default_factory=list)
    sections: list[Section] = F("Tjänsteskrivelsens avsnitt under 'Ärendet'", default_factory=list)
    related_cases: list[RelatedCase] = F("Andra ärenden som nämns", default_factory=list)
    partnership: PartnershipRef | None = F("Partnerskapet ärendet gäller", default=None)
    outcome: Outcome = F("Vad nämnden beslutade; not_recorded tills protokollet finns")
    context: str | None = F(
        "För ärenden kända genom hänvisning: vad källorna säger om det",
        default=None,
        examples=["Nämns i ASN-2024-17401 som det första partnerskapet."],
    )


# --- The kinds of record ----------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """One kind of record: its folder under data/, model, URL segment and Swedish labels."""

    name: str
    folder: str
    model: type[Record]
    url_segment: str
    singular: str
    plural: str


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("decision", "decisions", Decision, "beslut", "ärende", "Beslut"),
        Kind("organisation", "organisations", Organisation, "organisationer", "organisation", "Organisationer"),
        Kind("programme", "programmes", Programme, "verksamheter", "verksamhet", "Verksamheter"),
        Kind("partnership", "partnerships", Partnership, "partnerskap", "partnerskap", "Partnerskap"),
        Kind("body", "bodies", Body, "organ", "organ", "Organ"),
    )
}
KIND_BY_FOLDER = {kind.folder: kind for kind in KINDS.values()}

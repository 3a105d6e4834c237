"""The record model: every kind of record, every field, its type and a Swedish description.

This module owns the data. The check, the JSON Schema files, the field reference and the
pages are all derived from it. A field's description is what an editor shows while typing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from register.core.fields import BodyRef, CasePrefix, DecisionRef, OrganisationRef, OrgNumber, ProgrammeRef
from register.core.model_base import DateClaim, F, NamedRecord, Official, Part, Period, Record, Source
from register.core.model_decision import GRANT_KINDS, MEMO_FIELDS, OUTCOMES, PLANNING_STEPS, Decision, Grant, Transfer

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

AS_WRITTEN_HELP = (
    "Organisationsnumret så som källan skriver det, när det inte klarar kontrollen (t.ex. fel "
    "kontrollsiffra): visas som 'så som det står i underlaget, ej verifierat' och används aldrig som "
    "identifierare; utelämna då org_number"
)


class Organisation(NamedRecord):
    short_name: str | None = F("Förkortning, t.ex. IKF", default=None)
    org_number: OrgNumber | None = F("Organisationsnummer NNNNNN-NNNN; utelämna om källan inte anger det", default=None)
    org_number_as_written: str | None = F(AS_WRITTEN_HELP, default=None, examples=["802438-1356"])
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


# One place to import the model from: the parts live in model_base.py and model_decision.py.
__all__ = [
    "BODY_KINDS",
    "GRANT_KINDS",
    "KINDS",
    "KIND_BY_FOLDER",
    "MEMO_FIELDS",
    "OUTCOMES",
    "PLANNING_STEPS",
    "PROGRAMME_KINDS",
    "Agreement",
    "Body",
    "DateClaim",
    "Decision",
    "Grant",
    "Kind",
    "NamedRecord",
    "Official",
    "Organisation",
    "Partnership",
    "Period",
    "Programme",
    "Record",
    "Source",
    "Transfer",
]

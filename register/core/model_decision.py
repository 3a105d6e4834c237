"""Decisions (ärenden): a memo's proposals, its grants and transfers, its planning and sections,
and what became of it. Part of the model (register.core.model lists every kind)."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict

from register.core.fields import (
    AmountSek,
    BodyRef,
    CaseNumber,
    Day,
    DecisionRef,
    OrganisationRef,
    PartnershipRef,
    ProgrammeRef,
    Year,
)
from register.core.model_base import F, Official, Part, Period, Record, Source

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


AMOUNT_DIFFERENCE_HELP = (
    "Bara när beloppet medvetet skiljer sig från beloppet i att-satsen: skriv varför, med var det står "
    "(t.ex. 'Nämnden beslutade 560 000 kronor, protokollet § 298')"
)
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
    budget_year: Year | None = F(
        "Budgetåret medlen gäller, om källan anger det: ett år; pengar för flera år blir en post per år", default=None
    )
    period: Period | None = F("Perioden medlen gäller, om källan anger den", default=None)
    purpose: str | None = F(
        "Vad medlen ska användas till, med källans ord", default=None, examples=["genomförandet av överenskommelsen"]
    )
    amount_difference_note: str | None = F(AMOUNT_DIFFERENCE_HELP, default=None)


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

    proposal: int | None = F(
        "Numret på att-satsen som gäller överföringen, om förslaget till beslut har en", default=None, examples=[2]
    )
    from_body: BodyRef = F("Organet som för över medlen")
    to_body: BodyRef = F("Organet som tar emot medlen")
    amount_sek: AmountSek | None = F("Belopp i hela kronor; utelämnas bara med amount_unknown: true", default=None)
    amount_unknown: bool = F(AMOUNT_UNKNOWN_HELP, default=False)
    budget_year: Year | None = F("Budgetår: ett år; pengar för flera år blir en post per år", default=None)
    kind: Literal["kommunbidrag"] = F("kommunbidrag (tillskott till nämndens kommunbidrag)")
    decided: bool = F("true bara om källan säger att överföringen är beslutad")
    decided_note: str | None = F(
        "Vad källan säger om beslutet", default=None, examples=["Kommunstyrelsen beslutade om medlen 2018."]
    )
    pool: Pool | None = F("Medlen som överföringen tas ur", default=None)
    earmarks: list[Earmark] = F("Hur medlen är fördelade på verksamheter", default_factory=list)
    amount_difference_note: str | None = F(AMOUNT_DIFFERENCE_HELP, default=None)


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
    money_not_described: str | None = F(
        "Källorna visar inte om ärendet gäller medel eller vilka (t.ex. ett ärende som bara nämns i en "
        "bilagas titel): skriv vad källan säger; visas som okända medel, aldrig som inga medel",
        default=None,
        examples=["källan nämner ärendet bara i titeln på en bilaga om kommunstyrelsens medel"],
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

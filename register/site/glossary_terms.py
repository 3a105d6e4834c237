"""The register's glossary: every term a reader meets, with its explanation in plain Swedish.

Edit the words here; `glossary.py` decides where they are shown."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    id: str  # the anchor on the Ordlista page
    term: str  # the headword
    explanation: str
    forms: tuple[str, ...] = ()  # words to explain where they appear; all-capital forms match exactly

    @property
    def title(self) -> str:
        return f"{self.term}: {self.explanation}"


TERMS: tuple[Term, ...] = (
    Term(
        "anslag-till-forfogande",
        "anslag till förfogande",
        "Pengar i kommunstyrelsens budget som inte är fördelade i förväg. Kommunstyrelsen kan under året "
        "besluta att ge dem till nämnderna.",
        ("anslag till förfogande",),
    ),
    Term(
        "anslagstavla",
        "anslagstavla",
        "Kommunens officiella anslagstavla på webben. Där tillkännages när ett protokoll är justerat, och "
        "från den dagen räknas tiden för att överklaga.",
        ("anslagstavla", "anslagstavlan"),
    ),
    Term(
        "arbetsutskott",
        "arbetsutskott (AU)",
        "En mindre grupp ledamöter ur nämnden som går igenom ärendena innan hela nämnden beslutar.",
        ("arbetsutskott", "arbetsutskottet", "arbetsutskottets", "AU"),
    ),
    Term(
        "att-sats",
        "att-sats",
        "En punkt i förslaget till beslut. Varje punkt säger vad nämnden ska besluta, till exempel att "
        "bevilja en förening ett belopp.",
        ("att-sats", "att-satsen", "att-satser", "att-satserna"),
    ),
    Term(
        "bidrag",
        "bidrag",
        "Pengar som nämnden ger en förening eller annan idéburen organisation för en verksamhet, utan att "
        "köpa något i gengäld. Jämför IOP-finansiering.",
    ),
    Term(
        "beredning",
        "beredning",
        "Arbetet med att förbereda ett ärende inför beslut: ta fram underlag, skriva tjänsteskrivelse och "
        "gå igenom ärendet innan nämnden beslutar.",
        ("beredning", "beredningen"),
    ),
    Term(
        "beslutsunderlag",
        "beslutsunderlag",
        "De handlingar som nämnden har framför sig när den beslutar, till exempel tjänsteskrivelsen och "
        "en överenskommelse.",
        ("beslutsunderlag", "beslutsunderlaget"),
    ),
    Term(
        "beviljat",
        "beviljat",
        "I registret: nämndens protokoll visar att beloppet beviljades. Utan protokollet visas ett belopp "
        "aldrig som beviljat.",
    ),
    Term(
        "budgetar",
        "budgetår",
        "Det år som pengarna hör till i kommunens budget. I Malmö är budgetåret ett kalenderår.",
        ("budgetår", "budgetåret"),
    ),
    Term(
        "diarienummer",
        "diarienummer",
        "Numret ett ärende får när det registreras hos kommunen, till exempel ASN-2024-17401: förkortningen "
        "för nämnden, året och ett löpnummer. Med numret kan vem som helst begära ut handlingarna.",
        ("diarienummer", "diarienumret", "diarienumren"),
    ),
    Term(
        "foreslaget",
        "föreslaget",
        "I registret: beloppet står i förvaltningens förslag till beslut, men nämndens beslut finns inte i "
        "registret. Ett föreslaget belopp är inte beviljat.",
    ),
    Term(
        "forslag-till-beslut",
        "förslag till beslut",
        "Förvaltningens förslag i tjänsteskrivelsen om vad nämnden ska besluta, i en eller flera "
        "att-satser. Nämnden kan besluta något annat.",
        ("förslag till beslut",),
    ),
    Term(
        "forvaltning",
        "förvaltning",
        "Kommunens tjänstepersoner som arbetar åt en nämnd. De utreder ärenden, skriver tjänsteskrivelser "
        "och genomför det som nämnden beslutar.",
        ("förvaltning", "förvaltningen", "förvaltningens", "förvaltningar", "förvaltningarna"),
    ),
    Term(
        "ideburen-sektor",
        "idéburen organisation",
        "En organisation som drivs av ett samhällsintresse och inte för att gå med vinst, till exempel en "
        "ideell förening eller en stiftelse. Tillsammans kallas de idéburen sektor eller civilsamhället.",
        ("idéburen organisation", "idéburna organisationer", "idéburen sektor", "idéburna sektorn"),
    ),
    Term(
        "iop-finansiering",
        "IOP-finansiering",
        "Pengar som nämnden bidrar med i ett idéburet offentligt partnerskap (IOP). Till skillnad från ett "
        "bidrag följer pengarna en överenskommelse där båda parter har åtaganden.",
    ),
    Term(
        "iop",
        "IOP (idéburet offentligt partnerskap)",
        "Ett samarbete mellan en offentlig part, till exempel en nämnd, och en idéburen organisation kring "
        "ett gemensamt mål. Båda parter bidrar. Det är varken en upphandling eller ett vanligt bidrag.",
        (
            "IOP",
            "idéburet offentligt partnerskap",
            "idéburna offentliga partnerskap",
            "idéburna offentliga partnerskapet",
            "idéburet offentligt partnerskapet",
        ),
    ),
    Term(
        "justering",
        "justering",
        "Att protokollet från ett sammanträde kontrolleras och skrivs under. \u201dJusterar paragrafen "
        "omedelbart\u201d betyder att paragrafen justeras redan på sammanträdet, så att beslutet kan "
        "genomföras direkt.",
        ("justering", "justeringen", "justerar", "justeras", "justerat"),
    ),
    Term(
        "kant-genom-hanvisning",
        "känt genom hänvisning",
        "I registret: ett ärende som andra dokument hänvisar till, men vars egna handlingar inte finns bland källorna.",
    ),
    Term(
        "kommunbidrag",
        "kommunbidrag",
        "De pengar en nämnd får från kommunen för sin verksamhet. När kommunstyrelsen ger en nämnd mer "
        "kommunbidrag flyttas pengar inom kommunen; det är inte ett bidrag till en förening.",
        ("kommunbidrag", "kommunbidraget", "kommunbidragen"),
    ),
    Term(
        "kommunstyrelsen",
        "kommunstyrelsen (KS)",
        "Kommunens ledande politiska organ under kommunfullmäktige. Den leder och samordnar nämnderna.",
        ("kommunstyrelse", "kommunstyrelsen", "kommunstyrelsens"),
    ),
    Term(
        "laglighetsprovning",
        "laglighetsprövning",
        "Varje kommunmedlem kan begära att förvaltningsrätten prövar om ett kommunalt beslut är lagligt. "
        "Det ska göras inom tre veckor från att justeringen tillkännagavs på anslagstavlan.",
        ("laglighetsprövning",),
    ),
    Term(
        "medel-mellan-kommunala-organ",
        "medel mellan kommunala organ",
        "Pengar som flyttas mellan kommunens egna nämnder och förvaltningar, till exempel från "
        "kommunstyrelsen till ASN. De är inte bidrag till civilsamhället och räknas inte in i bidragens summor.",
        ("medel mellan kommunala organ",),
    ),
    Term(
        "namnd",
        "nämnd",
        "En grupp förtroendevalda politiker som ansvarar för ett område i kommunen. Arbetsmarknads- och "
        "socialnämnden (ASN) beslutar om bidragen och partnerskapen i det här registret.",
        ("nämnd", "nämnden", "nämndens", "nämnder", "nämnderna"),
    ),
    Term(
        "organ",
        "organ",
        "I registret: en del av kommunen som fattar beslut eller arbetar åt dem, till exempel en nämnd, ett "
        "arbetsutskott, en förvaltning eller kommunstyrelsen.",
    ),
    Term(
        "organisationsnummer",
        "organisationsnummer",
        "Ett tiosiffrigt nummer som identifierar en förening, ett företag eller en myndighet, till exempel "
        "802438-1355. Det motsvarar en persons personnummer.",
        ("organisationsnummer", "organisationsnumret"),
    ),
    Term(
        "overforing",
        "överföring",
        "Pengar som flyttas från ett kommunalt organ till ett annat; se medel mellan kommunala organ.",
    ),
    Term(
        "overenskommelse",
        "överenskommelse",
        "Avtalet i ett IOP: parternas åtaganden, mål, period, uppföljning och finansiering.",
        ("överenskommelse", "överenskommelsen", "överenskommelser", "överenskommelserna"),
    ),
    Term(
        "paragraf",
        "paragraf (§)",
        "Varje ärende i ett protokoll har ett eget nummer, en paragraf, till exempel §298.",
        ("paragraf", "paragrafen"),
    ),
    Term(
        "protokoll",
        "protokoll",
        "Det justerade dokumentet över vad nämnden beslutade på ett sammanträde. Först protokollet visar "
        "vad som faktiskt beslutades.",
        ("protokoll", "protokollet", "protokollsutdrag", "protokollsutdraget"),
    ),
    Term(
        "stadskontoret",
        "stadskontoret",
        "Kommunstyrelsens förvaltning. Den bereder kommunstyrelsens ärenden, till exempel hur kommunstyrelsens "
        "medel ska fördelas.",
        ("stadskontoret", "stadskontorets"),
    ),
    Term(
        "tjansteskrivelse",
        "tjänsteskrivelse",
        "Förvaltningens skriftliga underlag till nämnden i ett ärende, med en sammanfattning och förslag "
        "till beslut. Den är ett förslag, inte ett beslut.",
        ("tjänsteskrivelse", "tjänsteskrivelsen", "tjänsteskrivelsens", "tjänsteskrivelser"),
    ),
    Term(
        "uppgift-saknas",
        "uppgift saknas",
        "I registret: källorna säger inget om saken. Registret fyller aldrig i en uppgift med en gissning.",
    ),
    Term(
        "uppgifterna-gar-isar",
        "uppgifterna går isär",
        "I registret: två ställen i källorna anger olika uppgifter, till exempel två startdatum. Båda visas, "
        "med var de står.",
    ),
    Term(
        "verksamhet",
        "verksamhet",
        "I registret: det som pengarna går till, till exempel ett stödcenter eller en kurs, som en "
        "organisation driver. En verksamhet kan få pengar i flera ärenden och ingå i ett partnerskap.",
    ),
    Term(
        "oronmarkt",
        "öronmärkt",
        "Pengar som är bestämda för ett visst ändamål eller en viss verksamhet redan när de fördelas, och "
        "inte får användas till något annat.",
        ("öronmärkt", "öronmärkta", "öronmärks", "öronmärkning", "öronmärkningen"),
    ),
)

"""Word lists for the synthetic test data (register.synthetic) and the writer that strings
them into Swedish-looking memo prose, names and organisationsnummer.

The words are the kind a committee memo uses, in several inflected forms so that stemming has
something to do. They deliberately leave out the words the browser tests search for on a large
site (any form of "förening", the alias "Thaimise", the seed data's numbers), so those tests stay
exact: they must find the one real record among thousands of synthetic ones.
"""

from __future__ import annotations

import random
from typing import Any

from stdnum import luhn

NOUNS = ["arbetsmarknaden", "arbetsmarknadens", "insats", "insatsen", "insatser", "insatserna", "verksamhet", "verksamheten", "verksamheter", "verksamheterna", "målgrupp", "målgruppen", "målgrupper", "målgruppens", "deltagare", "deltagarna", "deltagarnas", "stadsdel", "stadsdelen", "stadsdelar", "stadsdelarna", "samverkan", "samverkans", "samarbete", "samarbetet", "partnerskap", "partnerskapet", "överenskommelse", "överenskommelsen", "uppföljning", "uppföljningen", "rapport", "rapporten", "rapporter", "resultat", "resultaten", "bidrag", "bidraget", "bidragen", "medel", "medlen", "ansökan", "ansökningar", "ansökningarna", "budget", "budgeten", "kostnad", "kostnaden", "kostnader", "kostnaderna", "personal", "personalen", "lokal", "lokalen", "lokaler", "kunskap", "kunskapen", "kunskaper", "förutsättningar", "förutsättningarna", "behov", "behovet", "behoven", "stöd", "stödet", "rådgivning", "rådgivningen", "utbildning", "utbildningen", "utbildningar", "kurs", "kursen", "kurser", "vägledning", "vägledningen", "ungdomar", "ungdomarna", "unga", "barn", "barnen", "familjer", "familjerna", "föräldrar", "föräldrarna", "kvinnor", "kvinnorna", "män", "männen", "nyanlända", "äldre", "invånare", "invånarna", "civilsamhället", "organisation", "organisationen", "organisationer", "organisationerna", "sektor", "sektorn", "nämnd", "nämnden", "förvaltning", "förvaltningen", "avdelning", "avdelningen", "enhet", "enheten", "riktlinjer", "riktlinjerna", "villkor", "villkoren", "krav", "kraven", "mål", "målet", "målen", "delmål", "delmålen", "syfte", "syftet", "effekt", "effekten", "effekter", "trygghet", "tryggheten", "integration", "integrationen", "inkludering", "delaktighet", "hälsa", "hälsan", "välmående", "sysselsättning", "sysselsättningen", "praktik", "praktiken", "praktikplatser", "anställning", "anställningar", "språk", "språket", "språkstöd", "läxhjälp", "fritid", "fritiden", "idrott", "idrotten", "kultur", "kulturen", "mötesplats", "mötesplatsen", "mötesplatser", "bostad", "boendet", "hemlöshet", "ekonomi", "ekonomin", "skuldsättning", "skulder", "våld", "våldet", "utsatthet", "utsattheten", "brottsoffer", "missbruk", "beroende", "drogfrihet", "samhället", "kommunen", "staden", "region", "regionen", "myndigheter", "myndigheterna", "arbetsförmedlingen", "skolan", "skolorna", "fältarbete", "uppsökande", "verksamhetsår", "verksamhetsåret", "period", "perioden", "år", "året", "halvår", "termin", "terminen", "vecka", "veckan", "kväll", "kvällar", "helger", "mentorer", "mentorskap", "volontärer", "volontärerna", "engagemang", "metod", "metoden", "metoder", "arbetssätt", "arbetssättet", "modell", "modellen", "kvalitet", "kvaliteten", "dokumentation", "redovisning", "redovisningen", "styrgrupp", "styrgruppen", "dialog", "dialogen", "referensgrupp", "ansvar", "ansvaret"]

VERBS = ["bidrar", "bidrog", "erbjuder", "erbjöd", "stärker", "stärkte", "utvecklar", "utvecklade", "genomför", "genomförde", "följer", "följde", "samordnar", "samordnade", "möjliggör", "främjar", "främjade", "förebygger", "motverkar", "minskar", "ökar", "ökade", "skapar", "skapade", "når", "nådde", "riktar", "vänder", "omfattar", "omfattade", "innebär", "innebar", "kräver", "krävde", "redovisar", "redovisade", "bedömer", "bedömde", "föreslår", "föreslog", "avser", "avsåg", "fortsätter", "fortsatte", "planerar", "planerade", "samverkar", "samverkade", "arbetar", "arbetade", "stödjer", "stödde", "kompletterar", "kompletterade", "prioriterar", "prioriterade", "tillför", "tillförde", "säkerställer"]

ADJECTIVES = ["långsiktig", "långsiktiga", "långsiktigt", "ekonomisk", "ekonomiska", "ekonomiskt", "social", "sociala", "socialt", "lokal", "lokala", "lokalt", "idéburen", "idéburna", "idéburet", "kommunal", "kommunala", "kommunalt", "befintlig", "befintliga", "befintligt", "nya", "nytt", "ny", "tydlig", "tydliga", "tydligt", "viktig", "viktiga", "viktigt", "särskild", "särskilda", "särskilt", "gemensam", "gemensamma", "gemensamt", "aktuell", "aktuella", "aktuellt", "fortsatt", "fortsatta", "ökad", "ökade", "minskad", "utsatt", "utsatta", "förebyggande", "uppsökande", "regelbunden", "regelbundna", "sammanhållen", "sammanhållna", "flexibel", "flexibla", "god", "goda", "gott", "stor", "stora", "stort", "liten", "små"]

ADVERBS = ["också", "även", "därför", "dessutom", "särskilt", "främst", "huvudsakligen", "fortsatt", "tidigare", "vidare", "samtidigt", "löpande", "årligen", "regelbundet", "gemensamt", "tillsammans", "successivt"]

PREPOSITIONS = ["i", "på", "för", "med", "av", "till", "inom", "genom", "under", "efter", "enligt", "mellan", "utifrån", "kring", "hos"]
CONJUNCTIONS = ["och", "samt", "men", "eftersom", "så", "att", "när", "där", "vilket", "som"]
DETERMINERS = ["den", "det", "de", "en", "ett", "denna", "detta", "dessa", "varje", "flera", "många", "samtliga"]

SECTION_HEADINGS = [
    "Ärendet", "Bakgrund", "Verksamhetens innehåll", "Målgrupp", "Syfte och mål",
    "Genomförande", "Ekonomiska konsekvenser", "Uppföljning", "Förvaltningens bedömning",
    "Barnets bästa", "Jämställdhet och tillgänglighet", "Samråd", "Tidigare beslut",
    "Riskbedömning", "Organisationens erfarenhet",
]

TITLE_PATTERNS = [
    "Bidrag till {org} för {programme} {year}",
    "Förlängning av idéburet offentligt partnerskap med {org}",
    "Verksamhetsbidrag {year} till {org}",
    "Fördelning av medel för {programme} {year}",
    "Ansökan om utvecklingsbidrag från {org}",
    "Idéburet offentligt partnerskap om {programme}",
]

# Names of people and places: common Swedish first and last names, invented districts.
FIRST_NAMES = ["Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kerstin", "Ingrid", "Marie", "Johanna", "Sofia", "Elin", "Linnea", "Ida", "Amira", "Fatima", "Leila", "Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Mikael", "Peter", "Jonas", "Mattias", "Ali", "Omar", "Ahmed", "Daniel"]
LAST_NAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Mattsson", "Berglund"]
OFFICIAL_TITLES = ["Utvecklingssekreterare", "Enhetschef", "Avdelningschef", "Förvaltningschef",
                   "Handläggare", "Samordnare", "Controller", "Strateg"]
DISTRICTS = ["Norrgården", "Söderslätt", "Västerdal", "Österäng", "Lindhaga", "Kvarnby", "Sjöhaga", "Ekbacken", "Björkvik", "Hagalund", "Fridhem", "Solbacka", "Ängslätt", "Bokskogen", "Strandgården", "Kvarteret", "Mosippan", "Granhöjden", "Lövsta", "Stensjö"]
ORG_TYPES = [
    "Idrottsklubben", "Stiftelsen", "Studieförbundet", "Nätverket", "Kvinnojouren",
    "Ungdomsjouren", "Kooperativet", "Sällskapet", "Kulturhuset", "Samfundet", "Kamratstödet",
    "Mötesplatsen", "Fritidsgården", "Läxhjälpen", "Volontärcentralen",
]
ORG_NAMES = ["Solstrålen", "Ljusglimten", "Framtidsvägen", "Brobyggarna", "Kompassen", "Nystart", "Gemenskapen", "Medmänniskan", "Trampolinen", "Vägvisaren", "Fyrtornet", "Ankaret", "Regnbågen", "Bryggan", "Grenverket", "Rötterna", "Vingarna", "Mosaiken", "Stegvis", "Tillsammans", "Öppna", "Dörren", "Hjärtat", "Lotsen", "Gnistan"]
LEGAL_FORMS = ["ideell organisation", "stiftelse", "ekonomisk sammanslutning", "trossamfund"]
PROGRAMME_WORDS = ["Steget", "Språnget", "Vägen", "Bron", "Nätet", "Nyckeln", "Kartan", "Kompassen", "Hamnen", "Porten", "Trappan", "Stegen", "Kraften", "Lyftet", "Rörelsen", "Samlingen", "Verkstaden", "Navet", "Skolan", "Gården"]
PROGRAMME_PREFIXES = ["Projektet", "Satsningen", "Insatsen", "Programmet", "Kursen", "Centrumet"]


class Writer:
    """Swedish-looking prose from the word lists, driven by one seeded random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: list[str] = []  # proper names that may turn up in the text

    def sentence(self) -> str:
        r = self.rng
        words = [r.choice(DETERMINERS), r.choice(ADJECTIVES), r.choice(NOUNS), r.choice(VERBS)]
        for _ in range(r.randint(1, 3)):
            words += [r.choice(PREPOSITIONS), r.choice(NOUNS)]
            if r.random() < 0.4:
                words += [r.choice(CONJUNCTIONS), r.choice(ADJECTIVES), r.choice(NOUNS)]
        if r.random() < 0.3:
            words.insert(4, r.choice(ADVERBS))
        if self.names and r.random() < 0.15:
            words += ["hos", r.choice(self.names)]
        elif r.random() < 0.08:
            words += ["med", f"{r.randint(5, 250) * 10} 000 kronor"]
        elif r.random() < 0.05:
            words += ["i", r.choice(DISTRICTS)]
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def paragraph(self, words: int) -> str:
        sentences: list[str] = []
        count = 0
        while count < words:
            sentences.append(self.sentence())
            count += sentences[-1].count(" ") + 1
        return " ".join(sentences)

    def text(self, words: int, paragraph_words: int = 120) -> str:
        parts = []
        while words > 0:
            size = min(words, self.rng.randint(paragraph_words // 2, paragraph_words * 3 // 2))
            parts.append(self.paragraph(size))
            words -= size
        return "\n\n".join(parts) + "\n"

    def person(self) -> dict[str, Any]:
        r = self.rng
        return {"name": f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}", "title": r.choice(OFFICIAL_TITLES)}


def org_number(rng: random.Random, used: set[str]) -> str:
    """A valid organisationsnummer (third digit 2 or more, Luhn check digit) not used before."""
    while True:
        body = "8" + str(rng.randint(0, 9)) + str(rng.randint(2, 9)) + f"{rng.randint(0, 999999):06d}"
        number = body + luhn.calc_check_digit(body)
        formatted = f"{number[:6]}-{number[6:]}"
        if formatted not in used:
            used.add(formatted)
            return formatted


def slug(text: str) -> str:
    table = str.maketrans("åäöéÅÄÖÉ", "aaoeaaoe")
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower().translate(table)).split())


def unique(make: Any, taken: set[str]) -> str:
    for attempt in range(1000):
        name = make() if attempt < 20 else f"{make()} {attempt}"
        if name.casefold() not in taken:
            taken.add(name.casefold())
            return name
    raise RuntimeError("could not find a unique name")

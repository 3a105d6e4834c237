"""The register's own status words, each explained where it stands and in the Ordlista.

A status is a claim ("avslutad" says an agreement existed and ended), so every status word the
site prints links to its explanation the first time it appears on a page (`glossary.mark_status`).
`STATUS_WORDS` maps each word, as the status labels write it (core/status.py, core/model's
OUTCOMES, the filter page's labels), to its term; tests/test_glossary.py fails when a label has
none. Edit the words here; `glossary.py` decides where they are shown."""

from __future__ import annotations

from register.site.glossary_terms import Term

STATUS_TERMS: tuple[Term, ...] = (
    Term(
        "avslaget",
        "avslaget, avslagen",
        "I registret: nämndens protokoll visar att nämnden sa nej till förslaget. Inga pengar betalas ut "
        "enligt det beslutet.",
    ),
    Term(
        "avslutad",
        "avslutad",
        "I registret: en överenskommelse som källorna fastställer och vars period har gått ut. En "
        "överenskommelse som bara är föreslagen kallas aldrig avslutad, även om perioden har passerat.",
    ),
    Term(
        "belopp-okant",
        "belopp okänt",
        "I registret: källorna visar att pengar gavs eller föreslogs, men inte hur mycket. Beloppet räknas "
        "inte som 0 kr och inte in i några summor; i nedladdade filer står det som okänt, aldrig som en tom ruta.",
    ),
    Term(
        "beslutet-ar-inte-registrerat",
        "beslutet är inte registrerat",
        "I registret: förvaltningens förslag finns bland källorna, men inte nämndens protokoll. Vad "
        "nämnden beslutade är därför inte känt här, och beloppen visas som föreslagna.",
    ),
    Term(
        "foreslagen",
        "föreslagen",
        "I registret: en överenskommelse eller förlängning som står i en tjänsteskrivelse, men vars beslut "
        "inte finns i registret. Den kan ha en period, men är inte fastställd.",
    ),
    Term(
        "kommande",
        "kommande",
        "I registret: en överenskommelse som källorna fastställer och vars period ännu inte har börjat.",
    ),
    Term(
        "osaker",
        "osäker",
        "I registret: källorna fastställer överenskommelsen, men dess period är okänd eller uppgifterna om "
        "den går isär, så det går inte att säga om den pågår.",
    ),
    Term(
        "pagaende", "pågående", "I registret: en överenskommelse som källorna fastställer och vars period gäller i dag."
    ),
    Term(
        "utfall",
        "utfall",
        "Vad nämnden beslutade i ärendet enligt protokollet: beslutat enligt förslaget, beslutat med "
        "ändringar eller avslaget. Utan protokollet står det att beslutet inte är registrerat.",
    ),
    Term(
        "inga-medel",
        "inga medel (ärende utan medel)",
        "I registret: ärendet gäller inte pengar, till exempel riktlinjer, eller källan säger att inga pengar "
        "ges. Det är något annat än belopp okänt.",
    ),
    Term(
        "medel-okanda",
        "medel okända",
        "I registret: ärendet hör ihop med pengar, till exempel inom ett partnerskap, men källorna beskriver "
        "inte vilka medel det gäller eller hur mycket. Det är inte samma sak som inga medel.",
    ),
)

# A word in a status or kind label → the term that explains it (longest words are tried first).
STATUS_WORDS: dict[str, str] = {
    "beslutet är inte registrerat": "beslutet-ar-inte-registrerat",
    "föreslaget": "foreslaget",
    "föreslagen": "foreslagen",
    "beviljat": "beviljat",
    "avslaget": "avslaget",
    "avslagen": "avslaget",
    "beslutat": "utfall",
    "pågående": "pagaende",
    "avslutad": "avslutad",
    "kommande": "kommande",
    "osäker": "osaker",
    "överföring": "overforing",
    "utan medel": "inga-medel",
    "inga medel": "inga-medel",
    "belopp okänt": "belopp-okant",
    "medel okända": "medel-okanda",
    "okänt belopp": "belopp-okant",
    "IOP-finansiering": "iop-finansiering",
    "bidrag": "bidrag",
    "medel mellan kommunala organ": "medel-mellan-kommunala-organ",
}

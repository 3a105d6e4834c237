"""The data check: each invalid fixture gives exactly the expected messages, valid data none.

Each file in tests/fixtures/invalid/ (named <field>_<reason>.yml) starts with
`# fixture: <folder>/<file name>`: the test copies the valid fixture register, drops the file in
at that place and checks it. The place may differ from the fixture's name, so mistakes that need
a folder (a file name that is not the id, two files for one record, a name claimed twice, a
.yaml file, an unknown folder) use the same one table; so does a copy of a source document
(`# fixture: ../docs/dokument/<file>`).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from support import LIVE_DATA, REPO_ROOT

from register.core.load import load_register
from register.core.problems import Problem
from register.tools.cli import main

FIXTURES = REPO_ROOT / "tests" / "fixtures"
VALID = FIXTURES / "valid"
DOCS = FIXTURES / "valid-docs"

# fixture file → the exact messages, errors first, as "line:column: field: message" (or with
# the path in front when the problem is in another file). Warnings say "varning:".
EXPECTED: dict[str, list[str]] = {
    "aliases_claimed_twice.yml": [
        "3:11: aliases[0]: namnet 'Exempelföreningen' hör också till data/organisations/foreningen-exempel.yml; ett namn eller alias får bara höra till en post: ta bort det ur den ena, eller slå ihop posterna om de är samma",
        "data/organisations/foreningen-exempel.yml:2:11: aliases[0]: namnet 'Exempelföreningen' hör också till data/organisations/annan-forening.yml; ett namn eller alias får bara höra till en post: ta bort det ur den ena, eller slå ihop posterna om de är samma",
    ],
    "amount_sek_negative.yml": [
        "14:17: grants[0].amount_sek: ett belopp kan inte vara negativt (fick '-650000'); skriv beloppet utan minustecken"
    ],
    "amount_sek_ore.yml": [
        "14:17: grants[0].amount_sek: ett belopp skrivs i hela kronor, utan ören och decimaler (fick '650000.50'); skriv bara kronorna, t.ex. 650000"
    ],
    "amount_sek_quoted.yml": [
        "14:17: grants[0].amount_sek: ett belopp skrivs som ett heltal i kronor, bara siffror utan mellanslag, punkt eller 'kr' (fick '650 000'); skriv 650000"
    ],
    "amount_sek_text.yml": [
        "14:17: grants[0].amount_sek: ett belopp skrivs som ett heltal i kronor, bara siffror utan mellanslag, punkt eller 'kr' (fick '650 000 kr'); skriv 650000"
    ],
    "amount_sek_thousands_dot.yml": [
        "14:17: grants[0].amount_sek: ett belopp skrivs som ett heltal i kronor, bara siffror utan mellanslag, punkt eller 'kr' (fick '650.000'); skriv 650000"
    ],
    "amount_sek_zero.yml": [
        "14:17: grants[0].amount_sek: ett belopp på 0 kr registreras inte (fick '0'); skriv beloppet som källan anger, eller ta bort raden om inga medel ges"
    ],
    "amount_sek_missing.yml": [
        "11:5: grants[0].amount_sek: beloppet saknas; skriv det i amount_sek (bara siffror), eller amount_unknown: true om källorna visar att det fanns medel men inte anger beloppet"
    ],
    "amount_unknown_with_amount.yml": [
        "15:21: grants[0].amount_unknown: amount_unknown: true och ett belopp i amount_sek går inte ihop; ta bort det ena"
    ],
    "money_unclear.yml": [
        "2:1: grants: ärendet säger inte vilka medel det gäller: lägg till grants eller transfers (med amount_unknown: true om beloppet är okänt), no_money med skälet, t.ex. 'ärendet gäller riktlinjer, inte pengar', eller money_not_described om källorna inte säger något om ärendets medel"
    ],
    "money_said_twice.yml": [
        "8:22: money_not_described: no_money och money_not_described går inte ihop: no_money när källan säger att ärendet inte gäller medel, money_not_described när källan inte säger något om medlen; behåll det ena"
    ],
    "no_money_with_grants.yml": [
        "15:11: no_money: no_money går inte ihop med grants eller transfers; ta bort no_money eller medlen"
    ],
    "proposal_missing.yml": [
        "8:5: grants[0]: proposal saknas; ange numret på att-satsen (förslag till beslut, punkt N) som ger medlen"
    ],
    "case_number_not_canonical.yml": [
        "8:11: related_cases[0].case: diarienumret ska skrivas PREFIX-ÅÅÅÅ-löpnummer med bindestreck (fick 'TN 2024-1'); skriv TN-2024-1"
    ],
    "case_number_prefix_unknown.yml": [
        "2:14: case_number: prefixet 'XYZ' i 'XYZ-2025-9' hör inte till något organ i data/bodies/ (kända prefix: TN); rätta prefixet eller lägg till det under case_prefixes hos organet"
    ],
    "date_nonexistent.yml": ["4:12: memo_date: datumet 2024-02-30 finns inte i kalendern; kontrollera det mot källan"],
    "date_wrong_form.yml": [
        "4:12: memo_date: ett datum skrivs ÅÅÅÅ-MM-DD, till exempel 2024-10-24 (fick '24 oktober 2024'); är bara året eller månaden känd skrivs 2024 eller 2024-10"
    ],
    "decision_id_twice.yml": [
        "2:14: case_number: ärendet TN-2024-1 finns redan i data/decisions/TN-2024-1.yml: två filer får inte beskriva samma ärende; är det här ett annat ärende, skriv dess diarienummer här (filnamnet säger TN-2025-3)"
    ],
    "earmarks_sum_differs.yml": [
        "14:7: varning: transfers[0].earmarks: fördelningen på verksamheter (90000 kr) är inte lika med beloppet (100000 kr); kontrollera mot källan"
    ],
    # A copy of a source document is published as it is.
    "document_personal_identity_number.yml": [
        "3:30: källdokumentet innehåller ett personnummer eller samordningsnummer (880320-XXXX) och publiceras som det är; ta bort numret ur kopian (skriv t.ex. ÅÅMMDD-XXXX)"
    ],
    "email_in_text.yml": [
        "3:14: description: e-postadresser får bara stå i fältet email hos en tjänsteperson (reference_official, responsible_officials); ta bort adressen ur texten"
    ],
    "email_invalid.yml": [
        "9:10: reference_official.email: det här ser inte ut som en e-postadress (fick 'test.testsson(at)example.se')"
    ],
    "field_empty.yml": ["2:6: name: värdet är tomt men fältet måste fyllas i (Namnet som det skrivs officiellt)"],
    "field_missing.yml": [
        "2:1: name: fältet saknas men måste finnas; lägg till `name:` (Namnet som det skrivs officiellt)"
    ],
    "field_unknown.yml": ["3:1: org_numer: okänt fält `org_numer`; menade du `org_number`?"],
    "file_empty.yml": ["1:1: filen är tom; fyll i posten (mallen skrivs av `register new`)"],
    "file_extension_yaml.yml": ["1:1: bara .yml-filer hör hemma här; byt filändelse till .yml eller flytta filen"],
    "file_name_differs.yml": [
        "2:14: case_number: diarienumret 'TN-2025-4' är inte samma som filnamnet 'TN-2025-3.yml'; döp om filen till TN-2025-4.yml eller rätta diarienumret"
    ],
    "file_name_personal_identity_number.yml": [
        "1:1: filnamnet innehåller ett personnummer eller samordningsnummer (880320-XXXX) och blir webbadressen; ge filen ett annat namn, t.ex. organisationens namn"
    ],
    "file_name_not_slug.yml": [
        "1:1: filnamnet får bara innehålla små bokstäver a–z, siffror och bindestreck; döp om filen till foreningen-ny.yml"
    ],
    "file_not_mapping.yml": [
        "2:1: filen ska bestå av fält på formen `namn: värde`, inte av en lista eller en ensam text"
    ],
    "file_not_utf8.yml": ["2:8: filen är inte sparad som UTF-8; spara den igen med teckenkodningen UTF-8"],
    "folder_unknown.yml": [
        "data/organisation:1:1: okänd fil eller mapp i datamappen; posterna ligger i mapparna decisions, organisations, programmes, partnerships, bodies; menade du organisations?"
    ],
    "kind_not_allowed.yml": [
        "3:7: kind: måste vara ett av municipality, executive_board, committee, working_committee, city_office, administration, department, unit (fick 'comittee'); menade du `committee`?"
    ],
    "org_number_check_digit.yml": [
        "3:13: org_number: kontrollsiffran stämmer inte för 802438-1356; kontrollera numret mot källdokumentet; står numret så i källan, skriv det i org_number_as_written i stället (visas som 'så som det står i underlaget, ej verifierat')"
    ],
    "org_number_length.yml": [
        "3:13: org_number: ett organisationsnummer skrivs med tio siffror och bindestreck, NNNNNN-NNNN (fick '802438-135')"
    ],
    "org_number_personnummer.yml": [
        "3:13: org_number: numret är ett personnummer eller samordningsnummer och får aldrig publiceras (en enskild firma har ägarens personnummer); ta bort det"
    ],
    "org_number_samordningsnummer.yml": [
        "3:13: org_number: numret är ett personnummer eller samordningsnummer och får aldrig publiceras (en enskild firma har ägarens personnummer); ta bort det"
    ],
    "org_number_sole_trader_12_digits.yml": [
        "3:13: org_number: numret är ett personnummer eller samordningsnummer och får aldrig publiceras (en enskild firma har ägarens personnummer); ta bort det"
    ],
    "organisation_id_twice.yml": [
        "1:1: filnamnet får bara innehålla små bokstäver a–z, siffror och bindestreck; posten data/organisations/foreningen-exempel.yml finns redan: två filer får inte beskriva samma organisation; slå ihop dem eller ge den här filen ett annat namn",
        "2:7: name: namnet 'Föreningen Exempel' hör också till data/organisations/foreningen-exempel.yml; ett namn eller alias får bara höra till en post: ta bort det ur den ena, eller slå ihop posterna om de är samma",
        "data/organisations/foreningen-exempel.yml:1:7: name: namnet 'Föreningen Exempel' hör också till data/organisations/Foreningen-Exempel.yml; ett namn eller alias får bara höra till en post: ta bort det ur den ena, eller slå ihop posterna om de är samma",
    ],
    "outcome_without_minutes.yml": [
        "8:11: outcome.status: ett beslut får bara registreras med protokollet som källa; fyll i outcome.source eller skriv status: not_recorded"
    ],
    "period_end_before_start.yml": [
        "17:12: grants[0].period.end: perioden slutar (2025-01-31) innan den börjar (2025-12-01); kontrollera datumen mot källan"
    ],
    "reference_missing.yml": [
        "13:16: grants[0].recipient: hänvisar till organisation 'foreningen-exempell' som inte finns; menade du 'foreningen-exempel'?",
        "14:16: grants[0].programme: hänvisar till verksamhet 'finns-inte' som inte finns; skapa posten data/programmes/finns-inte.yml eller rätta stavningen",
    ],
    # A reference to a file with its own mistakes is not reported as missing (it exists).
    "reference_to_broken_file.yml": [
        "16:17: grants[0].amount_sek: ett belopp skrivs som ett heltal i kronor, bara siffror utan mellanslag, punkt eller 'kr' (fick '50 000 kr'); skriv 50000"
    ],
    "source_document_missing.yml": [
        "5:15: sources[0].document: dokumentet 'dokument/stadgar.pdf' finns inte under docs/; lägg kopian där eller rätta sökvägen"
    ],
    "text_personal_identity_number.yml": [
        "3:14: description: texten innehåller ett personnummer eller samordningsnummer (880320-XXXX); sådana får aldrig publiceras: ta bort numret",
        "7:11: sources[0].note: texten innehåller ett personnummer eller samordningsnummer (880380XXXX); sådana får aldrig publiceras: ta bort numret",
    ],
    "type_wrong.yml": [
        "2:7: name: måste vara text (fick ett tal, '12345'); sätt värdet inom citattecken: \"12345\"",
        "3:10: aliases: måste vara en lista, en rad per värde som börjar med '- ' (fick 'Ett alias')",
    ],
    "url_data.yml": [
        "5:10: sources[0].url: en länk måste börja med https:, http: eller mailto: (fick 'data:text/html,<script>alert(1)</script>'); skriv hela adressen, till exempel https://malmo.se/"
    ],
    "website_javascript.yml": [
        "3:10: website: en länk måste börja med https:, http: eller mailto: (fick 'javascript:alert(document.cookie)'); skriv hela adressen, till exempel https://malmo.se/"
    ],
    "proposal_amount_differs.yml": [
        '14:17: grants[0].amount_sek: beloppet för 2025 stämmer inte med att-sats 1 ("Testnämnden avsätter 650 000 kronor under 2025 för verksamheten."): att-satsen anger 650 000 kr för 2025, men grants[0] ger 560 000 kr; rätta amount_sek efter att-satsen (en post per år och mottagare, alla med proposal: 1), eller skriv varför beloppen medvetet skiljer sig i amount_difference_note på posten'
    ],
    "proposal_amount_per_year_as_one.yml": [
        '11:5: grants[0]: att-sats 1 ("Testnämnden beviljar Föreningen Exempel 400 000 kronor per år 2025 och 2026.") anger 400 000 kr för 2026, men ingen post med budget_year: 2026 hänvisar till den; lägg till en post för 2026 med proposal: 1 och årets belopp (en post per år), eller skriv varför i amount_difference_note',
        '14:17: grants[0].amount_sek: beloppet för 2025 stämmer inte med att-sats 1 ("Testnämnden beviljar Föreningen Exempel 400 000 kronor per år 2025 och 2026."): att-satsen anger 400 000 kr för 2025, men grants[0] ger 800 000 kr; rätta amount_sek efter att-satsen (en post per år och mottagare, alla med proposal: 1), eller skriv varför beloppen medvetet skiljer sig i amount_difference_note på posten',
    ],
    "proposal_amount_year_forgotten.yml": [
        '11:5: grants[0]: att-sats 1 ("Testnämnden beviljar Föreningen Exempel 400 000 kronor per år 2025 och 2026.") anger 400 000 kr för 2026, men ingen post med budget_year: 2026 hänvisar till den; lägg till en post för 2026 med proposal: 1 och årets belopp (en post per år), eller skriv varför i amount_difference_note'
    ],
    # A deliberate difference, said on the grant, is no problem.
    "proposal_amount_difference_noted.yml": [],
    "amount_difference_note_without_difference.yml": [
        "16:29: varning: grants[0].amount_difference_note: beloppen stämmer med att-sats 1, så det finns ingen skillnad att förklara; ta bort amount_difference_note"
    ],
    "budget_year_range.yml": [
        "15:18: grants[0].budget_year: ett budgetår är ett enda år (fick '2025-2026'); pengar för flera år skrivs som en post per år: en post med budget_year: 2025 och en med budget_year: 2026, var och en med årets belopp och samma proposal"
    ],
    "proposal_amount_not_cited.yml": [
        "11:11: varning: proposals[1].text: att-sats 2 anger 50 000 kr, men ingen post under grants eller transfers hänvisar till den; lägg till medlen med proposal: 2, eller kontrollera att pengarna inte hör hemma i registret"
    ],
    "text_curly_quotes.yml": [
        '3:14: description: värdet står inom typografiska citattecken från Word (höger dubbelt citattecken, U+201D); YAML läser dem inte som citattecken, så de skulle synas på sidan: ta bort dem, eller byt dem mot raka citattecken (") om texten behöver citattecken'
    ],
    "text_cut_by_comment.yml": [
        "3:43: varning: description: texten efter ' #' ('#2 i Malmö') läses som en kommentar och publiceras inte, så värdet slutar vid 'Föreningen driver Mötesplats'; hör texten till värdet, sätt hela värdet inom raka citattecken (\"…\"), annars flytta kommentaren till en egen rad"
    ],
    "text_phone_number.yml": [
        "3:14: varning: description: texten innehåller ett telefonnummer (070-…); är det en privatpersons nummer (en deltagares, en medlems), ta bort det; ett växelnummer eller en tjänstepersons arbetsnummer får stå kvar"
    ],
    "document_phone_and_private_email.yml": [
        "3:35: varning: kopian av källdokumentet innehåller ett telefonnummer (070-…); är det en privatpersons nummer (en deltagares, en medlems), ta bort det; ett växelnummer eller en tjänstepersons arbetsnummer får stå kvar",
        "3:47: varning: kopian av källdokumentet innehåller en privat e-postadress (@gmail.com) och publiceras som den är; är det en privatpersons adress, ta bort den ur kopian (skriv t.ex. [e-postadress borttagen])",
    ],
    "email_private_official.yml": [
        "9:10: reference_official.email: en privat e-postadress (@hotmail.com) hör inte hemma i en tjänstepersons fält email; skriv arbetsadressen som den står i dokumentet (t.ex. fornamn.efternamn@malmo.se) eller ta bort fältet"
    ],
    "folder_wrong.yml": [
        "2:1: posten ligger i data/organisations/, men fälten (case_number, title, memo_date, body, …) visar att den är ett ärende; flytta filen till data/decisions/TN-2025-2.yml"
    ],
    "file_name_case_number_lower_case.yml": [
        "2:14: case_number: filnamnet är diarienumret i fel form ('tn-2025-9.yml'): det skrivs med stora bokstäver och bindestreck; döp om filen till TN-2025-9.yml"
    ],
    "reference_alias.yml": [
        "13:16: grants[0].recipient: hänvisar till organisation 'exempelforeningen' som inte finns; menade du 'foreningen-exempel' (Exempelföreningen)? skriv filnamnet utan .yml, inte namnet"
    ],
    "yaml_missing_colon.yml": [
        "3:1: raden saknar kolon efter fältnamnet; skriv fältet som `namn: värde`, med kolon och mellanslag"
    ],
    "yaml_list_unclosed.yml": [
        "3:10: listan inom [ ] stängs aldrig på raden, eller ett värde i den innehåller kolon eller citattecken; avsluta listan med ], sätt värdet inom citattecken, eller skriv ett värde per rad som börjar med '- '"
    ],
    "yaml_backtick.yml": [
        '2:7: ett värde börjar med tecknet `, som YAML inte tillåter först i en text; sätt hela värdet inom citattecken ("…")'
    ],
    "yaml_text_after_quote.yml": [
        "3:29: texten fortsätter efter det avslutande citattecknet; sätt hela värdet inom citattecken, med enkla citattecken utanför om texten själv har dubbla (' … \" … \" … ')"
    ],
    "template_empty.yml": [
        "23:7: title: värdet är tomt men fältet måste fyllas i (Ärendets rubrik som i tjänsteskrivelsen); är ärendet bara känt genom hänvisning, skriv i stället known_only_by_reference: true",
        "27:11: memo_date: värdet är tomt men fältet måste fyllas i (Tjänsteskrivelsens datum); är ärendet bara känt genom hänvisning, skriv i stället known_only_by_reference: true",
        "31:6: body: värdet är tomt men fältet måste fyllas i (Nämnden som beslutar); är ärendet bara känt genom hänvisning, skriv i stället known_only_by_reference: true",
        "35:16: administration: värdet är tomt men fältet måste fyllas i (Förvaltningen som skrivit tjänsteskrivelsen); är ärendet bara känt genom hänvisning, skriv i stället known_only_by_reference: true",
        "284:10: outcome.status: värdet är tomt men fältet måste fyllas i (Utfall: not_recorded (beslutet är inte registrerat), decided (beslutat enligt förslaget), changed (beslutat med ändringar), refused (avslaget). Ange bara beslut som en källa (protokollet) visar.)",
        "322:11: sources[0].title: värdet är tomt men fältet måste fyllas i (Dokumentets titel, t.ex. 'Tjänsteskrivelse ASN-2024-17401')",
    ],
    "org_number_as_written_passes.yml": [
        "3:24: varning: org_number_as_written: numret 802438-1355 klarar kontrollen av ett organisationsnummer; skriv det i org_number i stället, så blir det organisationens identifierare i öppna data"
    ],
    "org_number_as_written_beside_org_number.yml": [
        "4:24: org_number_as_written: org_number och org_number_as_written går inte ihop: det kontrollerade numret gäller; ta bort org_number_as_written, eller org_number om det inte står i källan"
    ],
    "proposal_amount_year_not_named.yml": [
        '15:18: grants[0].budget_year: att-sats 1 ("Testnämnden avsätter 650 000 kronor under 2025 för verksamheten.") anger pengar för 2025, men posten har budget_year: 2026; skriv budget_year med ett av åren i att-satsen (en post per år)'
    ],
    "yaml_colon_in_text.yml": [
        "3:19: texten innehåller kolon och mellanslag (': '), som YAML läser som ett nytt fält; sätt hela texten inom citattecken, t.ex. description: \"Syfte: …\""
    ],
    "yaml_duplicate_key.yml": [
        "4:1: name: fältet står två gånger (rad 2 och rad 4); YAML skulle tyst behålla bara det sista, så ta bort det ena"
    ],
    "yaml_duplicate_key_in_list.yml": [
        "5:5: sources[0].title: fältet står två gånger (rad 4 och rad 5); YAML skulle tyst behålla bara det sista, så ta bort det ena"
    ],
    "yaml_list_indent.yml": [
        "5:4: indraget stämmer inte i listan: fälten i en listrad ska börja i samma kolumn som fältet efter '- ', och varje ny listrad börjar med '- '"
    ],
    "yaml_tab_indent.yml": ["4:1: ett tabbtecken står i indraget; YAML tillåter bara mellanslag där"],
    "yaml_unclosed_quote.yml": ["3:8: ett citattecken öppnas men stängs aldrig; lägg till det avslutande citattecknet"],
    "yaml_wrong_indent.yml": [
        "3:3: raden är mer indragen än fältet ovanför; fält på samma nivå ska börja i samma kolumn (en grupp av fält under ett fält behöver ett tomt värde efter kolonet, t.ex. `outcome:`)"
    ],
}


def fixture_target(fixture: Path) -> str:
    """Where the fixture goes in the data folder: its first line, `# fixture: <folder>/<file>`."""
    first_line = fixture.read_bytes().splitlines()[0].decode("utf-8")
    return first_line.removeprefix("# fixture: ").strip()


def with_fixture(tmp_path: Path, fixture: Path) -> tuple[Path, Path]:
    """A copy of the valid register with `fixture` added where its first line says."""
    data = tmp_path / "data"
    shutil.copytree(VALID, data)
    target = data / fixture_target(fixture)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(fixture, target)
    return data, target


def messages(problems: list[Problem], target: Path) -> list[str]:
    """Problems as printed, errors first; the fixture's own path is left out."""
    shown = []
    for problem in sorted(problems, key=lambda p: (p.severity != "error", p)):
        text = str(problem)
        shown.append(text[len(problem.path) + 1 :] if Path(problem.path) == target else text)
    return shown


def test_every_invalid_fixture_has_expected_messages() -> None:
    assert sorted(EXPECTED) == sorted(p.name for p in (FIXTURES / "invalid").glob("*.yml"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_fixture_gives_exact_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    shutil.copytree(DOCS, tmp_path / "docs")  # a fixture may also be a document: ../docs/dokument/…
    _data, target = with_fixture(tmp_path, FIXTURES / "invalid" / name)
    monkeypatch.chdir(tmp_path)  # paths in messages as staff see them: data/…
    register, problems = load_register(Path("data"), Path("docs"))
    assert messages(problems, Path(os.path.normpath(target.relative_to(tmp_path)))) == EXPECTED[name]
    # Warnings are listed but do not stop the register; one error does.
    has_error = any("varning: " not in line for line in EXPECTED[name])
    assert (register is None) == has_error


def test_valid_fixture_register_has_no_problem() -> None:
    register, problems = load_register(VALID, DOCS)
    assert problems == []
    assert register is not None


def test_published_data_has_no_problem() -> None:
    register, problems = load_register(LIVE_DATA, REPO_ROOT / "docs")
    assert [str(p) for p in problems] == []
    assert register is not None


def test_command_exit_codes_and_total(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(VALID), "--docs-dir", str(DOCS)]) == 0
    assert "inga fel" in capsys.readouterr().out
    data, _ = with_fixture(tmp_path, FIXTURES / "invalid" / "reference_missing.yml")
    assert main(["check", str(data), "--docs-dir", str(DOCS)]) == 1
    err = capsys.readouterr().err
    assert err.strip().endswith("registerkontrollen misslyckades: 2 fel i 1 fil")


def test_all_problems_of_all_files_are_listed_at_once(tmp_path: Path) -> None:
    data, _ = with_fixture(tmp_path, FIXTURES / "invalid" / "reference_missing.yml")
    shutil.copy(FIXTURES / "invalid" / "field_unknown.yml", data / "organisations" / "okand.yml")
    _, problems = load_register(data, DOCS)
    assert len({p.path for p in problems}) == 2
    assert len(problems) == 3


def test_warnings_are_listed_after_errors_and_do_not_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, _ = with_fixture(tmp_path, FIXTURES / "invalid" / "earmarks_sum_differs.yml")
    assert main(["check", str(data), "--docs-dir", str(DOCS)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert "varning: transfers[0].earmarks: fördelningen" in out[0]
    assert out[-1] == "registerkontrollen gick igenom med 1 varning"
    shutil.copy(FIXTURES / "invalid" / "field_unknown.yml", data / "organisations" / "okand.yml")
    assert main(["check", str(data), "--docs-dir", str(DOCS)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert [("varning: " in line) for line in err[:-1]] == [False, True]
    assert err[-1] == "registerkontrollen misslyckades: 1 fel i 1 fil (och 1 varning)"


def test_a_decision_file_named_in_lower_case_gets_one_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Other records cite TN-2024-1: they are not told to create it, the file is told its name."""
    shutil.copytree(VALID, tmp_path / "data")
    (tmp_path / "data" / "decisions" / "TN-2024-1.yml").rename(tmp_path / "data" / "decisions" / "tn-2024-1.yml")
    monkeypatch.chdir(tmp_path)
    register, problems = load_register(Path("data"), None)
    assert register is None
    assert [str(p) for p in problems] == [
        "data/decisions/tn-2024-1.yml:1:14: case_number: filnamnet är diarienumret i fel form ('tn-2024-1.yml'): "
        "det skrivs med stora bokstäver och bindestreck; döp om filen till TN-2024-1.yml"
    ]


def test_check_of_one_file_from_its_folder_resolves_against_the_whole_register(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`register check X.yml` in data/decisions/: its references resolve against every record,
    and only its own problems are shown (another file's mistake is not)."""
    monkeypatch.delenv("REGISTER_DATA_DIR", raising=False)
    data, target = with_fixture(tmp_path, FIXTURES / "invalid" / "reference_missing.yml")
    shutil.copytree(DOCS, tmp_path / "docs")
    monkeypatch.chdir(data / "decisions")
    assert main(["check", "TN-2025-2.yml"]) == 0  # cites records in other folders, all found
    assert capsys.readouterr().out.strip() == "registerkontrollen gick igenom: inga fel"
    assert main(["check", target.name]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == "registerkontrollen misslyckades: 2 fel i 1 fil"
    assert all(line.startswith(f"{target.name}:") for line in err[:-1]), err
    assert main(["check"]) == 1  # no path: the data folder above, whole
    assert capsys.readouterr().err.strip().endswith("registerkontrollen misslyckades: 2 fel i 1 fil")
    assert main(["check", "../decisions"]) == 1
    capsys.readouterr()
    monkeypatch.chdir(tmp_path)
    assert main(["check", "data/organisations"]) == 0
    assert main(["check", "saknas.yml"]) == 1
    assert capsys.readouterr().err.strip() == (
        "register check: saknas.yml finns inte; ange datamappen, eller en fil eller mapp i den"
    )

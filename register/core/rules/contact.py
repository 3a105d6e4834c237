"""Contact details of private persons are never published: a telephone number in a record's
text or a memo copy, and a private e-mail address in a memo copy, are warnings (a switchboard or
an association's own address may be fine: a human judges); a private address in an official's
`email` is an error (the field is for the work address)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from register.core.contact_details import is_private_email, phone_numbers, private_emails
from register.core.fields import EmailAddress
from register.core.personal_data import document_lines
from register.core.problems import Problem
from register.core.records import Entries, Entry, Texts, display_path
from register.core.rules.common import problem_at

_PHONE_ADVICE = (
    "är det en privatpersons nummer (en deltagares, en medlems), ta bort det; ett växelnummer eller "
    "en tjänstepersons arbetsnummer får stå kvar"
)


def contact_details_in_texts(entry: Entry, texts: Texts) -> Iterator[Problem]:
    """Run by rules_on_texts in its one walk over each record's texts."""
    for loc, value in texts:
        if isinstance(value, EmailAddress):
            if is_private_email(value):
                domain = value.rsplit("@", 1)[-1].lower()
                yield problem_at(
                    entry,
                    loc,
                    (
                        f"en privat e-postadress (@{domain}) hör inte hemma i en tjänstepersons fält email; "
                        "skriv arbetsadressen som den står i dokumentet (t.ex. fornamn.efternamn@malmo.se) "
                        "eller ta bort fältet"
                    ),
                )
            continue
        for _offset, number in phone_numbers(value):
            yield problem_at(entry, loc, f"texten innehåller ett telefonnummer ({number}); {_PHONE_ADVICE}", "warning")


def contact_details_in_documents(_: Entries, docs_dir: Path | None) -> Iterator[Problem]:
    """Memo copies are published as they are."""
    if docs_dir is None or not (docs_dir / "dokument").is_dir():
        return
    for name, number, line in document_lines(docs_dir / "dokument", f"{display_path(docs_dir)}/dokument"):
        for offset, phone in phone_numbers(line):
            message = f"kopian av källdokumentet innehåller ett telefonnummer ({phone}); {_PHONE_ADVICE}"
            yield Problem(name, number, offset + 1, "", message, "warning")
        for offset, domain in private_emails(line):
            message = (
                f"kopian av källdokumentet innehåller en privat e-postadress (@{domain}) och publiceras som "
                "den är; är det en privatpersons adress, ta bort den ur kopian (skriv t.ex. [e-postadress borttagen])"
            )
            yield Problem(name, number, offset + 1, "", message, "warning")

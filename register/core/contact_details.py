"""Telephone numbers and private e-mail addresses in a text: details a human must look at
before they are published (a switchboard is fine, a participant's mobile number never is).

Used by the check (record texts, officials' `email`, the memo copies under docs/dokument/) and by
the review summary (what an added memo copy holds). A found number is shown shortened, so a
message does not publish it again.
"""

from __future__ import annotations

import re

# A Swedish number: 0 or +46 first, then digits with spaces or hyphens between groups. The
# pattern begins with its first character ("+" or "0") and only then looks behind it (at the
# character before the number): so the regex engine skips to the next "+" or "0" instead of
# trying the whole pattern at every position, three times faster over 100 MB of memo texts.
_BEFORE = r"[\w+.,/-]"  # a character a number may not follow
_PHONE = re.compile(rf"(?:\+(?<!{_BEFORE}\+)46[\s-]?(?:\(0\)[\s-]?)?|0(?<!{_BEFORE}0))\d(?:[\s-]?\d){{6,10}}(?![\w/-])")
# Addresses of free or private mailboxes: never an official's work address.
PRIVATE_MAIL_DOMAINS = (
    "gmail.com",
    "googlemail.com",
    "hotmail.com",
    "hotmail.se",
    "outlook.com",
    "outlook.se",
    "live.com",
    "live.se",
    "msn.com",
    "yahoo.com",
    "yahoo.se",
    "icloud.com",
    "me.com",
    "aol.com",
    "gmx.com",
    "gmx.net",
    "mail.com",
    "protonmail.com",
    "proton.me",
    "telia.com",
    "spray.se",
    "bredband.net",
    "comhem.se",
    "passagen.se",
)
_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def phone_numbers(text: str) -> list[tuple[int, str]]:
    """(offset, shortened number) of every telephone number in `text`."""
    found = []
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        national = digits[2:] if match.group(0).startswith("+") else digits[1:]
        if 7 <= len(national) <= 10:
            found.append((match.start(), shortened(match.group(0))))
    return found


def shortened(number: str) -> str:
    """'070-123 45 67' → '070-…': enough to find it, not enough to publish it again."""
    head = re.match(r"\+46[\s-]?(?:\(0\)[\s-]?)?\d{1,2}|0\d{1,3}(?=[\s-])|0\d{2}", number)
    return (head.group(0) if head else number[:3]) + "-…"


def is_private_email(address: str) -> bool:
    domain = address.rsplit("@", 1)[-1].strip().lower()
    return domain in PRIVATE_MAIL_DOMAINS


def private_emails(text: str) -> list[tuple[int, str]]:
    """(offset, domain) of every address at a private mailbox (gmail, hotmail, …) in `text`."""
    if "@" not in text:
        return []
    return [
        (m.start(), m.group(1).lower()) for m in _EMAIL.finditer(text) if m.group(1).lower() in PRIVATE_MAIL_DOMAINS
    ]

"""The fields a decision with a memo (tjänsteskrivelse) needs: one message per field, at its own
line, whether the rest of the file is valid or not (an empty template says all at once)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from register.core.model_decision import MEMO_FIELDS, Decision

_BY_REFERENCE = "är ärendet bara känt genom hänvisning, skriv i stället known_only_by_reference: true"


def memo_field_messages(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(field, message) for each memo field that is missing or empty, unless the decision is
    known only by reference. `values` is the file as written or the validated record's fields."""
    if values.get("known_only_by_reference") is True:
        return []
    found = []
    for name in MEMO_FIELDS:
        if values.get(name) is not None:
            continue
        description = Decision.model_fields[name].description or ""
        if name in values:
            message = f"värdet är tomt men fältet måste fyllas i ({description}); {_BY_REFERENCE}"
        else:
            message = (
                f"fältet `{name}` saknas; det behövs för ett ärende med tjänsteskrivelse ({description}); "
                f"lägg till `{name}:`; {_BY_REFERENCE}"
            )
        found.append((name, message))
    return found

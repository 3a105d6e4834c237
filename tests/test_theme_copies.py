"""The theme files we copy from Material differ from the installed Material only by our change.

`overrides/partials/header.html` is Material's header with its search slot pointing at the
register's Pagefind search. After a Material upgrade the copy would silently keep the old
header; this test applies our one change to the installed file and compares, naming the lines.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import material
from support import REPO_ROOT

MATERIAL = Path(material.__file__).parent / "templates"
OVERRIDES = REPO_ROOT / "overrides"
FIRST_COMMENT = re.compile(r"^\{#-?.*?-?#\}\n", re.S)
MATERIAL_SEARCH_SLOT = re.compile(
    r'^( *)\{% if "material/search" in config\.plugins %\}\n.*?\n\1\{% endif %\}\n', re.S | re.M
)
OUR_SEARCH_SLOT = (
    "{indent}{{#- The register's search (Pagefind, register/search.py) instead of Material's search plugin. -#}}\n"
    '{indent}{{% include "partials/search.html" %}}\n'
)


def expected_header(material_header: str) -> str:
    """Material's header with the one change the register makes (its search slot)."""
    changed, count = MATERIAL_SEARCH_SLOT.subn(
        lambda m: OUR_SEARCH_SLOT.format(indent=m.group(1)), FIRST_COMMENT.sub("", material_header, count=1)
    )
    assert count == 1, "Material's header no longer has the search slot this copy replaces: redo the copy"
    return changed


def differences(expected: str, actual: str) -> list[str]:
    return list(
        difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), "Material + vår ändring", "overrides", lineterm="", n=0
        )
    )


def test_the_header_copy_is_materials_header_with_only_the_search_slot_changed() -> None:
    expected = expected_header((MATERIAL / "partials" / "header.html").read_text(encoding="utf-8"))
    actual = FIRST_COMMENT.sub("", (OVERRIDES / "partials" / "header.html").read_text(encoding="utf-8"), count=1)
    diff = differences(expected, actual)
    assert not diff, "overrides/partials/header.html har glidit ifrån Materials header:\n" + "\n".join(diff)


def test_the_guard_sees_a_change_in_materials_header() -> None:
    """Proof the comparison can fail: an upgrade that adds a line to Material's header is reported."""
    material_header = (MATERIAL / "partials" / "header.html").read_text(encoding="utf-8")
    upgraded = material_header.replace("</header>", '  <div class="md-header__new"></div>\n</header>')
    actual = FIRST_COMMENT.sub("", (OVERRIDES / "partials" / "header.html").read_text(encoding="utf-8"), count=1)
    diff = differences(expected_header(upgraded), actual)
    assert any("md-header__new" in line for line in diff)

"""The theme files we copy from Material differ from the installed Material only by our change.

- `overrides/partials/header.html`: Material's header with its search slot pointing at the
  register's Pagefind search;
- `overrides/base.html`: Material's base with its two toggles valid HTML (no `autocomplete` on a
  checkbox) and named;
- `overrides/partials/toc.html`: Material's table of contents whose title is a `<label
  for="__toc">` only on pages in the navigation (the only pages with that toggle).

After a Material upgrade a copy would silently keep the old file; these tests apply our one
change to the installed file and compare, naming the lines.
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


def replaced_once(text: str, old: str, new: str, copy: str) -> str:
    assert text.count(old) == 1, f"Material's file no longer has what {copy} changes: redo the copy"
    return text.replace(old, new)


def expected_base(material_base: str) -> str:
    """Material's base.html with the register's change (its toggles)."""
    text = FIRST_COMMENT.sub("", material_base, count=1)
    for name, label in (("drawer", "Visa menyn"), ("search", "Visa sökningen")):
        old = f'<input class="md-toggle" data-md-toggle="{name}" type="checkbox" id="__{name}" autocomplete="off">'
        new = f'<input class="md-toggle" data-md-toggle="{name}" type="checkbox" id="__{name}" aria-label="{label}">'
        text = replaced_once(text, old, new, "overrides/base.html")
    return text


TOC_LABEL = """    <label class="md-nav__title" for="__toc">
      <span class="md-nav__icon md-icon"></span>
      {{ title }}
    </label>
"""
OUR_TOC_TITLE = (
    "    {#- The register's change: the toggle __toc exists only on pages in the navigation. #}\n"
    "    {% if page in nav.pages %}\n"
    + TOC_LABEL
    + "    {% else %}\n"
    + TOC_LABEL.replace('<label class="md-nav__title" for="__toc">', '<div class="md-nav__title">').replace(
        "</label>", "</div>"
    )
    + "    {% endif %}\n"
)


def expected_toc(material_toc: str) -> str:
    """Material's partials/toc.html with the register's change (its title)."""
    return replaced_once(FIRST_COMMENT.sub("", material_toc, count=1), TOC_LABEL, OUR_TOC_TITLE, "partials/toc.html")


def copy_of(relative: str) -> str:
    return FIRST_COMMENT.sub("", (OVERRIDES / relative).read_text(encoding="utf-8"), count=1)


def test_the_base_copy_is_materials_base_with_only_the_toggles_changed() -> None:
    expected = expected_base((MATERIAL / "base.html").read_text(encoding="utf-8"))
    diff = differences(expected, copy_of("base.html"))
    assert not diff, "overrides/base.html har glidit ifrån Materials base.html:\n" + "\n".join(diff)


def test_the_toc_copy_is_materials_toc_with_only_the_title_changed() -> None:
    expected = expected_toc((MATERIAL / "partials" / "toc.html").read_text(encoding="utf-8"))
    diff = differences(expected, copy_of("partials/toc.html"))
    assert not diff, "overrides/partials/toc.html har glidit ifrån Materials toc.html:\n" + "\n".join(diff)


def test_the_guard_sees_a_change_in_materials_base_and_toc() -> None:
    base = (MATERIAL / "base.html").read_text(encoding="utf-8").replace("</body>", "<div class=md-new></div></body>")
    assert any("md-new" in line for line in differences(expected_base(base), copy_of("base.html")))
    toc = (MATERIAL / "partials" / "toc.html").read_text(encoding="utf-8").replace("</nav>", "<hr></nav>")
    assert any("<hr>" in line for line in differences(expected_toc(toc), copy_of("partials/toc.html")))

"""Editorial pages take their facts from the register through a few macros; a macro that names a
record that does not exist stops the build with the page, the line and the id."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError
from support import REPO_ROOT, build_site, output_of

from register.core.load import load_register
from register.core.registry import Register
from register.site import editorial

VALID = Path(__file__).parent / "fixtures" / "valid"


@pytest.fixture(scope="module")
def register() -> Register:
    loaded, problems = load_register(VALID)
    assert loaded is not None, problems
    return loaded


def test_an_unknown_id_names_the_page_the_line_and_a_close_id(register: Register, tmp_path: Path) -> None:
    page = tmp_path / "tema.md"
    page.write_text('# Tema\n\nText.\n\n{{ money_by_year("programme", "exempelverksamhetn") }}\n', encoding="utf-8")
    with pytest.raises(PluginError) as raised:
        editorial.check(register, editorial.FOLLOWED, "programme", "exempelverksamhetn", "tema.md", page)
    assert str(raised.value) == (
        "tema.md:5: verksamhet 'exempelverksamhetn' finns inte i registret; menade du 'exempelverksamheten'?"
    )


def test_an_unknown_kind_is_refused(register: Register) -> None:
    with pytest.raises(PluginError, match="okänt slag av post 'decision' i ett makro"):
        editorial.check(register, editorial.FOLLOWED, "decision", "TN-2024-1", "tema.md", None)


def test_the_money_and_the_list_follow_the_register(register: Register) -> None:
    html = editorial.money_by(register, "tema/", "year", "organisation", "foreningen-exempel")
    grants = register.links_of("organisation", "foreningen-exempel").grants
    years = {str(row.year) for row in grants}
    assert years and all(f">{year}<" in html for year in years)
    listed = editorial.decision_list(register, "tema/", "organisation", "foreningen-exempel")
    shown = re.findall(r">(TN-\d{4}-\d+)<", listed)
    assert shown == [d.case_number for d in register.decisions_concerning("organisation", "foreningen-exempel")]


def test_the_example_page_is_built_from_the_register(built_site: Path) -> None:
    html = (built_site / "teman" / "thaiwise" / "index.html").read_text(encoding="utf-8")
    article = html[html.index("<article") : html.index("</article>")]
    assert 'href="../../partnerskap/iop-thaiwise/"' in article
    assert "<svg" in article and "<table" in article  # the chart and its table
    assert re.search(r'href="../../beslut/asn-\d{4}-\d+/"', article)
    assert "data-register-raw" not in article


def test_a_build_with_a_misspelt_id_stops_with_its_page_and_line(tmp_path: Path) -> None:
    site = tmp_path / "repo"
    site.mkdir()
    for name in ("hooks", "overrides", "data", "register"):
        (site / name).symlink_to(REPO_ROOT / name)
    shutil.copy(REPO_ROOT / "mkdocs.yml", site / "mkdocs.yml")
    shutil.copytree(REPO_ROOT / "docs", site / "docs")
    (site / "docs" / "teman" / "fel.md").write_text(
        '# Fel\n\n{{ decision_list("partnership", "iop-thaiwse") }}\n', encoding="utf-8"
    )
    result = build_site(tmp_path / "out", cwd=site, config=site / "mkdocs.yml", without=("REGISTER_DATA_DIR",))
    output = output_of(result)
    assert result.returncode != 0, output  # mkdocs-macros exits 100 on a macro error
    assert "teman/fel.md:3: partnerskap 'iop-thaiwse' finns inte i registret; menade du 'iop-thaiwise'?" in output
    assert "Traceback" not in output

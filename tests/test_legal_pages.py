"""The pages the law asks for: linked from the footer of every page, with what they must contain.

Tillgänglighetsredogörelse: what Digg's template asks for (lagen (2018:1937) om tillgänglighet
till digital offentlig service). Personuppgifter: controller, the data and its legal basis,
correction, data protection officer, the right to complain to IMY (GDPR articles 13–14).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from built_html import html_files, parse
from mkdocs.config import load_config
from site_pages import is_redirect
from support import REPO_ROOT, html_text
from test_site_links import Resolver

FOOTER_LINKS = {"Tillgänglighetsredogörelse": "tillganglighet/", "Personuppgifter": "personuppgifter/"}
MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"


def article_text(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    article = html[html.index("<article") : html.index("</article>")]
    return html_text(article)


def article_links(page: Path) -> list[str]:
    html = page.read_text(encoding="utf-8")
    article = html[html.index("<article") : html.index("</article>")]
    return re.findall(r'href="([^"]+)"', article)


@pytest.fixture(scope="module")
def contact_email() -> str | None:
    config = load_config(str(REPO_ROOT / "mkdocs.yml"))
    return config["extra"]["register"]["contact_email"]


def test_every_page_links_both_pages_from_its_footer(built_site: Path) -> None:
    resolver = Resolver(built_site)
    problems = []
    for page in html_files(built_site):
        if is_redirect(page):  # an address people type for a case: it only sends them on
            continue
        html = page.read_text(encoding="utf-8")
        footer = html[html.index('<footer class="md-footer"') :]
        for text, target in FOOTER_LINKS.items():
            hrefs = [r.value for r in parse(page).references if r.tag == "a" and r.text == text]
            in_footer = [href for href in hrefs if f'href="{href}"' in footer]
            resolved = {resolver.target(page, href) for href in in_footer}
            if resolved != {target}:
                problems.append(f"{page.relative_to(built_site)}: footer link '{text}' → {sorted(resolved)}")
    assert not problems, "\n".join(problems)


def test_accessibility_statement_has_what_diggs_template_asks_for(built_site: Path, contact_email: str | None) -> None:
    page = built_site / "tillganglighet" / "index.html"
    text = article_text(page)
    links = article_links(page)
    # The public body and the site.
    assert "arbetsmarknads- och socialnämnden" in text and "Malmö stad" in text
    assert load_config(str(REPO_ROOT / "mkdocs.yml"))["site_name"] in text
    # The level of compliance, in Digg's words, and the standard it is measured against.
    assert re.search(r"är \w*\s*(helt förenlig|delvis förenlig|inte förenlig) med lagen", text)
    assert "WCAG 2.1" in text and "AA" in text
    # Inaccessible content with reasons, and the exemptions claimed (or that none are).
    assert "Innehåll som inte är tillgängligt" in text and "Skälet" in text
    assert "oskäligt betungande" in text.lower()
    # Date and method of the assessment.
    assert re.search(rf"bedömningen gjordes den \d{{1,2}} ({MONTHS}) \d{{4}}", text, re.I)
    assert re.search(rf"uppdaterades senast den \d{{1,2}} ({MONTHS}) \d{{4}}", text, re.I)
    assert "självskattning" in text and "axe-core" in text
    # How to report a problem or ask for content in another form, and Digg's reporting form.
    assert "annan form" in text
    assert ("mailto:" + contact_email in links) if contact_email else ("https://malmo.se/" in links)
    assert "https://www.digg.se/tdosanmalan" in links


def test_personal_data_page_says_who_what_why_and_your_rights(built_site: Path, contact_email: str | None) -> None:
    page = built_site / "personuppgifter" / "index.html"
    text = article_text(page)
    links = article_links(page)
    assert "Personuppgiftsansvarig är arbetsmarknads- och socialnämnden i Malmö stad" in text
    for data in ("namn", "titel", "e-postadress i tjänsten"):
        assert data in text, data
    assert "artikel 6.1 e" in text and "allmänt intresse" in text
    assert "bygger på" in text  # what the assessment of the legal basis rests on
    assert "rättade" in text
    assert ("mailto:" + contact_email in links) if contact_email else ("https://malmo.se/" in links)
    assert "dataskyddsombud" in text
    assert "Integritetsskyddsmyndigheten" in text and "https://www.imy.se/" in links
    assert "inga kakor" in text

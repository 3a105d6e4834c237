"""Record pages come straight from the data, escaped, in the theme's page frame (equal to a full render)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment
from mkdocs.structure.toc import get_toc
from support import build_site, data_under_test, output_of

from register.site.page_frame import Frames

HOSTILE = "Förlängning <script>alert(1)</script> {{ config.site_name }} med ThaiWISE"


def test_a_title_from_data_is_escaped_in_title_header_and_heading(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(data_under_test(), data)
    memo = data / "decisions" / "ASN-2024-17401.yml"
    text = memo.read_text(encoding="utf-8")
    original = "title: Förlängning Idéburet offentligt partnerskap med ThaiWISE\n"
    assert original in text
    memo.write_text(text.replace(original, f'title: "{HOSTILE}"\n'), encoding="utf-8")
    result = build_site(tmp_path / "site", {"REGISTER_DATA_DIR": str(data)})
    assert result.returncode == 0, output_of(result)
    page = (tmp_path / "site" / "beslut" / "asn-2024-17401" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    escaped = "Förlängning &lt;script&gt;alert(1)&lt;/script&gt; {{ config.site_name }} med ThaiWISE"
    assert f"<title>ASN-2024-17401: {escaped} - " in page  # the browser tab
    assert page.count(escaped) >= 3  # and the header and the heading


# A theme in miniature: what Material's main.html does with a page that is not in the navigation.
THEME = """<title>{{ page.meta.title }} - Site</title><link rel="canonical" href="{{ page.canonical_url }}">
{% if page.toc | first is defined %}<a href="{{ (page.toc | first).url }}" class="skip">Hoppa</a>{% endif %}
<header>{{ page.meta.title }}</header><nav><ul>{% for item in page.toc %}
  <li><a href="{{ item.url }}">{{ item.title }}</a></li>
{% endfor %}</ul></nav>{% if "<h1" not in page.content %}<h1>{{ page.title }}</h1>{% endif %}{{ page.content }}{EXTRA}"""


class FakePage:
    def __init__(self, number: int) -> None:
        self.title = f"ASN-2024-{number}: Bidrag &amp; stöd"
        self.meta = {"title": self.title}
        self.canonical_url = f"https://example.org/beslut/asn-2024-{number}/"
        self.url = f"beslut/asn-2024-{number}/"
        self.content = f'<h1>ASN-2024-{number}</h1><h2 id="a{number}">Ett</h2><h2 id="b{number}">Två</h2>'
        self.toc = get_toc(
            [
                {"level": 2, "id": f"a{number}", "name": "Ett", "children": []},
                {"level": 2, "id": f"b{number}", "name": "Två &amp; tre", "children": []},
            ]
        )


@pytest.mark.parametrize("extra", ["", "<footer>{{ page.url }}</footer>"])
def test_a_frame_filled_per_page_equals_the_theme_or_the_theme_is_used(extra: str) -> None:
    env = Environment(loader=DictLoader({"main.html": THEME.replace("{EXTRA}", extra)}))
    frames = Frames(env)
    pages = [FakePage(number) for number in range(1, 6)]
    rendered = [frames.render("decision", {"page": page}, page) for page in pages]
    assert rendered == [env.get_template("main.html").render(page=page) for page in pages]
    if extra:  # the theme shows something else of the page: seen on the second page, then in full
        assert (frames.filled, frames.full) == (1, 4)
    else:
        assert (frames.filled, frames.full) == (5, 0)


def test_the_frames_of_the_real_site_equal_full_renders(tmp_path: Path) -> None:
    result = build_site(tmp_path / "site", {"REGISTER_CHECK_FRAMES": "all"})
    assert result.returncode == 0, output_of(result)
    records = sum(1 for folder in data_under_test().iterdir() for _ in folder.glob("*.yml"))
    assert f"register: {records} postsidor ur sidramar, 0 renderade i sin helhet" in result.stderr

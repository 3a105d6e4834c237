"""Reading the built site: the links, resources and ids of every HTML file."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

# Attributes that point somewhere, and which of them make the browser fetch something at once.
LINK_ATTRIBUTES = {"href", "src", "srcset", "data", "poster", "action", "formaction"}
LOADED_AT_ONCE = {
    ("script", "src"),
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("iframe", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("track", "src"),
    ("input", "src"),
}
# <link rel=…> values that fetch or connect without the reader doing anything.
LINK_RELS_LOADED = {
    "stylesheet",
    "icon",
    "preload",
    "prefetch",
    "preconnect",
    "dns-prefetch",
    "modulepreload",
    "manifest",
    "apple-touch-icon",
    "mask-icon",
    "prerender",
}


@dataclass(frozen=True)
class Reference:
    tag: str
    attribute: str
    value: str
    loads: bool  # fetched when the page loads (not only when followed)
    text: str = ""  # the link text, for <a>
    rel: str = ""  # <link rel=…>


@dataclass
class HtmlFile:
    ids: set[str] = field(default_factory=set)
    repeated_ids: set[str] = field(default_factory=set)  # id attributes seen more than once
    references: list[Reference] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.result = HtmlFile()
        self._open_link: tuple[str, str] | None = None
        self._text: list[str] = []
        self._id_attributes: set[str] = {""}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if values.get("id") in self._id_attributes:
            self.result.repeated_ids.add(values["id"])
        self._id_attributes.add(values.get("id", ""))
        for key in ("id", "name") if tag == "a" else ("id",):
            if values.get(key):
                self.result.ids.add(values[key])
        rels = set(values.get("rel", "").lower().split())
        for attribute in LINK_ATTRIBUTES & values.keys():
            value = values[attribute]
            urls = (
                [part.strip().split()[0] for part in value.split(",") if part.strip()]
                if attribute == "srcset"
                else [value]
            )
            loads = (tag, attribute) in LOADED_AT_ONCE or (tag == "link" and bool(rels & LINK_RELS_LOADED))
            for url in urls:
                if tag == "a" and attribute == "href":
                    self._open_link, self._text = (url, attribute), []
                else:
                    self.result.references.append(Reference(tag, attribute, url, loads, rel=" ".join(sorted(rels))))

    def handle_data(self, data: str) -> None:
        if self._open_link:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._open_link:
            url, attribute = self._open_link
            text = " ".join("".join(self._text).split())
            self.result.references.append(Reference("a", attribute, url, False, text))
            self._open_link = None


@cache
def parse(path: Path) -> HtmlFile:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.result


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))

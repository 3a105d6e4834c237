"""The generated parts of the "Öppna data" page, called by the macros (hooks/macros.py).

Every list of files and fields comes from the exports themselves, so the page describes
exactly what this build publishes.
"""

from __future__ import annotations

from register.core.model import KINDS
from register.core.registry import Register
from register.core.urls import record_json_url, record_url
from register.opendata import memo_texts, sqlite
from register.opendata import threesixtygiving as exports_360giving
from register.opendata.context import EXPORT_DIR
from register.opendata.documents import RECORD_KEYS, REGISTER_KEYS
from register.opendata.exports import OpenData
from register.opendata.settings import CHANGELOG, FORMAT_VERSION, THREESIXTYGIVING_VERSION
from register.site.formatting import number
from register.site.render import PageRenderer

TYPE_LABELS = {
    "string": "text",
    "integer": "heltal",
    "boolean": "true/false",
    "date": "datum ÅÅÅÅ-MM-DD",
    "array": "lista (JSON)",
}


def size_label(content: str | bytes | int) -> str:
    """A file's size in kB, from its text, its bytes or a number of bytes."""
    if isinstance(content, int):
        size = content
    else:
        size = len(content.encode("utf-8") if isinstance(content, str) else content)
    return f"{number(max(1, round(size / 1000)))}\u00a0kB"


def files(register: Register, open_data: OpenData, page_url: str) -> str:
    """The table of every whole-register file, with its link, content and size."""
    renderer = PageRenderer(register, page_url)
    return renderer.render(
        "open_data_files.html", files=open_data.files, schema_files=open_data.schema_files, size_label=size_label
    )


def fields(register: Register, open_data: OpenData, page_url: str, table_name: str) -> str:
    """The columns of one CSV file: name, type, allowed values and description."""
    table = next(t for t in open_data.tables if t.name == table_name)
    renderer = PageRenderer(register, page_url)
    return renderer.render("open_data_fields.html", table=table, type_labels=TYPE_LABELS)


def csv_sections(register: Register, open_data: OpenData, page_url: str) -> str:
    """A heading and a field table per CSV file (Markdown headings, so they reach the contents)."""
    parts = []
    for table in open_data.tables:
        parts.append(f"### {table.path}\n\n{table.description}\n")
        parts.append(fields(register, open_data, page_url, table.name) + "\n")
        if table.name == KINDS["decision"].folder:
            texts = PageRenderer(register, page_url).render("open_data_texts.html", texts=memo_texts.described())
            parts.append(texts + "\n")
    return "\n".join(parts)


def json_keys(register: Register, page_url: str, which: str) -> str:
    keys = REGISTER_KEYS if which == "register" else RECORD_KEYS
    return PageRenderer(register, page_url).render("open_data_keys.html", keys=keys, which=which)


def record_example(register: Register, page_url: str) -> str:
    """A link to one record's page and its JSON file, as an example of the stable addresses."""
    renderer = PageRenderer(register, page_url)
    for kind in KINDS:
        if register.entries[kind]:
            record_id = sorted(register.entries[kind])[0]
            return renderer.render(
                "open_data_example.html",
                page=renderer.href(record_url(kind, record_id)),
                json=renderer.href(record_json_url(kind, record_id)),
                json_path="/" + record_json_url(kind, record_id),
            )
    return ""


def threesixty(register: Register, open_data: OpenData, page_url: str) -> str:
    renderer = PageRenderer(register, page_url)
    return renderer.render(
        "open_data_360giving.html",
        od=open_data,
        mapping=exports_360giving.MAPPING,
        version=THREESIXTYGIVING_VERSION,
        settings=open_data.settings,
        package_path=f"{EXPORT_DIR}/{exports_360giving.FILE_NAME}",
    )


def changelog(register: Register, page_url: str) -> str:
    return PageRenderer(register, page_url).render(
        "open_data_changelog.html", changelog=CHANGELOG, version=FORMAT_VERSION
    )


def sqlite_examples(register: Register, page_url: str) -> str:
    """The example queries of register.sqlite.gz (the tests run the same ones)."""
    return PageRenderer(register, page_url).render("open_data_sqlite.html", examples=sqlite.EXAMPLES)

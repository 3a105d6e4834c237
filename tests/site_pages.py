"""Which pages of the built site the quality gates look at, found from the build itself.

Every HTML page that is not a generated record page is checked (the start page, the listings,
every hand-written page, 404.html), so a page someone adds later is covered without touching the
tests. Record pages share a few templates; of those we check, per kind, the record with the
largest page (it exercises the most of its template), and for decisions both a decision with
its memo and one known only by reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from support import REPO_ROOT

from register.core.load import default_data_dir, load_register
from register.core.model import KINDS
from register.core.registry import Register
from register.site.render import record_url


@dataclass(frozen=True)
class SitePage:
    path: str  # site path as a browser asks for it: "/", "/beslut/", "/404.html"
    why: str  # what kind of page it is, for messages


# One page of each record kind in the frozen register (what a per-page check samples).
RECORD_SAMPLES = [
    "/beslut/asn-2024-17401/",
    "/organisationer/hela-manniskan-i-malmo/",
    "/verksamheter/thaiwise/",
    "/partnerskap/iop-thaiwise/",
    "/organ/arbetsmarknads-och-socialnamnden/",
]


def is_redirect(file: Path) -> bool:
    """One of the pages at an address people type for a case (register/site/redirects.py), which
    only send the browser on: not a page of the site to check, list or search."""
    with file.open(encoding="utf-8") as stream:
        head = stream.read(600)
    return '<meta name="robots" content="noindex">' in head and 'http-equiv="refresh"' in head


def built_pages(site: Path) -> list[str]:
    """Every HTML page of the built site as a site path ("x/index.html" is served as "/x/"),
    without the redirect pages (`is_redirect`)."""
    paths = []
    for file in sorted(site.rglob("*.html")):
        if is_redirect(file):
            continue
        relative = file.relative_to(site).as_posix()
        if relative == "index.html":
            paths.append("/")
        elif relative.endswith("/index.html"):
            paths.append("/" + relative.removesuffix("index.html"))
        else:
            paths.append("/" + relative)
    return paths


def record_pages() -> tuple[dict[str, tuple[str, str]], Register]:
    """Site path of every generated record page → (kind, record id), and the checked register."""
    data_dir = REPO_ROOT / default_data_dir()
    register, problems = load_register(data_dir, REPO_ROOT / "docs")
    assert register is not None, f"the data does not pass the check: {problems}"
    return {
        "/" + record_url(kind, record_id): (kind, record_id)
        for kind, by_id in register.entries.items()
        for record_id in by_id
    }, register


def pages_to_check(site: Path) -> list[SitePage]:
    """Every page that is not a record page, plus the sample of record pages described above."""
    records, register = record_pages()
    built = built_pages(site)
    missing = sorted(set(records) - set(built))
    assert not missing, f"record pages missing from the build: {missing}"
    pages = [SitePage(path, "sida") for path in built if path not in records]

    def size(path: str) -> int:
        return (site / path.lstrip("/") / "index.html").stat().st_size

    samples: dict[str, str] = {}
    for kind in KINDS:
        paths = [p for p, (k, _) in records.items() if k == kind]
        if kind == "decision":
            by_reference = {p for p in paths if register.get(*records[p]).known_only_by_reference}
            groups = {
                "beslut med tjänsteskrivelse": [p for p in paths if p not in by_reference],
                "beslut känt genom hänvisning": sorted(by_reference),
            }
        else:
            groups = {f"post: {KINDS[kind].singular}": paths}
        for why, group in groups.items():
            if group:
                samples[why] = max(sorted(group), key=size)
    pages += [SitePage(path, why) for why, path in samples.items()]
    return pages


def search_query() -> str:
    """A query with results in any register: the case number of the first decision."""
    records, _ = record_pages()
    decisions = sorted(record_id for kind, record_id in records.values() if kind == "decision")
    assert decisions, "the register has no decisions to search for"
    return decisions[0]

"""`make bench`: the register at 1 000 and 10 000 decisions (20 000 and 50 000 on request)
against plain Material building as many Markdown pages, out of the navigation.

For each size it writes synthetic data (register.synthetic, with the real records alongside so
the searches have something true to find) under .bench/, then measures `register check` (with
an empty file cache, then after a one-file edit), the site build (MkDocs + Pagefind, with an
empty file cache like a fresh checkout in CI), the built site, a first search and a decision page in headless
Chromium, and plain Material's build of the same number of pages. Figures go to stdout and to
.bench/results.json. The last line is the build ratio against plain Material at 10 000.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from register.bench import browser as bench_browser
from register.bench import synthetic, synthetic_decision, synthetic_files
from register.bench.incremental import one_record_edit
from register.bench.local_server import served
from register.bench.measure import Measured, measure, tree_size
from register.core.model import KINDS

REPO = Path(__file__).resolve().parents[2]
QUERIES = ("ASN 2024-17401", "föreningarna")  # a case number, and a word found only through stemming
PLAIN_SIZES = {1000, 10000}  # plain Material is built at these sizes (and 50 000 with --plain-50000)


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", **extra}


def _bin(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def prepare_data(work: Path, decisions: int, seed: int) -> tuple[Path, float]:
    """Synthetic data plus the real records under work/data-N, reused while still up to date."""
    target = work / f"data-{decisions}"
    marker = target / synthetic_decision.MARKER
    if marker.is_file() and marker.read_text(encoding="utf-8") == synthetic_files.marker_text(decisions, seed, True):
        return target, 0.0
    start = time.perf_counter()
    synthetic_files.write(target, decisions, seed, with_data=REPO / "data", protected=REPO / "data")
    return target, time.perf_counter() - start


def plain_markdown(record: synthetic.Synthetic) -> str:
    """A Markdown page with the record's text: headings, paragraphs and lists, no macros."""
    data = record.data
    title = f"{data['case_number']}: {data.get('title', '')}" if record.kind == "decision" else data["name"]
    lines = [f"# {title}", ""]

    def add(value: Any, heading: str | None = None) -> None:
        if isinstance(value, dict):
            if "heading" in value:
                lines.extend([f"{'#' * value['level']} {value['heading']}", "", str(value.get("text", "")), ""])
                return
            for key, item in value.items():
                add(item, key)
        elif isinstance(value, list):
            for item in value:
                add(item, heading)
        elif isinstance(value, str) and len(value) > 60:
            lines.extend([value, ""])
        elif value is not None and heading:
            lines.append(f"- **{heading}:** {value}")

    add({key: value for key, value in data.items() if key not in ("name", "title")})
    return "\n".join(lines) + "\n"


def build_plain(work: Path, decisions: int, pages: int, seed: int) -> dict[str, Any]:
    """Plain Material (with its search) building `pages` Markdown pages kept out of the nav."""
    project = work / f"plain-{decisions}"
    shutil.rmtree(project, ignore_errors=True)
    docs = project / "docs"
    (docs / "sidor").mkdir(parents=True)
    (docs / "index.md").write_text("# Vanlig Material\n\nJämförelse för make bench.\n", encoding="utf-8")
    records = [record for record in synthetic.generate(decisions, seed)]
    for number in range(pages - 1):
        record = records[number % len(records)]
        (docs / "sidor" / f"{number:06d}.md").write_text(plain_markdown(record), encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "site_name: Vanlig Material\nsite_url: http://127.0.0.1:8000/\n"
        "theme:\n  name: material\n  language: sv\n  font: false\n"
        "plugins:\n  - search\nnav:\n  - Start: index.md\nnot_in_nav: |\n  /sidor/\n",
        encoding="utf-8",
    )
    run = measure(
        [_bin("mkdocs"), "build", "--site-dir", str(project / "site")], project, _env(), work / f"plain-{decisions}.log"
    )
    if run.returncode != 0:
        raise SystemExit(f"plain Material build failed, see {work / f'plain-{decisions}.log'}")
    index = (project / "site" / "search" / "search_index.json").read_bytes()
    figures = {
        "build": asdict(run) | {"output": ""},
        "pages": pages,
        "search_index_bytes": len(index),
        "search_index_gzip_bytes": len(gzip.compress(index, 6)),
    }
    shutil.rmtree(docs)  # the Markdown is only needed for the build
    return figures


def measure_check(work: Path, data: Path, decisions: int) -> tuple[Measured, Measured]:
    """`register check` with an empty file cache, then as staff run it: after editing one file
    (one decision's title), with the cache of the first run. The file is put back afterwards."""
    cache = work / f"check-cache-{decisions}"
    shutil.rmtree(cache, ignore_errors=True)
    env = _env(REGISTER_CACHE_DIR=str(cache))
    command = [_bin("register"), "check", str(data), "--docs-dir", "docs"]
    cold = measure(command, REPO, env)
    edited = next(iter(sorted((data / "decisions").glob("SAN-*.yml"))))
    original = edited.read_bytes()
    try:
        edited.write_bytes(re.sub(rb"(?m)^title: (.*)$", rb"title: \1 (redigerad)", original, count=1))
        warm = measure(command, REPO, env)
    finally:
        edited.write_bytes(original)
    shutil.rmtree(cache, ignore_errors=True)
    return cold, warm


def _is_redirect(page: Path) -> bool:
    """A page that only sends the reader on (register/site/redirects.py: /beslut/ASN-…/): not a
    page plain Material is compared with."""
    with open(page, "rb") as handle:
        return b'http-equiv="refresh"' in handle.read(1024)


def measure_size(
    work: Path, decisions: int, seed: int, plain: bool, browser: bool, incremental: bool = True
) -> dict[str, Any]:
    data, generated_s = prepare_data(work, decisions, seed)
    records = {kind.name: len(list((data / kind.folder).glob("*.yml"))) for kind in KINDS.values()}
    check, check_warm = measure_check(work, data, decisions)
    site = work / f"site-{decisions}"
    shutil.rmtree(site, ignore_errors=True)  # as plain Material: a build into a fresh folder
    cache = work / f"cache-{decisions}"
    shutil.rmtree(cache, ignore_errors=True)  # and with nothing kept from an earlier build

    def build_site(log: Path) -> Any:
        env = _env(REGISTER_DATA_DIR=str(data), REGISTER_CACHE_DIR=str(cache))
        return measure([_bin("mkdocs"), "build", "--strict", "--site-dir", str(site)], REPO, env, log)

    build = build_site(work / f"build-{decisions}.log")
    if check.returncode != 0 or check_warm.returncode != 0 or build.returncode != 0:
        raise SystemExit(f"check or build failed at {decisions}; see {work / f'build-{decisions}.log'}")
    search_parts = re.search(r"Sökindexet: (\d+) delar", build.output)
    python_peak = re.search(r"MkDocs-processens minnestopp (\d+) MB", build.output)
    files, size = tree_size(site)
    search_size = sum(tree_size(site / folder)[1] for folder in ("pagefind", "pagefind-delar"))
    _, open_data_size = tree_size(site / "oppna-data")
    record_json = [p for kind in KINDS.values() for p in (site / kind.url_segment).glob("*.json")]
    pages = sum(1 for page in site.rglob("index.html") if not _is_redirect(page))
    sitemaps = sorted(p.name for p in site.glob("sitemap*.xml"))
    result: dict[str, Any] = {
        "decisions": decisions,
        "records": records,
        "generated_s": generated_s,
        "check": asdict(check) | {"output": ""},
        "check_after_edit": asdict(check_warm) | {"output": ""},
        "build": asdict(build) | {"output": ""},
        "site_files": files,
        "site_bytes": size,
        "search_bytes_on_disk": search_size,
        "open_data_bytes": open_data_size,
        "record_json_files": len(record_json),
        "record_json_bytes": sum(p.stat().st_size for p in record_json),
        "pages": pages,
        "sitemaps": sitemaps,
        "mkdocs_peak_mb": int(python_peak.group(1)) if python_peak else None,
        "search_parts": int(search_parts.group(1)) if search_parts else None,
    }
    if browser:
        sample = next(p.stem for p in sorted((data / "decisions").glob("SAN-*.yml")))
        with served(site) as base, bench_browser.chromium() as chromium:
            result["search"] = [asdict(bench_browser.search(chromium, base, query)) for query in QUERIES]
            html, total = bench_browser.page_weight(chromium, base, f"/beslut/{sample.lower()}/")
            result["decision_page"] = {"path": f"/beslut/{sample.lower()}/", "html_bytes": html, "load_bytes": total}
    if plain:
        result["plain"] = build_plain(work, decisions, pages, seed)
    if incremental:  # last: it changes the built site
        result["incremental"] = one_record_edit(data, lambda: build_site(work / f"rebuild-{decisions}.log"))
    return result


def mb(size: float) -> str:
    return f"{size / 1e6:.1f} MB"


def report(result: dict[str, Any]) -> list[str]:
    n, check, warm, build = result["decisions"], result["check"], result["check_after_edit"], result["build"]
    lines = [
        f"== {n} decisions ({sum(result['records'].values())} records, {result['pages']} pages)",
        f"check: cold {check['wall_s']:.1f} s, after a one-file edit {warm['wall_s']:.1f} s (target ≤ 3 s); "
        f"CPU {check['cpu_s']:.1f} s and {warm['cpu_s']:.1f} s, {check['max_rss_mb']:.0f} MB and "
        f"{warm['max_rss_mb']:.0f} MB",
        f"build: {build['wall_s']:.1f} s wall, {build['cpu_s']:.1f} s CPU (MkDocs + Pagefind), "
        f"peak memory {build['max_rss_mb']:.0f} MB (largest process), {build['tree_rss_mb']:.0f} MB (all processes), "
        f"MkDocs process alone {result['mkdocs_peak_mb']} MB (target ≤ 1500 MB, all processes); "
        f"search index in {result['search_parts']} parts",
        f"site: {mb(result['site_bytes'])} ({result['site_bytes'] / n / 1e3:.0f} kB per decision; target ≤ 40 kB) "
        f"in {result['site_files']} files, of which search index "
        f"{mb(result['search_bytes_on_disk'])}; sitemap files: {', '.join(result['sitemaps'])}",
        f"open data: oppna-data/ {mb(result['open_data_bytes'])}, one JSON file per record "
        f"{mb(result['record_json_bytes'])} in {result['record_json_files']} files",
    ]
    if "incremental" in result:
        again = result["incremental"]
        lines.append(
            f"rebuild after a one-record edit ({again['edited']}): {again['wall_s']:.1f} s wall, "
            f"{again['cpu_s']:.1f} s CPU, {again['tree_rss_mb']:.0f} MB; {again['pages_kept']} record pages kept, "
            f"{again['search_parts_indexed']} of {again['search_parts']} search parts indexed again; "
            f"{again['wall_s'] / build['wall_s'] * 100:.0f} % of the full build (target ≤ 10 %)"
        )
    if "decision_page" in result:
        page = result["decision_page"]
        lines.append(
            f"decision page {page['path']}: {page['html_bytes'] / 1e3:.0f} kB HTML, "
            f"{page['load_bytes'] / 1e3:.0f} kB for a cold load"
        )
    for search in result.get("search", []):
        lines.append(
            f"first search '{search['query']}': {search['bytes_fetched'] / 1e3:.0f} kB in "
            f"{search['requests']} requests, results in {search['ms_first']:.0f} ms "
            f"(again: {search['ms_again']:.0f} ms; ready {search['ms_ready']:.0f} ms after opening), "
            f"first result {search['first_result']}"
        )
    if "plain" in result:
        plain = result["plain"]
        ratio = build["wall_s"] / plain["build"]["wall_s"]
        cpu_ratio = build["cpu_s"] / plain["build"]["cpu_s"]
        lines.append(
            f"plain Material, {plain['pages']} pages: {plain['build']['wall_s']:.1f} s wall, "
            f"{plain['build']['cpu_s']:.1f} s CPU, {plain['build']['max_rss_mb']:.0f} MB; "
            f"its search index {mb(plain['search_index_bytes'])} ({mb(plain['search_index_gzip_bytes'])} gzipped)"
        )
        lines.append(f"ratio register / plain Material: {ratio:.2f} wall, {cpu_ratio:.2f} CPU")
        for search in result.get("search", []):
            lines.append(
                f"first search '{search['query']}' fetches 1/{plain['search_index_bytes'] / search['bytes_fetched']:.0f} "
                f"of Material's whole index (1/{plain['search_index_gzip_bytes'] / search['bytes_fetched']:.0f} of it gzipped)"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="register bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 20000])
    parser.add_argument("--with-50000", action="store_true", help="also 50 000 decisions (site size, sitemap index)")
    parser.add_argument("--plain-50000", action="store_true", help="also plain Material at 50 000 pages")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--work", type=Path, default=REPO / ".bench")
    args = parser.parse_args(argv)
    sizes = sorted(set(args.sizes + ([50000] if args.with_50000 else [])))
    plain_sizes = PLAIN_SIZES | ({50000} if args.plain_50000 else set())
    args.work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    results: dict[int, dict[str, Any]] = {}
    for n in sizes:
        results[n] = measure_size(args.work, n, args.seed, plain=n in plain_sizes, browser=n <= 20000 or n == 50000)
        print("\n".join(report(results[n])), flush=True)
    (args.work / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    if 10000 in results and 20000 in results:
        wall = results[20000]["build"]["wall_s"] / results[10000]["build"]["wall_s"]
        cpu = results[20000]["build"]["cpu_s"] / results[10000]["build"]["cpu_s"]
        print(f"linearity build(20000)/build(10000): {wall:.2f} wall, {cpu:.2f} CPU (target ≤ 2.1)")
    print(f"bench took {(time.perf_counter() - started) / 60:.1f} min; figures in {args.work / 'results.json'}")
    if 10000 in results and "incremental" in results[10000]:
        print(f"incremental rebuild at 10000: {results[10000]['incremental']['wall_s']:.1f} s")
    if 10000 in results and "plain" in results[10000]:
        ratio = results[10000]["build"]["wall_s"] / results[10000]["plain"]["build"]["wall_s"]
        print(f"build ratio vs plain Material at 10000: {ratio:.2f}")
    return 0

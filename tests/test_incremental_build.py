"""A build that keeps pages and search parts from the last one gives the bytes of a full build.

register.site.page_cache keeps each record page under a key made of what the page read
(register.site.tracked_register) and register.site.search_parts keeps each part of the search
index under a digest of its pages. Here a frozen register is built once, then changed the ways
staff change it (a name other pages show, a title, an amount, a new record, a removed one); after
each change a build with the cache and a build without it must give the same files with the same
bytes, and the build with the cache must have kept most pages: else it would be right only
because it made everything again.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

from support import REPO_ROOT, build_site, output_of

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "register"
EPOCH = "1700000000"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name}: {old!r} saknas"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _rename_organisation(data: Path) -> None:
    _replace(
        data / "organisations" / "hela-manniskan-i-malmo.yml",
        "name: Hela Människan i Malmö",
        "name: Hela Människan Malmö ideell förening",
    )


def _change_title(data: Path) -> None:
    path = data / "decisions" / "ASN-2022-14203.yml"
    title = re.search(r"^title: (.*)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert title is not None
    _replace(path, title.group(0), f"title: Ny rubrik för {title.group(1)}")


def _change_amount(data: Path) -> None:
    path = data / "decisions" / "ASN-2024-17401.yml"
    amount = re.search(r"^( +)amount_sek: (\d+)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert amount is not None
    indent, sek = amount.group(1), int(amount.group(2))
    note = f"{indent}amount_difference_note: Ändrat i ett test av bygget med cache."
    _replace(path, amount.group(0), f"{indent}amount_sek: {sek + 1000}\n{note}")


def _add_decision(data: Path) -> None:
    source = (data / "decisions" / "ASN-2020-13691.yml").read_text(encoding="utf-8")
    (data / "decisions" / "ASN-2025-99001.yml").write_text(
        source.replace("ASN-2020-13691", "ASN-2025-99001"), encoding="utf-8"
    )


def _remove_decision(data: Path) -> None:
    (data / "decisions" / "ASN-2025-99001.yml").unlink()


CHANGES: list[tuple[str, Callable[[Path], None]]] = [
    ("ett namn som andra sidor visar", _rename_organisation),
    ("en rubrik", _change_title),
    ("ett belopp", _change_amount),
    ("ett nytt ärende", _add_decision),
    ("ett borttaget ärende", _remove_decision),
]


def _build(site: Path, data: Path, cache: Path | None) -> str:
    env = {"REGISTER_DATA_DIR": str(data), "SOURCE_DATE_EPOCH": EPOCH}
    env.update({"REGISTER_CACHE_DIR": str(cache)} if cache else {"REGISTER_CACHE": "0"})
    result = build_site(site, env)
    assert result.returncode == 0, output_of(result)
    return output_of(result)


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _kept(log: str) -> int:
    found = re.search(r"(\d+) postsidor oförändrade sedan förra bygget", log)
    assert found, log
    return int(found.group(1))


def test_a_build_with_kept_pages_is_byte_identical_to_a_full_build(tmp_path: Path) -> None:
    data, cache = tmp_path / "data", tmp_path / "cache"
    shutil.copytree(FIXTURE, data)
    first = _build(tmp_path / "first", data, cache)
    assert _kept(first) == 0
    again = _build(tmp_path / "again", data, cache)
    pages = _kept(again)
    assert pages >= 20 and "Sökindexet: 1 delar, 0 indexerade nu" in again, again  # nothing changed: all kept
    assert _files(tmp_path / "again") == _files(tmp_path / "first")

    for number, (what, change) in enumerate(CHANGES):
        change(data)
        kept = _build(tmp_path / f"kept-{number}", data, cache)
        _build(tmp_path / f"full-{number}", data, None)
        with_cache, without = _files(tmp_path / f"kept-{number}"), _files(tmp_path / f"full-{number}")
        assert sorted(with_cache) == sorted(without), f"{what}: {set(with_cache) ^ set(without)}"
        differing = [name for name in with_cache if with_cache[name] != without[name]]
        assert not differing, f"efter {what} skiljer sig bygget med cache från ett helt bygge: {differing}"
        assert 0 < _kept(kept) < pages + 1, f"{what}: {kept}"
        shutil.rmtree(tmp_path / f"kept-{number}")
        shutil.rmtree(tmp_path / f"full-{number}")

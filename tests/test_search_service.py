"""The build never hangs on Pagefind: a crash, silence or unreadable answers stop it with a message."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError

from register.site.search import LiveIndex, wait_until_written

SERVICE = Path(__file__).parent / "fixtures" / "fake-pagefind" / "service.py"


def index(mode: str, stall_seconds: float = 2.0) -> LiveIndex:
    return LiveIndex([sys.executable, str(SERVICE), mode], stall_seconds=stall_seconds)


def test_a_working_service_indexes_and_writes(tmp_path: Path) -> None:
    live = index("answers")
    for n in range(5):
        live.add_page("<article class='md-content__inner'>text</article>", f"sida-{n}/")
    live.write_bundle(tmp_path / "pagefind")
    assert (tmp_path / "pagefind" / "pagefind.js").is_file()


def test_a_crash_stops_the_build_with_what_pagefind_said(tmp_path: Path) -> None:
    live = index("crash")
    live.add_page("<p>x</p>", "a/")
    with pytest.raises(PluginError, match=r"Pagefind avslutades.*crashed on purpose"):
        live.write_bundle(tmp_path / "pagefind")


def test_silence_stops_the_build_after_the_stall_time() -> None:
    started = time.monotonic()
    with pytest.raises(PluginError, match="har inte svarat på 1 s medan bygget väntade på svar på NewIndex"):
        index("silent", stall_seconds=1.0)
    assert time.monotonic() - started < 30


def test_an_answer_that_cannot_be_read_wakes_the_build() -> None:
    with pytest.raises(PluginError, match="svaren från Pagefind gick inte att läsa"):
        index("garbage", stall_seconds=20.0)


def test_a_bundle_that_is_never_complete_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "pagefind.js").write_text("x", encoding="utf-8")
    with pytest.raises(PluginError, match=r"saknas: pagefind-ui\.js, pagefind-ui\.css, pagefind-entry\.json"):
        wait_until_written(tmp_path, stall_seconds=1.0, quiet_for=0.2)

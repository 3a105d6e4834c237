"""A partnership's timeline and its status computed on a fixed build date (REGISTER_TODAY)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect

PAGE = "/partnerskap/iop-thaiwise/"


def test_status_on_a_date_while_the_extension_runs(page: Page, site_built_on: Callable[[str], str]) -> None:
    page.goto(site_built_on("2025-10-15") + PAGE)
    status = page.locator(".register-partnership-status")
    expect(status).to_contain_text("Status 15 oktober 2025: pågående")
    expect(status).to_contain_text("löper ut inom 90 dagar")
    expect(status).to_contain_text("31 december 2025, om 77 dagar")
    statuses = page.locator("table.register-agreements tbody tr .register-period-status")
    expect(statuses).to_have_text(["avslutad", "avslutad", "pågående"])


def test_status_before_the_first_agreement(page: Page, site_built_on: Callable[[str], str]) -> None:
    page.goto(site_built_on("2019-06-01") + PAGE)
    status = page.locator(".register-partnership-status")
    expect(status).to_contain_text("Status 1 juni 2019: kommande")
    expect(status).not_to_contain_text("löper ut")
    statuses = page.locator("table.register-agreements tbody tr .register-period-status")
    expect(statuses).to_have_text(["kommande", "kommande", "kommande"])


def test_the_timeline_shows_the_conflict_and_the_unknown_start(page: Page, site_built_on: Callable[[str], str]) -> None:
    page.goto(site_built_on("2025-10-15") + PAGE)
    figure = page.locator("figure.register-timeline")
    chart = figure.get_by_role("img", name="Överenskommelserna på en tidslinje")
    expect(chart).to_be_visible()
    # The conflicting start is drawn as a hatched band; the unknown start as a dotted line.
    expect(chart.locator("rect[fill^='url(']")).to_have_count(1)
    expect(chart.locator("line[stroke-dasharray]")).to_have_count(1)
    expect(chart).to_contain_text("start okänd")
    summary = figure.locator("#tidslinje-graf-summary")
    expect(summary).to_contain_text("31 januari 2025 eller 1 januari 2025 (källorna går isär)")
    expect(summary).to_contain_text("ett datum som källorna inte anger (uppgift saknas) till 30 december 2024")
    expect(summary).to_contain_text("från 2020 till 2022")


def test_funding_per_year_on_the_partnership_page(page: Page, site_built_on: Callable[[str], str]) -> None:
    page.goto(site_built_on("2025-10-15") + PAGE)
    table = page.locator("table", has=page.locator("caption", has_text="Medel per år till"))
    rows = table.locator("tbody tr").evaluate_all(
        "rows => rows.map(r => r.cells[0].innerText + ': ' + r.cells[2].innerText)"
    )
    assert rows == ["2022: 1\u00a0000\u00a0000\u00a0kr", "2025: 650\u00a0000\u00a0kr"]

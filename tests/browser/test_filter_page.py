"""Filtrera: counts beside each value, filters in the address, sorting, the CSV of a filtered
view, and a complete table without JavaScript."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Browser, Page, expect

ALL_ROWS = 9  # 3 grants, 3 of unknown amount, 1 transfer and 2 decisions without money in the seed data


def option_texts(page: Page, name: str) -> list[str]:
    return page.locator(f"select[name={name}] option").all_inner_texts()


def shown_rows(page: Page) -> list[str]:
    """The case number of every visible row, in order."""
    return page.locator("#register-filter-table tbody tr:visible td[data-col=arende]").all_inner_texts()


def test_counts_beside_each_value_follow_the_other_filters(page: Page, site_url: str) -> None:
    page.goto(site_url + "/filtrera/")
    expect(page.locator("#register-filter-status")).to_have_text(f"Visar {ALL_ROWS} av {ALL_ROWS} rader.")
    # A grant of unknown amount counts in every year of its period (only the end year when the
    # sources give no start: ASN-2022-16170 is in 2024, not in 2022 or 2023).
    assert option_texts(page, "ar") == [
        "Alla (9)",
        "2020 (2)",
        "2021 (2)",
        "2022 (5)",
        "2024 (1)",
        "2025 (1)",
        "uppgift saknas (2)",
    ]
    assert "Hela Människan i Malmö (5)" in option_texts(page, "organisation")
    assert "medel mellan kommunala organ (1)" in option_texts(page, "slag")

    page.select_option("select[name=organisation]", label="Hela Människan i Malmö (5)")
    expect(page.locator("#register-filter-status")).to_have_text(f"Visar 5 av {ALL_ROWS} rader.")
    assert shown_rows(page) == [
        "ASN-2024-17401",
        "ASN-2022-14203",
        "ASN-2022-16170",
        "ASN-2020-13691",
        "ASN-2019-17494",
    ]
    # The year counts now count only Hela Människan's rows; the organisation counts ignore
    # their own choice so that other organisations can still be picked.
    assert option_texts(page, "ar") == [
        "Alla (5)",
        "2020 (2)",
        "2021 (2)",
        "2022 (3)",
        "2024 (1)",
        "2025 (1)",
        "uppgift saknas (0)",
    ]
    assert "Internationella Kvinnoföreningen (1)" in option_texts(page, "organisation")
    expect(page.locator("#register-filter-sums [data-sum=proposed]")).to_have_text("1\u00a0650\u00a0000\u00a0kr")


def test_the_address_reflects_the_filters_and_can_be_shared(page: Page, site_url: str) -> None:
    page.goto(site_url + "/filtrera/")
    page.select_option("select[name=ar]", "2022")
    page.fill("input[name=min]", "500000")
    page.select_option("select[name=sortera]", "belopp-storst")
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"ar": ["2022"], "min": ["500000"], "sortera": ["belopp-storst"]}

    shared = page.url
    other = page.context.new_page()
    other.goto(shared)
    expect(other.locator("#register-filter-status")).to_have_text(f"Visar 2 av {ALL_ROWS} rader.")
    expect(other.locator("select[name=ar]")).to_have_value("2022")
    amounts = other.locator("#register-filter-table tbody tr:visible").evaluate_all(
        "rows => rows.map(r => Number(r.dataset.amount))"
    )
    assert amounts == [1300000, 1000000]  # the transfer and the larger grant, largest first


def test_sorting_by_date_and_by_amount(page: Page, site_url: str) -> None:
    page.goto(site_url + "/filtrera/?slag=grant")
    page.select_option("select[name=sortera]", "belopp-minst")
    amounts = page.locator("#register-filter-table tbody tr:visible").evaluate_all(
        "rows => rows.map(r => Number(r.dataset.amount))"
    )
    assert amounts == [300000, 1000000]
    expect(page.locator("th[data-sort=belopp]")).to_have_attribute("aria-sort", "ascending")
    page.goto(site_url + "/filtrera/?sortera=datum-aldst")
    dates = page.locator("#register-filter-table tbody tr:visible").evaluate_all(
        "rows => rows.map(r => r.dataset.date).filter(Boolean)"
    )
    assert dates == sorted(dates) and dates[0] == "2022-09-21"


def download_csv(page: Page) -> tuple[bytes, list[dict[str, str]]]:
    """Click the download button: the file's bytes and its rows (semicolon-separated)."""
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Ladda ner de visade raderna som CSV").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    raw = Path(download.path()).read_bytes()
    return raw, list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_the_filtered_rows_download_as_csv_for_swedish_excel(page: Page, site_url: str) -> None:
    page.goto(site_url + "/filtrera/?organisation=hela-manniskan-i-malmo")
    expect(page.locator("#register-filter-status")).to_have_text(f"Visar 5 av {ALL_ROWS} rader.")
    raw, rows = download_csv(page)
    # Swedish Excel opens a file on double-click as UTF-8 only with the byte order mark, and
    # splits columns at semicolons (a comma is the decimal sign there).
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].split(b"\r\n", 1)[0] == (
        "datum;diarienummer;nämnd;mottagare;verksamhet;slag;år;belopp_kr;beloppstyp;status;adress".encode()
    )
    assert [
        (r["diarienummer"], r["mottagare"], r["belopp_kr"], r["beloppstyp"], r["år"], r["datum"]) for r in rows
    ] == [
        ("ASN-2024-17401", "Hela Människan i Malmö", "650000", "känt", "2025", "2024-10-03"),
        ("ASN-2022-14203", "Hela Människan i Malmö", "1000000", "känt", "2022", "2022-09-21"),
        ("ASN-2022-16170", "Hela Människan i Malmö", "", "okänt", "t.o.m. 2024 (start okänd)", ""),
        ("ASN-2020-13691", "Hela Människan i Malmö", "", "okänt", "2020–2022", ""),
        ("ASN-2019-17494", "Hela Människan i Malmö", "", "okänt", "2020–2022", ""),
    ]
    assert rows[0]["status"] == "föreslaget – beslutet är inte registrerat"
    assert re.match(r"^http://127\.0\.0\.1:\d+/beslut/asn-2024-17401/$", rows[0]["adress"])


def test_the_csv_follows_the_shown_order_and_never_leaves_an_amount_unexplained(page: Page, site_url: str) -> None:
    page.goto(site_url + "/filtrera/?sortera=belopp-storst")
    shown = shown_rows(page)
    _, rows = download_csv(page)
    assert [r["diarienummer"] for r in rows] == shown
    known = [int(r["belopp_kr"]) for r in rows if r["beloppstyp"] == "känt"]
    assert known == sorted(known, reverse=True) and len(known) >= 3
    assert {r["beloppstyp"] for r in rows} == {"känt", "okänt", "inga medel"}
    assert all((r["belopp_kr"] == "") == (r["beloppstyp"] != "känt") for r in rows), rows


def test_the_caption_follows_the_filters_and_the_sort(page: Page, site_url: str) -> None:
    page.goto(site_url + "/filtrera/")
    caption = page.locator("#register-filter-table caption")
    expect(caption).to_have_text(f"Ärenden och medel, nyast först ({ALL_ROWS} rader)")
    page.select_option("select[name=organisation]", "hela-manniskan-i-malmo")
    page.select_option("select[name=sortera]", "belopp-storst")
    expect(caption).to_have_text(f"Ärenden och medel, störst belopp först (5 av {ALL_ROWS} rader)")


def test_no_developer_note_on_the_public_page(page: Page, site_url: str) -> None:
    page.goto(site_url + "/filtrera/")
    assert "Utan JavaScript" not in page.locator("article").inner_text()


def test_without_javascript_the_table_is_complete(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, locale="sv-SE")
    page = context.new_page()
    try:
        page.goto(site_url + "/filtrera/")
        expect(page.locator("#register-filter")).to_be_hidden()
        rows = page.locator("#register-filter-table tbody tr")
        expect(rows).to_have_count(ALL_ROWS)
        for index in range(ALL_ROWS):
            expect(rows.nth(index)).to_be_visible()
        expect(page.locator("#register-filter-table caption")).to_contain_text(f"({ALL_ROWS} rader)")
        expect(rows.first).to_contain_text("ASN-2024-17401")
    finally:
        context.close()

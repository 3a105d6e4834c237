"""mkdocs-macros module: exposes the validated register to hand-written pages.

It reads no files and validates nothing: the hook hands over the checked register
(`register_state`), and every macro renders through the `register` package.
"""

from __future__ import annotations

from typing import Any

from register.site import listings, open_data_page, overviews


def define_env(env: Any) -> None:
    def state() -> Any:
        return env.variables["register_state"]

    def here() -> str:
        return env.page.url

    def block(html: str) -> str:
        """Finished HTML that grows with the register: kept out of Python-Markdown (raw_html.py)."""
        return state().raw_html.keep(html)

    @env.macro
    def record_list(kind: str) -> str:
        """Every record of one kind as a table (kind: decision, organisation, …)."""
        return block(listings.listing(state().register, here(), kind))

    @env.macro
    def latest_decisions(limit: int = 10) -> str:
        return listings.latest_decisions(state().register, here(), limit)

    @env.macro
    def register_overview() -> str:
        return listings.overview(state().register, here())

    @env.macro
    def money_totals() -> str:
        return block(overviews.money_totals(state().register, here()))

    @env.macro
    def money_chart(dimension: str) -> str:
        """Money by one dimension: year, committee, organisation, programme or kind."""
        return block(overviews.money_chart(state().register, here(), dimension))

    @env.macro
    def money_transfers() -> str:
        return block(overviews.money_transfers(state().register, here()))

    @env.macro
    def filter_table() -> str:
        return block(overviews.filter_table(state().register, here()))

    @env.macro
    def glossary() -> str:
        return overviews.glossary_list()

    # --- The "Öppna data" page: every list of files and fields comes from this build's exports.
    def open_data() -> Any:
        return env.variables["open_data"]

    @env.macro
    def open_data_files() -> str:
        return open_data_page.files(state().register, open_data(), here())

    @env.macro
    def open_data_csv_sections() -> str:
        return open_data_page.csv_sections(state().register, open_data(), here())

    @env.macro
    def open_data_json_keys(which: str) -> str:
        """which: 'register' (register.json) or 'record' (a record's JSON file)."""
        return open_data_page.json_keys(state().register, here(), which)

    @env.macro
    def open_data_record_example() -> str:
        return open_data_page.record_example(state().register, here())

    @env.macro
    def open_data_360giving() -> str:
        return open_data_page.threesixty(state().register, open_data(), here())

    @env.macro
    def open_data_sqlite_examples() -> str:
        return open_data_page.sqlite_examples(state().register, here())

    @env.macro
    def open_data_changelog() -> str:
        return open_data_page.changelog(state().register, here())

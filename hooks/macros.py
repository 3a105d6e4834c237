"""mkdocs-macros module: exposes the validated register to hand-written pages.

It reads no files and validates nothing: the hook hands over the checked register
(`register_state`), and every macro renders through the `register` package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs_macros.errors import format_error

from register.site import editorial, listings, open_data_page, overviews


@format_error.register
def _editorial_error(error: editorial.EditorialError, markdown: str, page: Any) -> str:
    """The page, line and id, in Swedish: no traceback for a misspelt id on an editorial page."""
    return str(error)


def define_env(env: Any) -> None:
    def state() -> Any:
        return env.variables["register_state"]

    def here() -> str:
        return env.page.url

    def block(html: str) -> str:
        """Finished HTML that grows with the register: kept out of Python-Markdown (raw_html.py)."""
        return state().raw_html.keep(html)

    @env.macro
    def record_list(kind: str, group: str | None = None) -> str:
        """Every record of one kind as a table (kind: decision, organisation, …); organisations
        in two groups: "recipients" (with money) and "others"."""
        return block(listings.listing(state().register, here(), kind, group))

    @env.macro
    def latest_decisions(limit: int = 10) -> str:
        return listings.latest_decisions(state().register, here(), limit)

    @env.macro
    def register_overview() -> str:
        return listings.overview(state().register, here(), state().info.history.newest())

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

    # --- Editorial pages (register/site/editorial.py; CONTRIBUTING.md, "Temasidor").
    def shown(kinds: tuple[str, ...], kind: str, record_id: str) -> bool:
        source = Path(env.conf["docs_dir"]) / env.page.file.src_uri
        page = env.page.file.src_uri
        return editorial.check(state().register, kinds, kind, record_id, page, source, state().partial)

    @env.macro
    def record_card(kind: str, record_id: str) -> str:
        if not shown(editorial.ALL_KINDS, kind, record_id):
            return editorial.PARTIAL_NOTE
        return editorial.record_card(state().register, here(), kind, record_id)

    @env.macro
    def money_by_year(kind: str, record_id: str) -> str:
        if not shown(editorial.FOLLOWED, kind, record_id):
            return editorial.PARTIAL_NOTE
        return block(editorial.money_by(state().register, here(), "year", kind, record_id))

    @env.macro
    def money_by_recipient(kind: str, record_id: str) -> str:
        if not shown(editorial.FOLLOWED, kind, record_id):
            return editorial.PARTIAL_NOTE
        return block(editorial.money_by(state().register, here(), "recipient", kind, record_id))

    @env.macro
    def decision_list(kind: str, record_id: str) -> str:
        if not shown(editorial.FOLLOWED, kind, record_id):
            return editorial.PARTIAL_NOTE
        return block(editorial.decision_list(state().register, here(), kind, record_id))

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
        """which: 'register' (register.json in register.json.gz) or 'record' (a record's JSON file)."""
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

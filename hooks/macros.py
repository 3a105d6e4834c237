"""mkdocs-macros module: exposes the validated register to hand-written pages.

It reads no files and validates nothing: the hook hands over the checked register
(`register_state`), and every macro renders through the `register` package.
"""

from __future__ import annotations

from typing import Any

from register import listings, overviews


def define_env(env: Any) -> None:
    def state() -> Any:
        return env.variables["register_state"]

    def here() -> str:
        return env.page.url

    @env.macro
    def record_list(kind: str) -> str:
        """Every record of one kind as a table (kind: decision, organisation, …)."""
        return listings.listing(state().register, here(), kind)

    @env.macro
    def latest_decisions(limit: int = 10) -> str:
        return listings.latest_decisions(state().register, here(), limit)

    @env.macro
    def register_overview() -> str:
        return listings.overview(state().register, here())

    @env.macro
    def money_totals() -> str:
        return overviews.money_totals(state().register, here())

    @env.macro
    def money_chart(dimension: str) -> str:
        """Money by one dimension: year, committee, organisation, programme or kind."""
        return overviews.money_chart(state().register, here(), dimension)

    @env.macro
    def money_transfers() -> str:
        return overviews.money_transfers(state().register, here())

    @env.macro
    def filter_table() -> str:
        return overviews.filter_table(state().register, here())

    @env.macro
    def glossary() -> str:
        return overviews.glossary_list()

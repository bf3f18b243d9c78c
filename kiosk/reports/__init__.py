"""The owner's reports: figures computed in the database, for the dashboard, CSV and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from kiosk.context import Context
from kiosk.errors import InvalidInput
from kiosk.reports.activity import activity_report
from kiosk.reports.base import Period, Report
from kiosk.reports.birthdays import birthdays_report
from kiosk.reports.customers import top_customers_report
from kiosk.reports.liability import liability_report
from kiosk.reports.members import members_report
from kiosk.reports.redemptions import redemptions_report
from kiosk.reports.retention import retention_report
from kiosk.reports.scope import check_known, report_store, visible_shops
from kiosk.reports.tiers import tiers_report
from kiosk.roles import require

ReportFunction = Callable[..., Report]  # (ctx, start, end, store) -> Report

REPORTS: dict[str, ReportFunction] = {
    "members": members_report,
    "activity": activity_report,
    "retention": retention_report,
    "redemptions": redemptions_report,
    "liability": liability_report,
    "top-customers": top_customers_report,
    "tiers": tiers_report,
    "birthdays": birthdays_report,
}


def run_report(
    ctx: Context,
    name: str,
    start: date | None = None,
    end: date | None = None,
    store: str | None = None,
) -> Report:
    """Run one report by name, for the whole chain (store None) or one shop's code.

    Someone who belongs to one shop is refused any other shop and the whole chain.
    """
    require(ctx, "reports")
    function = REPORTS.get(name)
    if function is None:
        raise InvalidInput(
            f"There is no report {name!r}; choose one of: {', '.join(REPORTS)}.",
            reason="report_unknown",
        )
    if store is not None:
        store = check_known(ctx, store)
    store = report_store(ctx, store)
    return function(ctx, start, end, store=store)


def by_store(
    ctx: Context, name: str, start: date | None = None, end: date | None = None
) -> dict[str | None, Report]:
    """One report for each shop side by side, and for the whole chain (key None) last.

    Someone who belongs to one shop gets their shop only.
    """
    require(ctx, "reports")
    found: dict[str | None, Any] = {
        shop.code: run_report(ctx, name, start, end, shop.code) for shop in visible_shops(ctx)
    }
    if ctx.staff_store is None:
        found[None] = run_report(ctx, name, start, end)
    return found


__all__ = ["REPORTS", "Period", "Report", "by_store", "run_report"]

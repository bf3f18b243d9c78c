"""The owner's reports: figures computed in the database, for the dashboard, CSV and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

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
from kiosk.reports.tiers import tiers_report
from kiosk.roles import require

ReportFunction = Callable[[Context, date | None, date | None], Report]

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
    ctx: Context, name: str, start: date | None = None, end: date | None = None
) -> Report:
    """Run one report by name."""
    require(ctx, "reports")
    function = REPORTS.get(name)
    if function is None:
        raise InvalidInput(
            f"There is no report {name!r}; choose one of: {', '.join(REPORTS)}.",
            reason="report_unknown",
        )
    return function(ctx, start, end)


__all__ = ["REPORTS", "Period", "Report", "run_report"]

"""Reports as staff use them: all at once for the dashboard, exported to CSV, printed; audited."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.database import database_proxy
from kiosk import audit
from kiosk.context import Context
from kiosk.paths import data_dir, write_private_bytes
from kiosk.ports import Printer
from kiosk.reports import Report, run_report
from kiosk.reports.output import csv_bytes, summary_document, to_csv
from kiosk.roles import require


def _safe_file_part(code: str) -> str:
    """A shop code as part of a file name: letters, digits, - and _ only."""
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in code)[:40]


DASHBOARD = ("members", "activity", "redemptions", "liability", "tiers")


def dashboard_reports(
    ctx: Context, start: date | None, end: date | None, store: str | None = None
) -> dict[str, Report]:
    """The reports the dashboard's figures and charts need when it opens (the chain or a shop)."""
    require(ctx, "reports")
    return {name: run_report(ctx, name, start, end, store) for name in DASHBOARD}



def export_csv(
    ctx: Context, name: str, start: date | None, end: date | None, folder: Path | None = None,
    store: str | None = None,
) -> Path:
    """Write one report as CSV into the exports folder (in the data folder); return the file.

    A shop's report is named after the shop: activity_NORTH_20260101-20260331.csv.
    """
    require(ctx, "reports")
    report = run_report(ctx, name, start, end, store)
    target = folder or data_dir() / "exports"
    shop = f"_{_safe_file_part(store)}" if store is not None else ""
    path = target / f"{name}{shop}_{report.period.start:%Y%m%d}-{report.period.end:%Y%m%d}.csv"
    save_csv(ctx, report, path)
    return path


def save_csv(ctx: Context, report: Report, path: Path | None) -> str:
    """Write a report that has run as CSV to a file, or return its text for a pipe (path None);
    the export is audited: which report, how many rows, where to (never the content)."""
    require(ctx, "reports")
    digits, language = ctx.config.store.minor_digits, ctx.config.ui.language
    text = ""
    if path is None:
        text = to_csv(report, digits, language)  # a pipe: no byte-order mark
    else:
        write_private_bytes(path, csv_bytes(report, digits, language))  # 0600: it may list members
    with database_proxy.atomic():
        audit.record(
            ctx,
            "report.export",
            report.name,
            {"file": path.name if path is not None else "-", "rows": len(report.rows),
             **({"store": report.store} if report.store is not None else {})},
        )
    return text


def print_summary(
    ctx: Context,
    printer: Printer,
    name: str,
    start: date | None,
    end: date | None,
    report: Report | None = None,
    store: str | None = None,
) -> Report:
    """Print one report's headline figures on the receipt printer (the report given, when it
    has run already); a shop's report names the shop."""
    require(ctx, "reports")
    report = report or run_report(ctx, name, start, end, store)
    printer.print_document(summary_document(ctx, report))
    with database_proxy.atomic():
        audit.record(ctx, "report.print", name,
                     {"store": report.store} if report.store is not None else None)
    return report

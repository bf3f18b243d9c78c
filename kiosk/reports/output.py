"""A report as CSV, as JSON and as a short printed summary."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import Any

from kiosk.clock import to_local
from kiosk.context import Context
from kiosk.documents import PrintDocument
from kiosk.money import format_amount
from kiosk.reports.base import Report

MONEY_SUFFIX = "_minor"
SUMMARY_LINES = 10


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


def to_csv(report: Report, minor_digits: int = 2) -> str:
    """The report's table as CSV text with a header; money as decimals (12.50), not minor units."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(report.columns)
    money = {report.columns.index(name) for name in report.money_columns}
    for row in report.rows:
        writer.writerow(
            format_amount(value, minor_digits).replace(",", "") if index in money else _cell(value)
            for index, value in enumerate(row)
        )
    return out.getvalue()


def to_json_dict(report: Report) -> dict[str, Any]:
    """The headline figures at the top level, then the period and the table."""
    return {
        "report": report.name,
        **report.summary,
        "from": report.period.start.isoformat(),
        "to": report.period.end.isoformat(),
        "columns": list(report.columns),
        "rows": [[_cell(value) for value in row] for row in report.rows],
    }


def describe(key: str, value: Any, ctx: Context) -> str:
    """One headline figure as a line of text."""
    store = ctx.config.store
    words = key.replace(MONEY_SUFFIX, "").replace("_", " ")
    if key.endswith(MONEY_SUFFIX) and isinstance(value, int):
        shown = format_amount(value, store.minor_digits, store.currency_symbol)
    elif isinstance(value, float):
        shown = f"{value:.1%}"
    elif isinstance(value, int):
        shown = f"{value:,}"
    else:
        shown = str(value)
    return f"{words}: {shown}"


def summary_document(ctx: Context, report: Report) -> PrintDocument:
    """A short receipt: the report's name, its period and its headline figures."""
    lines = [f"{report.period.start:%d.%m.%Y} - {report.period.end:%d.%m.%Y}"]
    lines += [describe(key, value, ctx) for key, value in report.summary.items()]
    return PrintDocument(
        kind="report",
        language=ctx.config.ui.language,
        shop_name=ctx.config.store.name,
        title=report.title,
        lines=tuple(lines[: SUMMARY_LINES + 1]),
        terminal=ctx.terminal,
        printed_at=to_local(ctx.now()),
    )

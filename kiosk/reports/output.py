"""A report as CSV, as JSON and as a short printed summary."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kiosk.context import Context
from kiosk.documents import PrintDocument
from kiosk.formatting import (
    csv_delimiter,
    date_text,
    decimal_separator,
    number,
    percent,
    shop_money,
    shop_time,
)
from kiosk.reports.base import Report

MONEY_SUFFIX = "_minor"
SUMMARY_LINES = 10
# A text cell starting with one of these is a formula to a spreadsheet (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


def csv_number(value: int | float | Decimal, separator: str = ".") -> str:
    """A number as a spreadsheet reads it: no grouping, the language's decimal separator."""
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    return text.replace(".", separator)


def csv_text(value: str) -> str:
    """A text cell a spreadsheet shows as text and never runs as a formula: =1+1 -> '=1+1."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def to_csv(report: Report, minor_digits: int = 2, language: str = "en") -> str:
    """The report's table as CSV text with a header, as Excel in the shop's language opens it.

    The separator is the one Excel expects in that language (; in Turkish and Russian); money is
    a plain decimal (12.50, or 12,50 where the decimal comma is used); numbers stay numbers even
    when negative; text that would start a formula is prefixed with '; rows end in CRLF. Without
    the BOM:
    csv_bytes() adds it for a file.
    """
    separator = decimal_separator(language)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=csv_delimiter(language), lineterminator="\r\n")
    writer.writerow([csv_text(column) for column in report.columns])
    money = {report.columns.index(name) for name in report.money_columns}
    for row in report.rows:
        cells = []
        for index, value in enumerate(row):
            if index in money and isinstance(value, int):
                cells.append(csv_number(Decimal(value).scaleb(-minor_digits), separator))
            elif isinstance(value, bool):
                cells.append(str(value).lower())
            elif isinstance(value, (int, float, Decimal)):
                cells.append(csv_number(value, separator))
            else:
                cells.append(csv_text(str(_cell(value))))
        writer.writerow(cells)
    return out.getvalue()


def csv_bytes(report: Report, minor_digits: int = 2, language: str = "en") -> bytes:
    """The CSV file's bytes: UTF-8 with a BOM, so Excel reads Turkish and Cyrillic letters."""
    return to_csv(report, minor_digits, language).encode("utf-8-sig")


def to_json_dict(report: Report) -> dict[str, Any]:
    """The headline figures at the top level, then the shop (null: the chain), the period and
    the table."""
    return {
        "report": report.name,
        "store": report.store,
        **report.summary,
        "from": report.period.start.isoformat(),
        "to": report.period.end.isoformat(),
        "columns": list(report.columns),
        "rows": [[_cell(value) for value in row] for row in report.rows],
    }


def describe(key: str, value: Any, ctx: Context) -> str:
    """One headline figure as a line of text, its number written the shop's language's way."""
    language = ctx.config.ui.language
    words = key.replace(MONEY_SUFFIX, "").replace("_", " ")
    if key.endswith(MONEY_SUFFIX) and isinstance(value, int):
        shown = shop_money(ctx.config, value)
    elif isinstance(value, float):
        shown = percent(value, language)
    elif isinstance(value, int) and not isinstance(value, bool):
        shown = number(value, language)
    else:
        shown = str(value)
    return f"{words}: {shown}"


def period_text(ctx: Context, report: Report) -> str:
    """The report's period as the shop's language writes dates: 1 Mar 2026 - 31 Mar 2026."""
    language = ctx.config.ui.language
    return (f"{date_text(report.period.start, language)} - "
            f"{date_text(report.period.end, language)}")


def summary_document(ctx: Context, report: Report) -> PrintDocument:
    """A short receipt: the report's name, its shop, its period and its headline figures."""
    lines = [period_text(ctx, report)]
    if report.store is not None:
        lines.append(f"shop: {report.store}")
    lines += [describe(key, value, ctx) for key, value in report.summary.items()]
    return PrintDocument(
        kind="report",
        language=ctx.config.ui.language,
        shop_name=ctx.config.store.name,
        title=report.title,
        lines=tuple(lines[: SUMMARY_LINES + len(lines) - len(report.summary)]),
        terminal=ctx.terminal,
        printed_at=shop_time(ctx.config, ctx.now()),
    )

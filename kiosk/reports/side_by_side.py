"""The shops side by side: each headline figure of a report, one column per shop and the chain."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from kiosk.context import Context
from kiosk.reports import by_store
from kiosk.reports.base import Report

CHAIN = "chain"  # the last column: the whole chain's figure
MONEY_SUFFIX = "_minor"


def side_by_side(reports: dict[str | None, Report]) -> Report:
    """One report run for each shop (and the chain, key None) as one table: a row per figure."""
    first = next(iter(reports.values()))
    codes = [code for code in reports if code is not None]
    columns = ("figure", *codes, *((CHAIN,) if None in reports else ()))
    keys = [key for key, value in first.summary.items() if isinstance(value, int | float)]
    rows = tuple(
        (key, *(reports[code].summary.get(key, 0) for code in codes),
         *((reports[None].summary.get(key, 0),) if None in reports else ()))
        for key in keys
    )
    return Report(first.name, first.title, first.period, {}, columns, rows)


def money_as_decimals(report: Report, minor_digits: int) -> Report:
    """The side-by-side table with money figures as plain amounts (sales_minor 1250 -> sales
    12.50), for a CSV file a spreadsheet reads."""
    rows: list[tuple[Any, ...]] = []
    for figure, *values in report.rows:
        if str(figure).endswith(MONEY_SUFFIX):
            figure = str(figure).removesuffix(MONEY_SUFFIX)
            values = [Decimal(int(value)).scaleb(-minor_digits) for value in values]
        rows.append((figure, *values))
    return Report(report.name, report.title, report.period, report.summary, report.columns,
                  tuple(rows))


def to_json(reports: dict[str | None, Report]) -> dict[str, Any]:
    """The figures of each shop and of the chain, and the side-by-side table."""
    table = side_by_side(reports)
    first = next(iter(reports.values()))
    return {
        "report": first.name,
        "by_store": True,
        "from": first.period.start.isoformat(),
        "to": first.period.end.isoformat(),
        "stores": {code: report.summary for code, report in reports.items() if code is not None},
        **({CHAIN: reports[None].summary} if None in reports else {}),
        "columns": list(table.columns),
        "rows": [list(row) for row in table.rows],
    }


# The dashboard's comparison: (report, figure) pairs, the main figures of each shop.
MAIN_FIGURES = (
    ("members", "total"), ("members", "new_members"), ("members", "active_30d"),
    ("activity", "purchases"), ("activity", "sales_minor"), ("activity", "average_basket_minor"),
    ("activity", "points_issued"), ("activity", "points_redeemed"),
    ("redemptions", "redeemed"), ("liability", "outstanding_value_minor"),
)


def compare_shops(ctx: Context, start: date | None, end: date | None) -> Report:
    """The main figures of every shop and of the chain in one table (a row per figure)."""
    runs = {name: by_store(ctx, name, start, end) for name in dict(MAIN_FIGURES)}
    codes = list(runs["members"])
    first = runs["members"][codes[0]]
    columns = ("figure", *(CHAIN if code is None else code for code in codes))
    rows = tuple(
        (figure, *(runs[name][code].summary.get(figure, 0) for code in codes))
        for name, figure in MAIN_FIGURES
    )
    return Report("by-shop", "Shops side by side", first.period, {}, columns, rows)

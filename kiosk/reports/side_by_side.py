"""The shops side by side: each headline figure of a report, one column per shop and the chain.

When the shops' figures do not add up to the chain's (members imported from a file belong to no
shop), an "other" column before the chain's shows what no shop accounts for, so the columns
always add up; figures that are not counts (rates, averages, top lists) leave it empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from kiosk.context import Context
from kiosk.reports import by_store
from kiosk.reports.base import Period, Report

CHAIN = "chain"  # the last column: the whole chain's figure
OTHER = "other"  # what no shop accounts for
MONEY_SUFFIX = "_minor"
NOT_ADDED = frozenset({"average_basket_minor", "customers", "their_sales_minor", "days",
                       "cohorts"})  # figures that are not a sum over the shops


def _added(key: str, value: Any) -> bool:
    return key not in NOT_ADDED and isinstance(value, int) and not isinstance(value, bool)


def _table(name: str, title: str, period: Period, codes: Sequence[str | None],
           figures: list[tuple[str, list[Any]]]) -> Report:
    """A row per figure (its value for each code, None last for the chain), with the "other"
    column when some figure of the shops does not add up to the chain's."""
    shops = [index for index, code in enumerate(codes) if code is not None]
    chain = codes.index(None) if None in codes else None
    rest: list[Any] = []
    for key, values in figures:
        if chain is None or not _added(key, values[chain]):
            rest.append(None)
        else:
            rest.append(values[chain] - sum(values[index] for index in shops))
    other = any(rest)
    columns = ("figure", *(codes[i] for i in shops), *((OTHER,) if other else ()),
               *((CHAIN,) if chain is not None else ()))
    rows = tuple(
        (key, *(values[i] for i in shops), *((left,) if other else ()),
         *((values[chain],) if chain is not None else ()))
        for (key, values), left in zip(figures, rest, strict=True)
    )
    return Report(name, title, period, {}, columns, rows)


def side_by_side(reports: dict[str | None, Report]) -> Report:
    """One report run for each shop (and the chain, key None) as one table: a row per figure."""
    first = next(iter(reports.values()))
    codes = list(reports)
    keys = [key for key, value in first.summary.items() if isinstance(value, int | float)]
    figures = [(key, [reports[code].summary.get(key, 0) for code in codes]) for key in keys]
    return _table(first.name, first.title, first.period, codes, figures)


def money_as_decimals(report: Report, minor_digits: int) -> Report:
    """The side-by-side table with money figures as plain amounts (sales_minor 1250 -> sales
    12.50), for a CSV file a spreadsheet reads."""
    rows: list[tuple[Any, ...]] = []
    for figure, *values in report.rows:
        if str(figure).endswith(MONEY_SUFFIX):
            figure = str(figure).removesuffix(MONEY_SUFFIX)
            values = [None if value is None else Decimal(int(value)).scaleb(-minor_digits)
                      for value in values]
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
    figures = [(figure, [runs[name][code].summary.get(figure, 0) for code in codes])
               for name, figure in MAIN_FIGURES]
    first = runs["members"][codes[0]]
    return _table("by-shop", "Shops side by side", first.period, codes, figures)

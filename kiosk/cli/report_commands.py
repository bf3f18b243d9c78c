"""The `report` command: the owner's figures on the command line, as a table, JSON or CSV."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from kiosk.cli.devices import Devices
from kiosk.cli.output import Output
from kiosk.context import Context
from kiosk.errors import ConfigError, Refused
from kiosk.formatting import number, percent, shop_money
from kiosk.reports import REPORTS, Report, by_store, run_report
from kiosk.reports.output import describe, period_text, to_json_dict
from kiosk.reports.scope import known_shops
from kiosk.reports.side_by_side import money_as_decimals, side_by_side, to_json
from kiosk.safe_text import terminal_text
from kiosk.services.report_jobs import print_summary, save_csv

MAX_TABLE_ROWS = 40


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def add_report_parser(commands: argparse._SubParsersAction, js: argparse.ArgumentParser) -> None:
    """Add `report NAME [--from --to] [--store CODE | --by-store] [--csv FILE | --json]
    [--print]`."""
    parser = commands.add_parser(
        "report", parents=[js], help="the owner's reports: " + ", ".join(REPORTS)
    )
    parser.add_argument("name", metavar="NAME", choices=list(REPORTS), help=", ".join(REPORTS))
    parser.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--csv", metavar="FILE", help="write the table as CSV (- for stdout)")
    parser.add_argument("--print", action="store_true", help="print a summary on the printer")
    shops = parser.add_mutually_exclusive_group()
    shops.add_argument("--store", metavar="CODE", help="one shop's figures (default: the chain)")
    shops.add_argument("--by-store", action="store_true",
                       help="the shops side by side: a column per shop and the chain's total")


def _table(report: Report, ctx: Context) -> list[str]:
    money = {report.columns.index(name) for name in report.money_columns}
    rows = [
        tuple(report.columns),
        *(tuple(_show(v, ctx, i in money) for i, v in enumerate(r)) for r in report.rows),
    ]
    shown = rows[: MAX_TABLE_ROWS + 1]
    widths = [max(len(str(row[i])) for row in shown) for i in range(len(report.columns))]
    lines = ["  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
             for row in shown]
    if len(rows) > len(shown):
        lines.append(f"... {len(rows) - len(shown)} more rows (use --csv for all)")
    return lines


def _show(value: object, ctx: Context, is_money: bool = False) -> str:
    """A table cell as the shop's language writes it."""
    language = ctx.config.ui.language
    if value is None:
        return "-"
    if isinstance(value, bool):
        return str(value)
    if is_money and isinstance(value, int):
        return shop_money(ctx.config, value)
    if isinstance(value, float):
        return percent(value, language)
    if isinstance(value, int):
        return number(value, language)
    return str(value)


def report(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    if args.start and args.end and args.start > args.end:
        raise ConfigError("--from is after --to; give the earlier date first.")
    if args.csv and out.as_json:
        raise ConfigError("Choose --csv or --json, not both.")
    if args.by_store:
        return _by_store(args, ctx, out)
    result = run_report(ctx, args.name, args.start, args.end, args.store)
    if args.print:
        with devices.open_printer(ctx.config) as printer:
            if printer is None:
                raise Refused(
                    "Printing is switched off (printer kind 'none').", reason="printer_off"
                )
            print_summary(ctx, printer, args.name, args.start, args.end, result, args.store)
    if args.csv:
        if args.csv == "-":  # a pipe: no byte-order mark
            text = save_csv(ctx, result, None)  # a terminal gets no raw controls
            sys.stdout.write(terminal_text(text) if sys.stdout.isatty() else text)
        else:
            save_csv(ctx, result, Path(args.csv))
            print(terminal_text(f"Wrote {len(result.rows)} rows to {args.csv}."), file=sys.stderr)
        return 0
    heading = [
        f"{result.title}, {_shop_text(ctx, result.store)}{period_text(ctx, result)}",
        *(f"  {describe(key, value, ctx)}" for key, value in result.summary.items()),
        "",
    ]
    out.result(to_json_dict(result), heading + _table(result, ctx))
    return 0


def _shop_text(ctx: Context, store: str | None) -> str:
    """'NORTH (North Street), ' for a shop's report; nothing for the chain's."""
    if store is None:
        return ""
    name = next((shop.name for shop in known_shops(ctx) if shop.code == store), store)
    return f"{store} ({name}), " if name != store else f"{store}, "


def _by_store(args: argparse.Namespace, ctx: Context, out: Output) -> int:
    """The report's headline figures with a column per shop and the chain's total."""
    if args.print:
        raise ConfigError("--print prints one shop's report; use --store CODE with it.")
    reports = by_store(ctx, args.name, args.start, args.end)
    table = side_by_side(reports)
    if args.csv:
        decimals = money_as_decimals(table, ctx.config.store.minor_digits)
        if args.csv == "-":
            text = save_csv(ctx, decimals, None)
            sys.stdout.write(terminal_text(text) if sys.stdout.isatty() else text)
        else:
            save_csv(ctx, decimals, Path(args.csv))
            print(terminal_text(f"Wrote {len(table.rows)} rows to {args.csv}."), file=sys.stderr)
        return 0
    shown = [
        (figure, *("-" if value is None else describe(str(figure), value, ctx).split(": ", 1)[1]
                   for value in values))
        for figure, *values in table.rows
    ]
    lines = [f"{table.title} by shop, {period_text(ctx, table)}", ""]
    lines += _table(Report(table.name, table.title, table.period, {}, table.columns,
                           tuple(shown)), ctx)
    out.result(to_json(reports), lines)
    return 0


REPORT_HANDLERS = {("report", None): report}

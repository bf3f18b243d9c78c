"""The `terminal list` command: every terminal of the chain (or one shop), its health and why."""

from __future__ import annotations

import argparse
from datetime import timedelta

from kiosk.cli.devices import Devices
from kiosk.cli.output import Output
from kiosk.context import Context
from kiosk.formatting import local_time, shop_zone
from kiosk.services.terminal_views import TerminalView, ago_text, list_terminals

MARKS = {"ok": "ok", "warning": "WARN", "down": "DOWN", "retired": "retired"}


def add_terminal_parser(commands: argparse._SubParsersAction, js: argparse.ArgumentParser) -> None:
    """Add `terminal list [--store CODE]` to the command parser."""
    parser = commands.add_parser("terminal", help="the chain's kiosks and back offices")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser(
        "list", parents=[js],
        help="every terminal: shop, last seen, version, printer, scanner, queue, health",
    )
    listing.add_argument("--store", metavar="CODE", help="one shop's terminals only")


def _line(ctx: Context, view: TerminalView) -> str:
    seen = local_time(view.last_seen_at, shop_zone(view.time_zone)).strftime("%Y-%m-%d %H:%M")
    ago = ago_text(max(ctx.now() - view.last_seen_at, timedelta(0)))
    return (f"{MARKS[view.health]:<8} {view.store:<10} {view.code:<12} {view.kind:<11} "
            f"{seen} ({ago})  v{view.version or '?'}  queue {view.queue_length}  {view.reason}")


def terminal_list(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    views = list_terminals(ctx, args.store)
    counts = {health: sum(view.health == health for view in views) for health in MARKS}
    lines = [_line(ctx, view) for view in views] or ["No terminal has reported in yet."]
    if views:
        lines.append(", ".join(f"{count} {health}" for health, count in counts.items()))
    out.result({"ok": True, "terminals": views, "counts": counts}, lines)
    return 0


TERMINAL_HANDLERS = {("terminal", "list"): terminal_list}

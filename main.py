"""Composition root: command-line arguments -> configuration -> database -> devices -> screen."""

from __future__ import annotations

import argparse
import logging
import signal
import sys

from kiosk.cli.parser import build_parser
from kiosk.cli.runner import run
from kiosk.context import Context
from kiosk.demo import ensure_demo_data


def launch_kiosk(args: argparse.Namespace, ctx: Context) -> int:
    """Start the kiosk screen (demo data is created on first start of the embedded database)."""
    report = ensure_demo_data(ctx)
    if report is not None:
        print(f"Created demo data: {report.members} members and {report.rewards} rewards.")
    print("The kiosk screen is not part of this version yet. Try the demo from the command line:")
    print("  python main.py member show 2900000000018")
    print("  python main.py reward list")
    print("  python main.py redeem 2900000000018 1")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run it."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return run(args, launch_kiosk)


if __name__ == "__main__":
    sys.exit(main())

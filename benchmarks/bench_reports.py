"""Measures every owner's report, and the dashboard's five together, on a big shop.

Usage: python benchmarks/bench_reports.py [--members N | --db PATH] [--rounds K] [--json]

Seeds N demo members (default a million) into a temporary SQLite file, or measures a copy of
the SQLite database at --db (made with SQLite's online backup; the original is only read, as
the first count writes every finished day's totals). The first run of all reports on the fresh
database counts and keeps every finished day's totals; the timed rounds after it are what
opening the dashboard (its five reports, kiosk.services.report_jobs.DASHBOARD) and each report
cost; then the dashboard for one shop (the kiosk's own, --store) and the shops side by side
(the first time and after). Prints a table; --json prints one JSON object on stdout (the table
then goes to stderr).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.backup import copy_sqlite
from db.database import close_database, database_proxy, open_database
from db.migrations import migrate
from db.models import Member
from kiosk.clock import utc_now
from kiosk.config import Config
from kiosk.context import Context
from kiosk.demo import seed_demo
from kiosk.reports import REPORTS, run_report
from kiosk.reports.side_by_side import compare_shops
from kiosk.roles import OWNER
from kiosk.services.report_jobs import DASHBOARD, dashboard_reports


def _timed(action, rounds: int) -> dict[str, float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--db", metavar="PATH", help="an SQLite database to measure a copy of")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each report")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    target = folder / "reports.db"
    copy_seconds = None
    if args.db:
        source = Path(args.db.removeprefix("sqlite:///")).resolve()
        print(f"copying {source}…", file=sys.stderr)
        started = time.perf_counter()
        copy_sqlite(source, target)
        copy_seconds = round(time.perf_counter() - started, 1)
    open_database(f"sqlite:///{target}")
    migrate(utc_now())
    ctx = Context(Config(), b"b" * 32, staff="bench", role=OWNER)  # reports: the shop's own
    seeded = None
    if not Member.select().exists():
        print(f"seeding {args.members:,} members…", file=sys.stderr)
        seeded = seed_demo(ctx, args.members)
    members = Member.select().count()
    database_proxy.execute_sql("ANALYZE")  # fresh statistics, as a running database has
    started = time.perf_counter()
    for name in REPORTS:  # the first time ever: every finished day is counted and kept
        run_report(ctx, name)
    first_s = round(time.perf_counter() - started, 1)
    timings = {
        name: _timed(lambda name=name: run_report(ctx, name), args.rounds) for name in REPORTS
    }
    dashboard = _timed(lambda: dashboard_reports(ctx, None, None), args.rounds)
    started = time.perf_counter()
    dashboard_reports(ctx, None, None, ctx.store)  # the shops' totals: counted once, then kept
    shop_first_s = round(time.perf_counter() - started, 1)
    shop = _timed(lambda: dashboard_reports(ctx, None, None, ctx.store), args.rounds)
    compared = _timed(lambda: compare_shops(ctx, None, None), args.rounds)
    results = {
        "backend": database_proxy.obj.__class__.__name__,
        "members": members,
        "seed_seconds": seeded.seconds if seeded else None,
        "copy_seconds": copy_seconds,
        "reports": timings,
        "dashboard": {"reports": list(DASHBOARD), **dashboard},
        "first_time_all_reports_s": first_s,
        "dashboard_one_shop": {"store": ctx.store, "first_s": shop_first_s, **shop},
        "shops_side_by_side": compared,
    }
    close_database()
    for leftover in folder.iterdir():
        leftover.unlink()
    folder.rmdir()
    stream = sys.stderr if args.json else sys.stdout
    print(f"{'report':<16}{'median ms':>12}{'max ms':>10}", file=stream)
    for name, row in timings.items():
        print(f"{name:<16}{row['median_ms']:>12}{row['max_ms']:>10}", file=stream)
    print(
        f"{'dashboard':<16}{dashboard['median_ms']:>12}{dashboard['max_ms']:>10}  "
        f"({', '.join(DASHBOARD)})",
        file=stream,
    )
    print(f"{'one shop':<16}{shop['median_ms']:>12}{shop['max_ms']:>10}  "
          f"(the dashboard for {ctx.store}; first time {shop_first_s} s)", file=stream)
    print(f"{'side by side':<16}{compared['median_ms']:>12}{compared['max_ms']:>10}  "
          "(the shops' main figures)", file=stream)
    print(
        f"first count of a fresh database: {first_s} s (every finished day, all reports)",
        file=stream,
    )
    print(f"{members:,} members on {results['backend']}", file=stream)
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()

"""Measures every owner's report, and all of them together (opening the dashboard), on a big shop.

Usage: python benchmarks/bench_reports.py [--members N] [--db URL] [--rounds K]
Seeds N demo members (default a million) into a temporary SQLite file, or reuses the database at
--db if it already has members (migrating it first). The first run of all reports also counts and
keeps every finished day's totals; the timed rounds after it are what opening the dashboard
costs. Prints a table and then one JSON object with the same figures.
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

from db.database import close_database, database_proxy, open_database
from db.migrations import migrate
from db.models import Member
from kiosk.clock import utc_now
from kiosk.config import Config
from kiosk.context import Context
from kiosk.demo import seed_demo
from kiosk.reports import REPORTS, run_report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--rounds", type=int, default=3, help="timed runs of each report")
    args = parser.parse_args()
    url = args.db or f"sqlite:///{tempfile.mkdtemp(prefix='kiosk-bench-')}/reports.db"
    open_database(url)
    migrate(utc_now())
    ctx = Context(Config(), b"b" * 32)
    seeded = None
    if not Member.select().exists():
        print(f"seeding {args.members:,} members…", file=sys.stderr)
        seeded = seed_demo(ctx, args.members)
    members = Member.select().count()
    database_proxy.execute_sql("ANALYZE")  # fresh statistics, as a running database has
    started = time.perf_counter()
    for name in REPORTS:  # the first time ever: every finished day is counted and kept
        run_report(ctx, name)
    first_ms = round((time.perf_counter() - started) * 1000, 1)
    timings: dict[str, dict[str, float]] = {}
    for name in REPORTS:
        times = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            run_report(ctx, name)
            times.append((time.perf_counter() - started) * 1000)
        timings[name] = {"median_ms": round(statistics.median(times), 1),
                         "max_ms": round(max(times), 1)}
    together = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for name in REPORTS:
            run_report(ctx, name)
        together.append((time.perf_counter() - started) * 1000)
    results = {
        "backend": database_proxy.obj.__class__.__name__,
        "members": members,
        "seed_seconds": seeded.seconds if seeded else None,
        "reports": timings,
        "first_time_all_reports_ms": first_ms,
        "dashboard_all_reports_ms": round(statistics.median(together), 1),
    }
    close_database()
    print(f"{'report':<16}{'median ms':>12}{'max ms':>10}")
    for name, row in timings.items():
        print(f"{name:<16}{row['median_ms']:>12}{row['max_ms']:>10}")
    print(f"{'all (dashboard)':<16}{results['dashboard_all_reports_ms']:>12}")
    print(f"{'all, first time':<16}{first_ms:>12}  (counts and keeps every finished day)")
    print(f"{members:,} members on {results['backend']}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()

"""A chain's load on one PostgreSQL: N simulated terminals (processes) at a realistic mix.

Usage: python benchmarks/bench_chain.py --pg-url postgresql://…/bench1m [--seed-only]
           [--members N] [--terminals 10,50,200] [--seconds 60] [--shops 10]
           [--pgbouncer [--pgbouncer-from 200] [--pool-size 20]] [--json FILE]

Each terminal is its own process with its own Context (shop S-<k mod shops>, terminal T-<k>)
and its own connection, and calls the services as the kiosk's worker does, on Poisson arrivals
fixed before the run (open loop: a slow server shows as latency and lateness, not as fewer
requests): identify 1/s (a card scanned to the member screen: journey.member_by_card),
purchase 0.2/s (the counter: find_member, then counter_purchase with a new receipt), redeem
0.05/s (journey.redeem_and_print of the cheapest reward for a member with the points; the
voucher is encoded to ESC/POS by the real encoder and written to /dev/null), the terminal's
heartbeat once a minute (the scheduler's job on a thread and connection of its own), and the
raw baseline: the identify statement on a plain psycopg2 connection, 1/s.

--pg-url names the benchmark's own database (created when missing); an empty one is seeded with
--members demo members first (`--seed-only` seeds and stops: a million took 31 minutes
on two busy cores, 100,000 about a minute). --pgbouncer starts Debian's pgbouncer on a free
port in transaction pooling mode (as an unprivileged user when run as root) for the runs with
at least --pgbouncer-from terminals. The server's CPU comes from /proc/<pid>/stat of its
processes (it must run on this machine, and the URL's user must be a superuser to find them).
Prints a table; --json FILE also writes every figure.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import statistics
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from chain_pgbouncer import Pgbouncer, start_pgbouncer
from chain_server import CpuMeter, cpu_seconds, postmaster_pid
from chain_terminal import OPS, RICH_PER_TERMINAL, TerminalPlan, run_terminal

from db.database import close_database, database_proxy, open_database
from db.migrations import migrate
from kiosk.clock import utc_now

RATES = {"identify": 1.0, "purchase": 0.2, "redeem": 0.05, "raw_identify": 1.0,
         "heartbeat": 1 / 60}
PRODUCT_OPS = ("identify", "purchase", "redeem")
CARD_POOL = 20_000
RICH_POOL = 10_000


# ---------------------------------------------------------------- the database


def _server_url(url: str) -> str:
    return urlparse(url)._replace(path="/postgres").geturl()


def ensure_database(url: str) -> None:
    """Create the benchmark's database when it does not exist yet."""
    import psycopg2

    name = urlparse(url).path.lstrip("/")
    admin = psycopg2.connect(_server_url(url))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()


def member_count() -> int:
    return database_proxy.execute_sql('SELECT count(*) FROM "member"').fetchone()[0]


def seed(url: str, members: int) -> dict[str, Any]:
    """Migrate and, on an empty database, seed the demo programme with members."""
    from kiosk.config import Config
    from kiosk.context import Context
    from kiosk.demo import seed_demo

    ensure_database(url)
    open_database(url)
    migrate(utc_now())
    found = member_count()
    if found:
        close_database()
        return {"members": found, "seeded": False}
    print(f"seeding {members:,} members…", file=sys.stderr)
    report = seed_demo(Context(Config(), b"bench-seed-" + b"s" * 32), members)
    database_proxy.execute_sql("ANALYZE")
    close_database()
    print(f"seeded {report.members:,} members in {report.seconds} s", file=sys.stderr)
    return {"members": report.members, "seeded": True, "seed_seconds": report.seconds}


def sample_cards(count: int, min_balance: int, rng: random.Random) -> list[str]:
    """Active cards of active members with at least min_balance points, sampled by random ids
    (a million rows are never sorted by random()); fewer on a small database."""
    largest = database_proxy.execute_sql('SELECT max(id) FROM "member"').fetchone()[0] or 0
    count = min(count, largest)
    cards: dict[str, None] = {}
    for _ in range(30):
        ids = ",".join(str(rng.randint(1, largest)) for _ in range(count * 2))
        rows = database_proxy.execute_sql(
            'SELECT c.number FROM "card" c JOIN "member" m ON m.id = c.member_id '
            f"WHERE m.id IN ({ids}) AND m.status = 'active' AND c.status = 'active' "
            f"AND m.balance >= {int(min_balance)}"
        ).fetchall()
        before = len(cards)
        cards.update((row[0], None) for row in rows)
        if len(cards) >= count or (before and len(cards) < before * 1.02):
            break  # enough, or a small database has no more to give
    return list(cards)[:count]


def cheapest_reward() -> tuple[int, int]:
    """The reward every shop offers to every tier for the fewest points: (id, cost)."""
    row = database_proxy.execute_sql(
        'SELECT id, cost FROM "reward" WHERE active AND stock IS NULL AND min_tier = \'\' '
        "AND stores = '' ORDER BY cost, id LIMIT 1"
    ).fetchone()
    if row is None:
        raise SystemExit("the database has no reward without a stock, tier or shop limit")
    return int(row[0]), int(row[1])


# ---------------------------------------------------------------- figures


def percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, max(0, round(len(ordered) * share) - 1))], 2)


def op_figures(reports: list[dict[str, Any]], op: str, seconds: float,
               target: float) -> dict[str, Any]:
    """One operation's figures over every terminal."""
    ms = [v for r in reports for v in r["ops"][op]["ms"]]
    late = [v for r in reports for v in r["ops"][op]["late_ms"]]
    reasons: dict[str, int] = {}
    for report in reports:
        for reason, count in report["ops"][op]["errors"].items():
            reasons[reason] = reasons.get(reason, 0) + count
    errors = sum(reasons.values())
    return {
        "count": len(ms),
        "errors": errors,
        "error_reasons": reasons,
        "p50_ms": round(statistics.median(ms), 2) if ms else None,
        "p99_ms": percentile(ms, 0.99),
        "max_ms": round(max(ms), 2) if ms else None,
        "late_p50_ms": percentile(late, 0.5),
        "late_p99_ms": percentile(late, 0.99),
        "late_max_ms": round(max(late), 2) if late else None,
        "achieved_per_s": round((len(ms) + errors) / seconds, 2),
        "target_per_s": round(target, 2),
    }


# ---------------------------------------------------------------- one run


def _sample_load(loads: list[float], done: threading.Event) -> None:
    while not done.wait(1.0):
        loads.append(os.getloadavg()[0])


def _monitor(url: str) -> Any:
    import psycopg2

    connection = psycopg2.connect(url)
    connection.autocommit = True
    return connection


def run(url: str, terminals: int, shops: int, seconds: float, rates: dict[str, float],
        cards: list[str],
        rich: list[str], reward_id: int, bouncer: Pgbouncer | None, seed_value: int
        ) -> dict[str, Any]:
    """N terminals for so many seconds; every figure of the run."""
    via_url = bouncer.url if bouncer else url
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(terminals + 1)
    start_at = context.Value("d", 0.0)
    results = context.Queue()
    processes = []
    setup_started = time.perf_counter()
    for index in range(terminals):
        plan = TerminalPlan(index, shops, seconds, rates, via_url, via_url, reward_id, seed_value)
        own = rich[index * RICH_PER_TERMINAL % len(rich):][:RICH_PER_TERMINAL] or rich
        process = context.Process(target=run_terminal,
                                  args=(plan, cards, own, barrier, start_at, results))
        process.start()
        processes.append(process)
    barrier.wait(timeout=300 + terminals)
    setup_seconds = time.perf_counter() - setup_started
    monitor = _monitor(url)
    cursor = monitor.cursor()
    meter = CpuMeter(postmaster_pid(cursor), urlparse(url).path.lstrip("/"))
    meter.start(cursor)
    bouncer_cpu = sum(cpu_seconds(p) or 0.0 for p in bouncer.pids()) if bouncer else 0.0
    load_before = os.getloadavg()
    start_at.value = time.time() + 0.5
    barrier.wait(timeout=30)
    loads: list[float] = []
    done_waiting = threading.Event()
    sampler = threading.Thread(target=_sample_load, args=(loads, done_waiting), daemon=True)
    sampler.start()
    barrier.wait(timeout=seconds + 900)  # the last terminal has run its last request
    wall = time.time() - start_at.value
    server_cpu, server_all = meter.stop(cursor)
    barrier.wait(timeout=60)  # the terminals close their connections only now
    done_waiting.set()
    sampler.join()
    if bouncer:
        bouncer_cpu = sum(cpu_seconds(p) or 0.0 for p in bouncer.pids()) - bouncer_cpu
    load_after = os.getloadavg()
    reports = [results.get(timeout=120 + seconds) for _ in processes]  # before join: a full
    # queue keeps its process alive
    for process in processes:
        process.join(30)
    monitor.close()
    failed = [r for r in reports if r["error"]]
    done = [r for r in reports if not r["error"]]
    ops = {op: op_figures(done, op, wall, rates[op] * len(done)) for op in OPS}
    product_ops = sum(ops[op]["count"] + ops[op]["errors"] for op in PRODUCT_OPS)
    all_ops = product_ops + ops["raw_identify"]["count"] + ops["heartbeat"]["count"]
    return {
        "terminals": terminals,
        "terminals_running": len(done),
        "terminal_setup_errors": [r["error"] for r in failed][:3],
        "shops": shops,
        "via": "pgbouncer" if bouncer else "direct",
        "pgbouncer_pool_size": bouncer.pool_size if bouncer else None,
        "seconds": seconds,
        "wall_seconds": round(wall, 2),
        "setup_seconds": round(setup_seconds, 2),
        "ops": ops,
        "product_ops": product_ops,
        "server_cpu_seconds": None if server_cpu is None else round(server_cpu, 3),
        "server_cpu_cores": None if server_cpu is None else round(server_cpu / wall, 3),
        "server_cpu_cores_all_databases": None if server_all is None else round(
            server_all / wall, 3),
        "server_cpu_ms_per_op": None if server_cpu is None or not all_ops else round(
            server_cpu * 1000 / all_ops, 3),
        "server_cpu_ms_per_product_op": None if server_cpu is None or not product_ops else round(
            server_cpu * 1000 / product_ops, 3),
        "pgbouncer_cpu_cores": round(bouncer_cpu / wall, 3) if bouncer else None,
        "terminals_cpu_cores": round(sum(r.get("cpu_seconds", 0.0) for r in done) / wall, 3),
        "loadavg_before": [round(v, 2) for v in load_before],
        "loadavg_after": [round(v, 2) for v in load_after],
        "loadavg_1min_mean": round(statistics.mean(loads), 2) if loads else None,
    }


# ---------------------------------------------------------------- output


def table(runs: list[dict[str, Any]]) -> list[str]:
    head = (f"{'N':>4} {'via':<9} {'op':<13}{'count':>7}{'p50 ms':>9}{'p99 ms':>9}"
            f"{'max ms':>9}{'errors':>7}{'rate/s':>8}{'target':>8}{'late p99':>10}")
    lines = [head]
    for result in runs:
        for op in OPS:
            row = result["ops"][op]
            lines.append(
                f"{result['terminals']:>4} {result['via']:<9} {op:<13}{row['count']:>7}"
                f"{_num(row['p50_ms']):>9}{_num(row['p99_ms']):>9}{_num(row['max_ms']):>9}"
                f"{row['errors']:>7}{row['achieved_per_s']:>8}{row['target_per_s']:>8}"
                f"{_num(row['late_p99_ms']):>10}")
        lines.append(
            f"     server CPU {_num(result['server_cpu_cores'])} cores for this database "
            f"({_num(result['server_cpu_cores_all_databases'])} whole server), "
            f"{_num(result['server_cpu_ms_per_product_op'])} ms per kiosk op; terminals "
            f"{result['terminals_cpu_cores']} cores"
            + (f"; pgbouncer {result['pgbouncer_cpu_cores']} cores" if result["via"] ==
               "pgbouncer" else "")
            + f"; {result['wall_seconds']} s until the last request ended"
            + f"; load average {result['loadavg_1min_mean']} "
            f"(before {result['loadavg_before'][0]})")
        if result["terminal_setup_errors"]:
            lines.append(f"     {result['terminals'] - result['terminals_running']} terminals "
                         f"did not start: {_last_line(result['terminal_setup_errors'][0])}")
    return lines


def _last_line(text: str) -> str:
    return ([line for line in text.splitlines() if line.strip()] or [""])[-1]


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def _terminal_counts(text: str) -> list[int]:
    try:
        counts = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of numbers: {text!r}") from None
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError("give one or more terminal counts, each at least 1")
    return counts


def _mix(text: str) -> dict[str, float]:
    rates = dict(RATES)
    for part in filter(None, (p.strip() for p in text.split(","))):
        op, _, rate = part.partition("=")
        if op not in RATES:
            raise argparse.ArgumentTypeError(f"unknown operation {op!r}: {', '.join(RATES)}")
        try:
            rates[op] = float(rate)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a rate: {part!r}") from None
        if rates[op] < 0:
            raise argparse.ArgumentTypeError(f"a rate cannot be negative: {part!r}")
    return rates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg-url", required=True, metavar="URL",
                        help="the benchmark's own database (created and seeded when empty)")
    parser.add_argument("--members", type=int, default=10_000, help="members to seed when empty")
    parser.add_argument("--seed-only", action="store_true", help="seed (if empty) and stop")
    parser.add_argument("--terminals", type=_terminal_counts, default=[10, 50, 200])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--shops", type=int, default=10)
    parser.add_argument("--pgbouncer", action="store_true",
                        help="runs with at least --pgbouncer-from terminals go through pgbouncer")
    parser.add_argument("--pgbouncer-from", type=int, default=200)
    parser.add_argument("--pool-size", type=int, default=20,
                        help="pgbouncer's server connections for the database")
    parser.add_argument("--mix", type=_mix, default=dict(RATES), metavar="OP=RATE,…",
                        help="operations per second per terminal (default: identify=1,"
                        "purchase=0.2,redeem=0.05,raw_identify=1,heartbeat=0.0167)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the schedules")
    parser.add_argument("--json", metavar="FILE", help="write every figure to FILE")
    args = parser.parse_args(argv)
    started = datetime.now(UTC).isoformat(timespec="seconds")
    if urlparse(args.pg_url).scheme not in ("postgres", "postgresql"):
        parser.error("--pg-url must be a postgresql:// URL")
    seeded = seed(args.pg_url, args.members)
    if args.seed_only:
        print(json.dumps(seeded))
        return 0
    open_database(args.pg_url)
    rng = random.Random(args.seed)
    reward_id, cost = cheapest_reward()
    cards = sample_cards(CARD_POOL, 0, rng)
    rich = sample_cards(RICH_POOL, cost * 3, rng)
    members = member_count()
    close_database()
    if not cards or not rich:
        raise SystemExit("the database has no active cards (with points enough to redeem)")
    runs = []
    for terminals in args.terminals:
        bouncer = None
        if args.pgbouncer and terminals >= args.pgbouncer_from:
            # two client connections a terminal: the kiosk's and the raw baseline's
            bouncer = start_pgbouncer(args.pg_url, args.pool_size, 2 * terminals)
        try:
            print(f"{terminals} terminals{' through pgbouncer' if bouncer else ''}, "
                  f"{args.seconds:g} s…", file=sys.stderr)
            runs.append(run(args.pg_url, terminals, args.shops, args.seconds, args.mix, cards,
                            rich, reward_id, bouncer, args.seed))
        finally:
            if bouncer:
                bouncer.stop()
    for line in table(runs):
        print(line)
    if args.json:
        Path(args.json).write_text(json.dumps({
            "benchmark": "bench_chain",
            "started": started,
            "host": {"cores": os.cpu_count(), "python": platform.python_version(),
                     "machine": platform.machine()},
            "database": {"members": members, **seeded},
            "rates_per_terminal": args.mix,
            "runs": runs,
        }, indent=1) + "\n")
    return 0 if all(r["terminals_running"] == r["terminals"] for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())

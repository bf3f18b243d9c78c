"""Measures seeding and the hot paths (scan to member view, purchase, redeem) on a seeded database.

Usage: python benchmarks/bench_core.py [--members N] [--samples K] [--db URL]
Prints a table and then one JSON object with the same figures.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.database import close_database, database_proxy, open_database
from db.migrations import migrate
from db.models import Card, Reward
from kiosk import services
from kiosk.clock import utc_now
from kiosk.config import Config
from kiosk.context import Context
from kiosk.demo import seed_demo
from kiosk.errors import InsufficientPoints


def _timed(samples: int, action) -> dict[str, float]:
    times = []
    for index in range(samples):
        started = time.perf_counter()
        action(index)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 3),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 3),
        "max_ms": round(times[-1], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=500)
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="kiosk-bench-")
    url = args.db or f"sqlite:///{folder}/bench.db"
    open_database(url)
    migrate(utc_now())
    ctx = Context(Config(), b"b" * 32)
    seeded = seed_demo(ctx, args.members)
    cards = [n for (n,) in Card.select(Card.number).tuples()]
    rng = random.Random(1)
    picks = [rng.choice(cards) for _ in range(args.samples)]

    def scan(index: int) -> None:
        found = services.identify(ctx, picks[index])
        services.member_view(ctx, found.member_id, found.card)

    def identify_only(index: int) -> None:
        services.identify(ctx, picks[index])

    def purchase(index: int) -> None:
        services.record_purchase(ctx, picks[index], 1234, f"B-{uuid.uuid4().hex}")

    cheapest = Reward.select().order_by(Reward.cost).first()

    def redeem(index: int) -> None:
        found = services.identify(ctx, picks[index])
        with contextlib.suppress(InsufficientPoints):  # members without points are in the mix
            services.redeem_reward(ctx, found.member_id, cheapest.id, uuid.uuid4().hex)

    results = {
        "backend": database_proxy.obj.__class__.__name__,
        "members": seeded.members,
        "seed_seconds": seeded.seconds,
        "seed_members_per_second": round(seeded.members / max(seeded.seconds, 1e-9)),
        "identify": _timed(args.samples, identify_only),
        "scan_to_member_view": _timed(args.samples, scan),
        "record_purchase": _timed(args.samples, purchase),
        "redeem_reward": _timed(args.samples, redeem),
    }
    close_database()
    print(f"{'measure':<22}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for name in ("identify", "scan_to_member_view", "record_purchase", "redeem_reward"):
        row = results[name]
        print(f"{name:<22}{row['p50_ms']:>10}{row['p95_ms']:>10}{row['max_ms']:>10}")
    print(f"seeded {seeded.members} members in {seeded.seconds} s "
          f"({results['seed_members_per_second']} members/s) on {results['backend']}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()

"""Measures the hot paths: identify (against raw SQL), the member screen, redeem to paper.

Usage: python benchmarks/bench_core.py [--db PATH | --members N] [--samples K] [--pg-url URL]
                                       [--pg-members N] [--json]

identify runs interleaved with the same look-up on a raw driver connection (sqlite3 or psycopg2)
to the same database, so the ratio holds on a busy machine. redeem_to_last_byte is what a
customer waits for: from the touch on "redeem" (points taken, voucher saved) to the moment the
printer, a real TCP socket (hardware/printer_sim.py), has received the job's last byte.

--db PATH measures an existing SQLite database (a million members: /work/bench/m1.db) without
writing into it: reads go through a read-only connection, redeems run on a copy made with
SQLite's online backup. Without --db, N members are seeded into a temporary file.
--pg-url URL (a server, e.g. postgresql://postgres@127.0.0.1:5432/postgres) also measures
PostgreSQL, on a new database seeded with --pg-members members and dropped afterwards.
Prints a table; --json prints one JSON object on stdout (the table then goes to stderr).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import peewee

from db.backup import copy_sqlite
from db.database import SQLITE_PRAGMAS, close_database, database_proxy, open_database
from db.migrations import migrate
from db.models import Reward
from hardware.preview import render_preview
from hardware.printer import EscposPrinter, NetworkTransport
from hardware.printer_sim import PrinterSimulator
from kiosk.clock import utc_now
from kiosk.config import Config
from kiosk.context import Context
from kiosk.demo import seed_demo
from kiosk.services import journey
from kiosk.services.lookup import CARD_MEMBER
from kiosk.services.members import identify, member_view

WARM_UP = 20
SECRET = b"bench-secret-" + b"b" * 32


# ---------------------------------------------------------------- figures


def percentiles(times_ms: list[float]) -> dict[str, float]:
    """p50, p99 and max of a list of milliseconds."""
    ordered = sorted(times_ms)
    p99 = ordered[min(len(ordered) - 1, max(0, round(len(ordered) * 0.99) - 1))]
    return {
        "p50_ms": round(statistics.median(ordered), 4),
        "p99_ms": round(p99, 4),
        "max_ms": round(ordered[-1], 4),
    }


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


# ---------------------------------------------------------------- the printer at the wire's end


class _Stamped:
    """An accepted printer connection that notes when each chunk of bytes arrived."""

    def __init__(self, conn: Any, stamps: list[float]) -> None:
        self._conn = conn
        self._stamps = stamps

    def recv(self, size: int) -> bytes:
        data = self._conn.recv(size)
        if data:
            self._stamps.append(time.perf_counter())
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


class StampingPrinter(PrinterSimulator):
    """The printer simulator, also noting the moment the last byte of each job arrived."""

    def __init__(self) -> None:
        super().__init__()
        self.last_byte_at: list[float] = []

    def _serve(self, conn: Any, number: int) -> None:  # the simulator's per-connection loop
        stamps: list[float] = []
        try:
            super()._serve(_Stamped(conn, stamps), number)
        finally:
            self._open.discard(conn)
            with self._changed:
                self.last_byte_at.append(stamps[-1] if stamps else 0.0)
                self._changed.notify_all()

    def wait_for_stamps(self, count: int, timeout: float = 5.0) -> float:
        """The last byte's moment of the count-th connection."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(self.last_byte_at) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError("the printer got no job")
                self._changed.wait(left)
            return self.last_byte_at[count - 1]


# ---------------------------------------------------------------- one backend


@dataclass
class Backend:
    """A database to measure: how the product opens it and how the raw driver does."""

    name: str
    open_product: Callable[[], None]
    raw_lookup: Callable[[str], Any]  # the identify statement on a raw driver connection
    members: int


def _sample_cards(count: int, min_balance: int = 0) -> list[str]:
    """Active cards of active members (with at least min_balance points), in random order."""
    largest = database_proxy.execute_sql('SELECT max(id) FROM "member"').fetchone()[0] or 0
    rng = random.Random(min_balance + 1)
    cards: dict[str, None] = {}
    for _ in range(40):  # sample ids rather than sorting a million rows by random()
        ids = ",".join(str(rng.randint(1, largest)) for _ in range(count * 4))
        rows = database_proxy.execute_sql(
            'SELECT c.number FROM "card" c JOIN "member" m ON m.id = c.member_id '
            f"WHERE m.id IN ({ids}) AND m.status = 'active' AND c.status = 'active' "
            f"AND m.balance >= {int(min_balance)}"
        ).fetchall()
        cards.update((row[0], None) for row in rows)
        if len(cards) >= count:
            break
    chosen = list(cards)
    rng.shuffle(chosen)
    return chosen[:count]


def measure_identify(ctx: Context, backend: Backend, samples: int) -> dict[str, Any]:
    """identify through the product, interleaved with the same look-up on a raw connection."""
    cards = _sample_cards(samples + WARM_UP)
    ours: list[float] = []
    raw: list[float] = []
    for index, card in enumerate(cards):
        order = (0, 1) if index % 2 else (1, 0)
        for which in order:
            started = time.perf_counter()
            if which:
                identify(ctx, card, "card")
                took = _ms(started)
                if index >= WARM_UP:
                    ours.append(took)
            else:
                backend.raw_lookup(card)
                took = _ms(started)
                if index >= WARM_UP:
                    raw.append(took)
    mine, base = percentiles(ours), percentiles(raw)
    return {
        **mine,
        "raw_p50_ms": base["p50_ms"],
        "raw_p99_ms": base["p99_ms"],
        "ratio_p50": round(mine["p50_ms"] / base["p50_ms"], 2) if base["p50_ms"] else None,
        "samples": len(ours),
    }


def measure_scan(ctx: Context, samples: int) -> dict[str, Any]:
    """What a scan reads: identify, then the member view (six statements).

    The kiosk also runs grant_birthday_bonus between the two; it reads or writes only for a
    member whose birthday is within its window, so it is left out of this read-only run.
    """
    cards = _sample_cards(samples + WARM_UP)
    times = []
    for index, card in enumerate(cards):
        started = time.perf_counter()
        found = identify(ctx, card, "card")
        member_view(ctx, found.member_id, found.card)
        if index >= WARM_UP:
            times.append(_ms(started))
    return {**percentiles(times), "samples": len(times)}


def measure_redeem(ctx: Context, samples: int) -> dict[str, Any]:
    """Redeem to the printer's last byte, on a real TCP printer; the preview is drawn after."""
    reward = Reward.select().where(Reward.active == True).order_by(Reward.cost).first()  # noqa: E712
    cards = _sample_cards(samples + WARM_UP, reward.cost)
    times: list[float] = []
    saved: list[float] = []  # until the voucher is committed (the rest is the printer's part)
    previews: list[float] = []
    bytes_sent = 0
    first_ms = None
    printer_sim = StampingPrinter().start()
    try:
        printer = EscposPrinter(NetworkTransport("127.0.0.1", printer_sim.port, 5.0))
        preview_ms: list[float] = []

        def render(document: Any) -> bytes:
            started = time.perf_counter()
            render_preview(document, 80)
            preview_ms.append(_ms(started))
            return b""

        saved_at: list[float] = []

        def progress(step: str) -> None:
            if step == journey.SAVED:
                saved_at.append(time.perf_counter())

        for index, card in enumerate(cards):
            found = identify(ctx, card, "card")
            started = time.perf_counter()
            done = journey.redeem_and_print(
                ctx, printer, render, found.member_id, reward.id, uuid.uuid4().hex, progress
            )
            last_byte = printer_sim.wait_for_stamps(index + 1)
            took = (last_byte - started) * 1000
            if index >= WARM_UP:
                saved.append((saved_at[-1] - started) * 1000)
            if not done.outcome.printed:
                raise RuntimeError(f"the voucher did not print: {done.outcome.detail}")
            if index == 0:
                first_ms = round(took, 3)
            if index >= WARM_UP:
                times.append(took)
        bytes_sent = len(printer_sim.wait_for_jobs(1)[-1])
        previews = preview_ms[WARM_UP:]
    finally:
        printer_sim.stop()
    return {
        **percentiles(times),
        "job_bytes": bytes_sent,
        "saved_p50_ms": percentiles(saved)["p50_ms"],
        "saved_p99_ms": percentiles(saved)["p99_ms"],
        "first_ms": first_ms,
        "preview_p50_ms": round(statistics.median(previews), 3) if previews else None,
        "samples": len(times),
    }


def measure_backend(
    backend: Backend, samples: int, redeem: Callable[[], Iterator[None]] | None, redeem_samples: int
) -> dict[str, Any]:
    """Every figure for one backend."""
    ctx = Context(Config(), SECRET)
    backend.open_product()
    results: dict[str, Any] = {"backend": backend.name, "members": backend.members}
    results["identify"] = measure_identify(ctx, backend, samples)
    results["scan_to_member_view"] = measure_scan(ctx, samples)
    close_database()
    if redeem is not None:
        with redeem():
            results["redeem_to_last_byte"] = measure_redeem(ctx, redeem_samples)
        close_database()
    return results


# ---------------------------------------------------------------- SQLite


def _sqlite_readonly(path: Path) -> None:
    """Bind the product to the file through a read-only connection (nothing can be written)."""
    pragmas = {k: v for k, v in SQLITE_PRAGMAS.items() if k != "journal_mode"}
    database = peewee.SqliteDatabase(f"file:{path}?mode=ro", uri=True, pragmas=pragmas, timeout=10)
    database_proxy.initialize(database)
    database.connect()


def sqlite_backend(
    path: Path, members: int, copy_for_redeem: bool, notes: dict[str, Any]
) -> tuple[Backend, Callable[[], Iterator[None]]]:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    raw.execute(f"PRAGMA cache_size = {SQLITE_PRAGMAS['cache_size']}")  # as the product's
    sql = CARD_MEMBER.sql

    def raw_lookup(card: str) -> Any:
        return raw.execute(sql, (card,)).fetchone()

    @contextmanager
    def redeem_database() -> Iterator[None]:
        if not copy_for_redeem:
            open_database(f"sqlite:///{path}")
            yield
            return
        folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-copy-"))
        target = folder / "copy.db"
        started = time.perf_counter()
        copy_sqlite(path, target)
        notes["copy_seconds"] = round(time.perf_counter() - started, 1)
        try:
            open_database(f"sqlite:///{target}")
            yield
        finally:
            close_database()
            for leftover in folder.iterdir():
                leftover.unlink()
            folder.rmdir()

    return Backend("sqlite", lambda: _sqlite_readonly(path), raw_lookup, members), redeem_database


# ---------------------------------------------------------------- PostgreSQL


@contextmanager
def postgres_backend(server_url: str, members: int) -> Iterator[tuple[Backend, Any]]:
    """A new database on the server, seeded, dropped afterwards."""
    import psycopg2

    name = f"kiosk_bench_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(server_url)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {name}")
    url = server_url.rsplit("/", 1)[0] + "/" + name
    raw = None
    try:
        open_database(url)
        migrate(utc_now())
        print(f"seeding {members:,} members on PostgreSQL…", file=sys.stderr)
        seeded = seed_demo(Context(Config(), SECRET), members)
        database_proxy.execute_sql("ANALYZE")
        close_database()
        raw = psycopg2.connect(url)
        raw.autocommit = True
        cursor = raw.cursor()
        sql = CARD_MEMBER.sql.replace("?", "%s")

        def raw_lookup(card: str) -> Any:
            cursor.execute(sql, (card,))
            return cursor.fetchone()

        @contextmanager
        def redeem_database() -> Iterator[None]:
            open_database(url)
            yield

        yield (
            Backend("postgresql", lambda: open_database(url), raw_lookup, seeded.members),
            redeem_database,
        )
    finally:
        close_database()
        if raw is not None:
            raw.close()
        with admin.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


# ---------------------------------------------------------------- main


def _table(results: dict[str, Any]) -> list[str]:
    lines = [
        f"{results['backend']}, {results['members']:,} members",
        f"  {'measure':<22}{'p50 ms':>10}{'p99 ms':>10}{'raw p50':>10}{'raw p99':>10}",
    ]
    for name in ("identify", "scan_to_member_view", "redeem_to_last_byte"):
        row = results.get(name)
        if row is None:
            continue
        lines.append(
            f"  {name:<22}{row['p50_ms']:>10}{row['p99_ms']:>10}"
            f"{row.get('raw_p50_ms', ''):>10}{row.get('raw_p99_ms', ''):>10}"
        )
    ident = results["identify"]
    lines.append(f"  identify is {ident['ratio_p50']}x the raw look-up (p50)")
    redeem = results.get("redeem_to_last_byte")
    if redeem:
        lines.append(
            f"  of which saving the voucher: p50 {redeem['saved_p50_ms']} ms, "
            f"p99 {redeem['saved_p99_ms']} ms (the rest: encoding and the printer)"
        )
        lines.append(
            f"  voucher job {redeem['job_bytes']:,} bytes; first redeem "
            f"{redeem['first_ms']} ms; preview drawn after the job, "
            f"p50 {redeem['preview_p50_ms']} ms"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", metavar="PATH", help="an existing SQLite database (not written)")
    parser.add_argument("--members", type=int, default=100_000, help="members to seed without --db")
    parser.add_argument("--samples", type=int, default=2000, help="identify and scan samples")
    parser.add_argument("--redeem-samples", type=int, default=300)
    parser.add_argument("--pg-url", metavar="URL", help="a PostgreSQL server to measure too")
    parser.add_argument("--pg-members", type=int, default=20_000)
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    args = parser.parse_args()
    notes: dict[str, Any] = {}
    if args.db:
        path = Path(args.db.removeprefix("sqlite:///")).resolve()
        if not path.exists():
            parser.error(f"{path} does not exist")
        probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        members = probe.execute('SELECT count(*) FROM "member"').fetchone()[0]
        probe.close()
        copy = True
    else:
        path = Path(tempfile.mkdtemp(prefix="kiosk-bench-")) / "bench.db"
        open_database(f"sqlite:///{path}")
        migrate(utc_now())
        print(f"seeding {args.members:,} members…", file=sys.stderr)
        members = seed_demo(Context(Config(), SECRET), args.members).members
        database_proxy.execute_sql("ANALYZE")
        close_database()
        copy = False
    backend, redeem = sqlite_backend(path, members, copy, notes)
    results: dict[str, Any] = measure_backend(backend, args.samples, redeem, args.redeem_samples)
    results.update(notes)
    if not args.db:  # the seeded file was ours
        for leftover in path.parent.iterdir():
            leftover.unlink()
        path.parent.rmdir()
    if args.pg_url:
        with postgres_backend(args.pg_url, args.pg_members) as (pg, pg_redeem):
            results["postgresql"] = measure_backend(
                pg, args.samples, pg_redeem, args.redeem_samples
            )
    stream = sys.stderr if args.json else sys.stdout
    for line in _table(results):
        print(line, file=stream)
    if "postgresql" in results:
        for line in _table(results["postgresql"]):
            print(line, file=stream)
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()

"""Measures `member import`: a realistic member file into a fresh database, against raw inserts.

Usage: python benchmarks/bench_import.py [--members N] [--pg-url URL] [--json]

Writes a CSV of N members (names in English, Turkish and Russian, UK phone numbers, e-mails,
birthdays written both ways, cards, opening points with and without an expiry date, consent),
then imports it into a fresh SQLite file: once as a dry run, once for real, and once more (the
re-run that finds every member already there). The raw baseline inserts the same members, cards,
ledger entries and lots with sqlite3 executemany in one transaction, in the same run, so the
ratio holds on a busy machine. --pg-url URL (a server) also imports into a new PostgreSQL
database, dropped afterwards. Prints a table; --json prints one JSON object on stdout (the table
then goes to stderr).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.database import close_database, database_proxy, open_database
from db.migrations import migrate
from kiosk.cards import ean_check_digit
from kiosk.clock import utc_now
from kiosk.config import Config
from kiosk.context import Context
from kiosk.services.member_import import ImportResult, import_members

SECRET = b"bench-secret-" + b"b" * 32
FIRST = {
    "en": ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Noah", "Grace"],
    "tr": ["Ayşe", "Mehmet", "Zeynep", "Mustafa", "Elif", "Ahmet", "Şule", "Emre", "Gül", "Çağrı"],
    "ru": ["Иван", "Мария", "Алексей", "Ольга", "Дмитрий", "Анна", "Сергей", "Елена", "Павел"],
}
LAST = {
    "en": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın"],
    "ru": ["Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов"],
}
HEADER = ["Name", "Phone", "E-mail", "Birthday", "Card", "Points", "Points expire", "Consent"]


def card_number(index: int) -> str:
    body = f"29{index:010d}"
    return body + ean_check_digit(body)


def write_file(path: Path, members: int, seed: int = 7) -> list[list[str]]:
    """The member file (UTF-8 with BOM, `;` as Excel writes it in Turkish); returns its rows."""
    rng = random.Random(seed)
    today = date.today()
    rows = []
    for index in range(1, members + 1):
        language = rng.choice(("en", "tr", "ru"))
        name = f"{rng.choice(FIRST[language])} {rng.choice(LAST[language])}"
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 55))
        birthday = born.isoformat() if index % 2 else born.strftime("%d.%m.%Y")
        points = rng.choice((0, rng.randrange(1, 5000)))
        expiry = (today + timedelta(days=rng.randrange(30, 700))).isoformat() if index % 3 else ""
        rows.append([
            name, f"07{400_000_000 + index}", f"member{index}@example.com", birthday,
            card_number(index), str(points), expiry, rng.choice(("yes", "no")),
        ])
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return rows


def raw_baseline(path: Path, rows: list[list[str]]) -> float:
    """The same members, cards, ledger entries and lots with sqlite3 executemany: seconds."""
    now = utc_now().isoformat(sep=" ")
    connection = sqlite3.connect(path, isolation_level=None)
    started = time.perf_counter()
    members: list[tuple] = []
    cards: list[tuple] = []
    entries: list[tuple] = []
    lots: list[tuple] = []
    for index, (name, phone, email, birthday, card, points, expiry, consent) in enumerate(
        rows, start=1
    ):
        members.append((index, name, "+44" + phone[1:], email, birthday, "en",
                        consent == "yes", "active", int(points), now, 0, 0))
        cards.append((index, card, index, "active", now))
        if int(points):
            entries.append((len(entries) + 1, index, "opening", int(points), "opening balance",
                            "import:" + card, "STORE-1", "KIOSK-1", now))
            lots.append((len(lots) + 1, index, len(entries), int(points), int(points), now,
                         expiry or None))
    connection.execute("BEGIN")
    connection.executemany(
        'INSERT INTO "member" (id, name, phone, email, birthday, language, marketing_consent, '
        "status, balance, created_at, pin_failures, purchase_count) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", members)
    connection.executemany(
        "INSERT INTO card (id, number, member_id, status, issued_at) VALUES (?, ?, ?, ?, ?)",
        cards)
    connection.executemany(
        "INSERT INTO ledger_entry (id, member_id, kind, points, reason, idempotency_key, store, "
        "terminal, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
    connection.executemany(
        "INSERT INTO lot (id, member_id, entry_id, points, remaining, earned_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", lots)
    connection.execute("COMMIT")
    seconds = time.perf_counter() - started
    connection.close()
    return seconds


def timed(run: Callable[[], ImportResult]) -> tuple[float, ImportResult]:
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, result


def measure(open_fresh: Callable[[], object], path: Path) -> dict[str, Any]:
    """Dry run, import and re-run on a freshly migrated database."""
    open_fresh()
    migrate(utc_now())
    ctx = Context(Config(), SECRET, staff="bench", role="owner")
    dry_seconds, dry = timed(lambda: import_members(ctx, path, dry_run=True))
    seconds, done = timed(lambda: import_members(ctx, path))
    again_seconds, again = timed(lambda: import_members(ctx, path))
    assert dry.ok and done.ok and again.ok, done.errors[:5]
    assert done.new == again.existing and again.new == 0
    close_database()
    return {
        "members": done.new,
        "seconds": round(seconds, 3),
        "rows_per_s": round(done.new / seconds),
        "dry_run_seconds": round(dry_seconds, 3),
        "rerun_seconds": round(again_seconds, 3),
        "opening_points": done.points,
    }


@contextmanager
def postgres(server_url: str) -> Iterator[str]:
    """A new database on the server, dropped afterwards."""
    import psycopg2

    name = f"kiosk_bench_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(server_url)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {name}")
    try:
        yield server_url.rsplit("/", 1)[0] + "/" + name
    finally:
        close_database()
        with admin.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


def table(results: dict[str, Any]) -> list[str]:
    lines = [f"{'database':<12}{'members':>10}{'import s':>10}{'rows/s':>10}{'dry run s':>11}"
             f"{'re-run s':>10}"]
    for name in ("sqlite", "postgresql"):
        if name in results:
            r = results[name]
            lines.append(f"{name:<12}{r['members']:>10,}{r['seconds']:>10}{r['rows_per_s']:>10,}"
                         f"{r['dry_run_seconds']:>11}{r['rerun_seconds']:>10}")
    lines.append(f"raw sqlite3 executemany of the same rows: {results['raw_seconds']} s; "
                 f"the import takes {results['ratio_to_raw']}x as long (checks included)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--pg-url", metavar="URL", help="a PostgreSQL server to measure too")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "members.csv"
        rows = write_file(path, args.members)
        sqlite_path = Path(folder) / "kiosk.db"
        results: dict[str, Any] = {"members": args.members}
        results["sqlite"] = measure(lambda: open_database(f"sqlite:///{sqlite_path}"), path)
        raw_path = Path(folder) / "raw.db"
        open_database(f"sqlite:///{raw_path}")
        migrate(utc_now())
        database_proxy.close()
        close_database()
        raw_seconds = raw_baseline(raw_path, rows)
        results["raw_seconds"] = round(raw_seconds, 3)
        if args.pg_url:
            with postgres(args.pg_url) as url:
                results["postgresql"] = measure(lambda: open_database(url), path)
    results["seconds"] = results["sqlite"]["seconds"]
    results["rows_per_s"] = results["sqlite"]["rows_per_s"]
    results["ratio_to_raw"] = round(results["seconds"] / max(raw_seconds, 1e-6), 1)
    lines = table(results)
    if args.json:
        print("\n".join(lines), file=sys.stderr)
        print(json.dumps(results))
    else:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())

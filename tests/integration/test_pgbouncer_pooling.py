"""The kiosk through pgbouncer in transaction pooling mode: what a kiosk's session leaves on a
pooled server connection must not reach another kiosk's."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest

from db.database import close_database, database_proxy, open_database
from db.migrations import migrate
from kiosk.clock import utc_now
from kiosk.config import Config
from kiosk.context import Context
from kiosk.doctor.database import open_read_only
from kiosk.roles import SYSTEM
from kiosk.schedule import EXPIRY_LOCK, chain_lock, run_expiry
from tests.conftest import create_pg_database, drop_pg_database

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from chain_pgbouncer import Pgbouncer, pgbouncer_binary, start_pgbouncer  # noqa: E402

pytestmark = [
    pytest.mark.integration,
    pytest.mark.postgres,
    pytest.mark.skipif(pgbouncer_binary() is None, reason="pgbouncer is not installed"),
]


@pytest.fixture
def direct_url(pg_server: str) -> Iterator[str]:
    name, url = create_pg_database(pg_server)
    try:
        open_database(url)
        migrate(utc_now())
        close_database()
        yield url
    finally:
        close_database()
        drop_pg_database(pg_server, name)


@pytest.fixture
def bouncer(direct_url: str) -> Iterator[Pgbouncer]:
    """One server connection only: every client shares it, as a busy pool does."""
    running = start_pgbouncer(direct_url, 1, 10)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def two_connection_bouncer(direct_url: str) -> Iterator[Pgbouncer]:
    """Two server connections: expiry holds its lock's transaction on one while it works on
    the other (with a pool of one it would wait for itself)."""
    running = start_pgbouncer(direct_url, 2, 10)
    try:
        yield running
    finally:
        running.stop()


def _write_works(url: str) -> bool:
    connection = psycopg2.connect(url)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("SHOW transaction_read_only")
            read_only = cursor.fetchone()[0] == "on"
            cursor.execute("UPDATE reward SET sort_order = sort_order WHERE id = -1")
        return not read_only
    except psycopg2.errors.ReadOnlySqlTransaction:
        return False
    finally:
        connection.close()


def test_the_kiosks_timeouts_survive_pgbouncer(bouncer: Pgbouncer) -> None:
    """pgbouncer drops the kiosk's `options` startup parameter; the connect_query of its
    database line sets the same timeouts on every server connection instead."""
    open_database(bouncer.url)
    statement = database_proxy.execute_sql("SHOW statement_timeout").fetchone()[0]
    idle = database_proxy.execute_sql("SHOW idle_in_transaction_session_timeout").fetchone()[0]
    close_database()
    assert (statement, idle) == ("15s", "30s")


def test_the_doctor_leaves_no_read_only_session_for_the_next_kiosk(bouncer: Pgbouncer) -> None:
    opened = open_read_only(bouncer.url)
    assert opened.connected, opened.result
    close_database()
    assert _write_works(bouncer.url)  # the same (only) server connection, now a kiosk's


def test_the_doctor_is_still_read_only_on_a_direct_connection(direct_url: str) -> None:
    opened = open_read_only(direct_url)
    assert opened.connected, opened.result
    with pytest.raises(Exception, match="read-only"):
        database_proxy.execute_sql("UPDATE reward SET sort_order = sort_order WHERE id = -1")
    close_database()
    assert _write_works(direct_url)


KILLED_DURING_EXPIRY = """
import os, sys
from db.database import open_database
from kiosk.config import Config
from kiosk.context import Context
from kiosk.roles import SYSTEM
from kiosk import schedule
import kiosk.services.points as points

def killed(ctx):
    print("expiring", flush=True)
    os._exit(3)  # the kiosk dies half-way: no finally, no unlock

points.expire_points = killed
open_database(sys.argv[1])
schedule.run_expiry(Context(Config(), b"k" * 32).as_staff("schedule", SYSTEM))
"""


def _lock_is_free(url: str) -> bool:
    connection = psycopg2.connect(url)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", (EXPIRY_LOCK,))
            return bool(cursor.fetchone()[0])
    finally:
        connection.close()


def test_a_kiosk_killed_during_expiry_leaves_the_chains_lock_free(
    two_connection_bouncer: Pgbouncer, direct_url: str
) -> None:
    bouncer = two_connection_bouncer
    done = subprocess.run([sys.executable, "-c", KILLED_DURING_EXPIRY, bouncer.url], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 3 and "expiring" in done.stdout, done.stderr
    deadline = time.monotonic() + 10
    while not _lock_is_free(direct_url):  # pgbouncer closes the server side of a dead client
        assert time.monotonic() < deadline, "the expiry lock outlived the kiosk that took it"
        time.sleep(0.2)


def test_expiry_through_pgbouncer_runs_and_frees_the_lock(
    two_connection_bouncer: Pgbouncer, direct_url: str
) -> None:
    open_database(two_connection_bouncer.url)
    try:
        ran = run_expiry(Context(Config(), b"k" * 32).as_staff("schedule", SYSTEM))
    finally:
        close_database()
    assert ran is not None and ran.points == 0
    assert _lock_is_free(direct_url)


def test_the_expiry_lock_outlasts_the_kiosks_idle_transaction_timeout(
    direct_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kiosk's connections end a transaction idle for long (here half a second); the
    chain's expiry lock waits in one on purpose while expiry works, and keeps its lock."""
    import db.database

    monkeypatch.setattr(db.database, "IDLE_IN_TRANSACTION_S", 0.5)
    monkeypatch.setenv("KIOSK_DB_STATEMENT_TIMEOUT", "0.2")
    open_database(direct_url)
    try:
        with chain_lock(EXPIRY_LOCK) as locked:
            assert locked
            time.sleep(1.5)  # three idle timeouts
            assert not _lock_is_free(direct_url)
    finally:
        close_database()
    assert _lock_is_free(direct_url)

"""The kiosk through pgbouncer in transaction pooling mode: what a kiosk's session leaves on a
pooled server connection must not reach another kiosk's."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest

from db.database import close_database, database_proxy, open_database
from db.migrations import migrate
from kiosk.clock import utc_now
from kiosk.doctor.database import open_read_only
from tests.conftest import create_pg_database, drop_pg_database

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from chain_pgbouncer import Pgbouncer, pgbouncer_binary, start_pgbouncer

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


def test_the_kiosks_statement_timeout_survives_pgbouncer(bouncer: Pgbouncer) -> None:
    """pgbouncer drops the kiosk's `options` startup parameter; the connect_query of its
    database line sets the same statement_timeout on every server connection instead."""
    open_database(bouncer.url)
    shown = database_proxy.execute_sql("SHOW statement_timeout").fetchone()[0]
    close_database()
    assert shown == "15s"


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

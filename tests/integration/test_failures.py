"""Failures that used to hang or hide their cause: a frozen server, a full disk, lost races."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import peewee
import pytest

from db.database import DiskFull, close_database, database_proxy, open_database
from db.migrations import migrate
from db.models import AuditEntry, Card
from kiosk import services
from kiosk.errors import DatabaseUnavailable
from kiosk.errors import DiskFull as DiskFullError
from kiosk.failures import as_kiosk_error
from tests.conftest import START, create_pg_database, drop_pg_database

pytestmark = pytest.mark.integration


class FreezableProxy:
    """A TCP proxy to a server that can stop forwarding while keeping every socket open."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.frozen = threading.Event()
        self.stopped = threading.Event()
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        source.settimeout(0.05)
        while not self.stopped.is_set():
            if self.frozen.is_set():
                self.stopped.wait(0.05)
                continue
            try:
                data = source.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not data:
                return
            with contextlib.suppress(OSError):
                sink.sendall(data)

    def close(self) -> None:
        self.stopped.set()
        self.listener.close()
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.close()


@pytest.fixture
def pg_behind_proxy(pg_server: str) -> Iterator[tuple[str, FreezableProxy]]:
    name, url = create_pg_database(pg_server)
    parsed = urlparse(url)
    proxy = FreezableProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432)
    proxied = parsed._replace(netloc=f"{parsed.username}@127.0.0.1:{proxy.port}").geturl()
    try:
        yield proxied + "?socket_timeout=1&statement_timeout=1", proxy
    finally:
        close_database()
        proxy.close()
        drop_pg_database(pg_server, name)


@pytest.mark.postgres
def test_a_frozen_server_ends_in_database_unavailable(pg_behind_proxy) -> None:
    url, proxy = pg_behind_proxy
    open_database(url)
    migrate(START)
    assert AuditEntry.select().count() == 0
    proxy.frozen.set()
    outcome: list[BaseException | None] = []

    def query() -> None:
        try:
            AuditEntry.select().count()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)
        finally:
            with contextlib.suppress(Exception):
                close_database()

    worker = threading.Thread(target=query, daemon=True)
    worker.start()
    worker.join(timeout=30)  # a bounded wait: without the socket timeout this waits for ever
    assert not worker.is_alive(), "the query still waits for the frozen server"
    (error,) = outcome
    assert isinstance(error, peewee.OperationalError)
    problem = as_kiosk_error(error)
    assert isinstance(problem, DatabaseUnavailable)
    assert problem.reason == "database_timeout"


def _fill(database: peewee.Database) -> BaseException:
    """Write audit rows in one transaction until the database refuses; return the error."""
    try:
        with database.atomic():
            for number in range(200_000):
                AuditEntry.create(
                    created_at=START, action="fill", target=str(number), details="x" * 2000,
                    store="S", terminal="T",
                )
    except peewee.PeeweeException as exc:
        return exc
    raise AssertionError("the database never filled up")


def test_a_full_sqlite_database_reads_disk_full(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'kiosk.db'}")
    try:
        migrate(START)
        pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
        database.execute_sql(f"PRAGMA max_page_count = {pages + 20}")
        error = _fill(database)
        assert isinstance(error, DiskFull), repr(error)
        problem = as_kiosk_error(error)
        assert isinstance(problem, DiskFullError) and problem.reason == "disk_full"
        assert "disk is full" in problem.message
        assert AuditEntry.select().count() == 0  # the transaction was rolled back whole
    finally:
        close_database()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs (as root), or a folder on the real disk when mounting is not allowed."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)], check=False,
        capture_output=True,
    ).returncode == 0
    if not mounted:
        pytest.fail("this test needs root to mount a small tmpfs", pytrace=False)
    try:
        yield folder
    finally:
        close_database()
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_reads_disk_full(tiny_disk: Path) -> None:
    database = open_database(f"sqlite:///{tiny_disk / 'kiosk.db'}")
    migrate(START)
    error = _fill(database)
    problem = as_kiosk_error(error)
    assert isinstance(problem, DiskFullError), repr(error)
    assert "no transaction is active" not in str(error)


@pytest.mark.postgres
def test_cards_enrolled_at_the_same_instant_end_in_the_usual_refusal(pg_server: str, ctx) -> None:
    name, url = create_pg_database(pg_server)
    racers = 8
    try:
        open_database(url)
        migrate(START)
        close_database()
        start = threading.Barrier(racers)
        outcomes: list[object] = []

        def enrol(index: int) -> None:
            start.wait()
            try:
                outcomes.append(services.enrol(ctx, f"Racer {index}", card="2900000000018"))
            except Exception as exc:
                outcomes.append(as_kiosk_error(exc) or exc)
            finally:
                database_proxy.close()

        threads = [threading.Thread(target=enrol, args=(i,)) for i in range(racers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        reasons = sorted(getattr(o, "reason", type(o).__name__) for o in outcomes)
        enrolled = [o for o in outcomes if not isinstance(o, BaseException)]
        assert len(enrolled) == 1, reasons
        assert reasons.count("card_taken") == racers - 1, reasons
        assert Card.select().count() == 1
    finally:
        close_database()
        drop_pg_database(pg_server, name)

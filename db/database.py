"""The database proxy and how it is opened from a URL (SQLite by default, PostgreSQL for chains)."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import peewee
from playhouse.db_url import parseresult_to_dict


class ThreadDatabaseProxy(peewee.DatabaseProxy):
    """The models' proxy: one database for the program, which a thread may swap for another
    while it runs a block of work (`use_database`), e.g. the kiosk's local copy while offline."""

    __slots__ = ("_local", "_shared")

    def __init__(self) -> None:
        object.__setattr__(self, "_shared", None)
        object.__setattr__(self, "_local", threading.local())
        super().__init__()

    @property  # type: ignore[override]
    def obj(self) -> Any:
        override = getattr(self._local, "database", None)
        return self._shared if override is None else override

    @obj.setter
    def obj(self, value: Any) -> None:
        object.__setattr__(self, "_shared", value)

    def __setattr__(self, attr: str, value: Any) -> None:
        if attr not in ("obj", "_callbacks", "_Model"):
            raise AttributeError("Cannot set attribute on proxy.")
        object.__setattr__(self, attr, value)

    def thread_override(self) -> peewee.Database | None:
        """The database this thread uses instead of the shared one, if any."""
        return getattr(self._local, "database", None)

    def set_thread_override(self, database: peewee.Database | None) -> None:
        self._local.database = database


database_proxy = ThreadDatabaseProxy()


@contextmanager
def use_database(database: peewee.Database) -> Iterator[peewee.Database]:
    """Run the block with every model and statement of this thread on `database`; the other
    threads keep the shared one. Blocks nest; the previous choice comes back afterwards."""
    previous = database_proxy.thread_override()
    database_proxy.set_thread_override(database)
    try:
        yield database
    finally:
        database_proxy.set_thread_override(previous)

CONNECT_TIMEOUT_S = 5.0
STATEMENT_TIMEOUT_S = 15.0
SOCKET_TIMEOUT_S = 20.0
IDLE_IN_TRANSACTION_S = 30.0

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -16_000,
    "secure_delete": 1,  # a deleted or overwritten row (an erased member) is zeroed on disk
}
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def default_sqlite_url(data_dir: Path) -> str:
    """The embedded database inside the data directory."""
    return f"sqlite:///{data_dir / 'kiosk.db'}"


def describe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parsed = urlparse(url)
    if parsed.password:
        netloc = parsed.netloc.replace(f":{parsed.password}@", ":***@")
        return parsed._replace(netloc=netloc).geturl()
    return url


class DiskFull(peewee.OperationalError):
    """The disk under the database is full: nothing more can be written until space is freed."""


DISK_FULL_SIGNS = ("database or disk is full", "disk i/o error", "no space left")
NO_TRANSACTION = "no transaction is active"


def _disk_is_full(path: str) -> bool:
    """Tell whether the folder of an SQLite file has (almost) no room left."""
    try:
        return shutil.disk_usage(Path(path).parent).free < 64 * 1024
    except OSError:
        return False


class KioskSqliteDatabase(peewee.SqliteDatabase):
    """SQLite that says "disk full" when the disk is full, and whose failed transaction keeps
    the error that caused it (not SQLite's "cannot rollback - no transaction is active")."""

    def execute_sql(self, sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except peewee.OperationalError as exc:
            text = str(exc).lower()
            if "database or disk is full" in text or (
                any(sign in text for sign in DISK_FULL_SIGNS) and _disk_is_full(self.database)
            ):
                raise DiskFull(f"the disk is full ({exc})") from exc
            raise

    def rollback(self) -> None:
        try:
            super().rollback()
        except peewee.OperationalError as exc:
            if NO_TRANSACTION not in str(exc):
                raise
            # SQLite already rolled back when the write failed (a full disk does this): the
            # error that failed the transaction is the one to report, not this one.


class KioskPostgresqlDatabase(peewee.PostgresqlDatabase):
    """PostgreSQL whose connections wait for the server at most the socket timeout."""


def _seconds(name: str, query: dict[str, Any], variable: str, default: float) -> float:
    raw = query.pop(name, None)
    if raw is None:
        raw = os.environ.get(variable)
    try:
        value = float(raw) if raw is not None else default
    except ValueError:
        raise ValueError(f"{name} must be a number of seconds, not {raw!r}") from None
    if value <= 0:
        raise ValueError(f"{name} must be more than 0 seconds")
    return value


def postgres_options(url: str, server_timeout_s: float | None = None) -> dict[str, Any]:
    """Connection keywords for a PostgreSQL URL, with the kiosk's timeouts.

    connect_timeout (s), statement_timeout (s) and socket_timeout (s) come from the URL's query,
    else KIOSK_DB_TIMEOUT, KIOSK_DB_STATEMENT_TIMEOUT and KIOSK_DB_SOCKET_TIMEOUT, else 5, 15
    and 20 s (connect and socket: server_timeout_s when given, for a kiosk that serves from its
    local copy when the server is slow to answer). The socket timeout bounds every wait for the
    server (a frozen server, a cut cable); keepalives and tcp_user_timeout find a dead peer.
    """
    kwargs = parseresult_to_dict(urlparse(url))
    connect_default = server_timeout_s or CONNECT_TIMEOUT_S
    socket_default = server_timeout_s or SOCKET_TIMEOUT_S
    connect_s = _seconds("connect_timeout", kwargs, "KIOSK_DB_TIMEOUT", connect_default)
    statement_s = _seconds(
        "statement_timeout", kwargs, "KIOSK_DB_STATEMENT_TIMEOUT", STATEMENT_TIMEOUT_S
    )
    socket_s = _seconds("socket_timeout", kwargs, "KIOSK_DB_SOCKET_TIMEOUT", socket_default)
    options = kwargs.pop("options", "")
    # a transaction left open by a kiosk whose line died ends on the server by itself, so its
    # row locks never hold up the next attempt (the kiosk never keeps one open while idle)
    idle_ms = round(max(IDLE_IN_TRANSACTION_S, statement_s * 2) * 1000)
    kwargs.update(
        connect_timeout=max(1, round(connect_s)),
        options=(f"{options} -c statement_timeout={round(statement_s * 1000)} "
                 f"-c idle_in_transaction_session_timeout={idle_ms}").strip(),
        keepalives=1,
        keepalives_idle=max(1, round(socket_s / 2)),
        keepalives_interval=max(1, round(socket_s / 8)),
        keepalives_count=3,
        tcp_user_timeout=round(socket_s * 1000),
    )
    kwargs["connection_factory"] = _timed_connection(socket_s)
    return kwargs


def _timed_connection(seconds: float) -> type:
    """A psycopg2 connection class that carries its socket timeout for the wait callback."""
    import psycopg2.extensions

    return type("TimedConnection", (psycopg2.extensions.connection,), {"wait_seconds": seconds})


def _wait_with_timeout(connection: Any) -> None:
    """psycopg2's wait callback: like psycopg2.extras.wait_select, but gives up after the socket
    timeout, so a server that stops answering ends in an error instead of a hang."""
    import psycopg2
    from psycopg2.extensions import POLL_OK, POLL_READ, POLL_WRITE

    limit: float | None = getattr(connection, "wait_seconds", None)  # None: not the kiosk's
    deadline = time.monotonic() + limit if limit is not None else None
    while True:
        state = connection.poll()
        if state == POLL_OK:
            return
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            # not connection.close(): it waits for ever on the lock its own stalled statement
            # holds. Shutting the socket ends the session for the server too (its transaction
            # and row locks go), and makes every later use of the connection fail at once.
            _shut_socket(connection)
            raise psycopg2.OperationalError(
                f"the database server did not answer within {limit:g} s"
            )
        if state == POLL_READ:
            select.select([connection.fileno()], [], [], left)
        elif state == POLL_WRITE:
            select.select([], [connection.fileno()], [], left)
        else:
            raise psycopg2.OperationalError(f"bad state from poll: {state}")


def _shut_socket(connection: Any) -> None:
    """Shut down a psycopg2 connection's socket without taking the connection's lock."""
    try:
        fd = connection.fileno()
    except Exception:  # already closed: nothing to shut
        return
    with contextlib.suppress(OSError):
        sock = socket.socket(fileno=os.dup(fd))
        try:
            sock.shutdown(socket.SHUT_RDWR)
        finally:
            sock.close()


def private_sqlite_file(path: Path) -> None:
    """Create the SQLite file's folder (0700) and the file (0600) before SQLite does, and make
    an existing file and its WAL 0600: SQLite gives its side files the database file's mode."""
    if not path.parent.exists():
        path.parent.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        os.chmod(path.parent, PRIVATE_DIR_MODE)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE))
    except OSError:
        return  # a read-only place: SQLite says what is wrong when it opens the file
    for suffix in SQLITE_SIDE_FILES:
        side = Path(f"{path}{suffix}")
        try:
            if side.exists() and side.stat().st_mode & 0o077:
                os.chmod(side, PRIVATE_FILE_MODE)
        except OSError:
            continue


def checkpoint_sqlite() -> None:
    """Copy the WAL into the database file and empty it (SQLite only), so rows just erased or
    overwritten no longer linger in kiosk.db-wal; a reader still open keeps it, harmlessly."""
    if is_postgres() or database_proxy.obj is None:
        return
    database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def open_database(url: str, server_timeout_s: float | None = None) -> peewee.Database:
    """Create the database object for a URL and bind the proxy to it (no connection yet);
    server_timeout_s: see postgres_options."""
    scheme = urlparse(url).scheme
    if scheme == "sqlite":
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            private_sqlite_file(Path(path))
        kwargs = parseresult_to_dict(urlparse(url))
        kwargs.update(pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", timeout=10)
        database: peewee.Database = KioskSqliteDatabase(**kwargs)
    elif scheme in ("postgres", "postgresql"):
        import psycopg2.extensions

        database = KioskPostgresqlDatabase(**postgres_options(url, server_timeout_s))
        psycopg2.extensions.set_wait_callback(_wait_with_timeout)
    else:
        raise ValueError(
            f"unsupported database URL {describe_url(url)!r}: use sqlite:/// or postgresql://"
        )
    database_proxy.initialize(database)
    return database


def is_postgres() -> bool:
    """Tell whether the database this thread uses is PostgreSQL."""
    return isinstance(database_proxy.obj, peewee.PostgresqlDatabase)


def close_database() -> None:
    """Close this thread's connection if one is open."""
    if database_proxy.obj is not None and not database_proxy.is_closed():
        database_proxy.close()

"""The database: reachable, opened read-only, its schema current and `db check` clean."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlparse

import peewee

from db.database import database_proxy, describe_url, open_database
from kiosk.doctor.result import CheckResult, fail, ok

READ_TIMEOUT_MS = 5000
# A server that accepts but never answers is reported after these (db.database reads them).
SERVER_WAITS = {"KIOSK_DB_TIMEOUT": "5", "KIOSK_DB_SOCKET_TIMEOUT": "8"}
INIT_HINT = "start the kiosk once (it creates it) or run `python main.py db init`"


@dataclass(frozen=True)
class Opened:
    """How opening the database went: connected or not, and the checks' sentence."""

    connected: bool
    result: CheckResult


def sqlite_path(url: str) -> Path | None:
    """The file of an sqlite:/// URL (None for PostgreSQL or an in-memory database)."""
    if not url.startswith("sqlite:///"):
        return None
    path = url.removeprefix("sqlite:///").split("?", 1)[0]  # as db.database.open_database reads it
    return None if path in ("", ":memory:") else Path(path)


def read_only_url(url: str) -> str:
    """A PostgreSQL URL whose sessions start read-only: a startup option, not a SET, so that
    through pgbouncer's transaction pooling (which drops startup options) nothing lingers on a
    pooled server connection to refuse a kiosk's writes later."""
    parts = urlparse(url)
    query = dict(parse_qsl(parts.query))
    query["options"] = f"{query.get('options', '')} -c default_transaction_read_only=on".strip()
    return parts._replace(query=urlencode(query)).geturl()


def open_read_only(url: str) -> Opened:
    """Connect without creating or changing anything: SQLite in mode=ro, PostgreSQL in a
    read-only session. A missing SQLite file is reported, not created."""
    shown = describe_url(url)
    path = sqlite_path(url)
    if url.startswith("sqlite:"):
        if path is None:
            return Opened(False, fail("database", f"The database URL {shown} names no file.",
                                      "Set database.url to sqlite:///PATH or postgresql://…"))
        if not path.exists():
            return Opened(False, fail("database", f"There is no database at {path}.",
                                      f"If this is a new kiosk, {INIT_HINT}; otherwise correct "
                                      "database.url (or KIOSK_DB_URL) or restore a backup."))
        database = peewee.SqliteDatabase(
            f"file:{path}?mode=ro", uri=True, pragmas={"busy_timeout": READ_TIMEOUT_MS}
        )
        database_proxy.initialize(database)
    else:
        for variable, seconds in SERVER_WAITS.items():  # a URL's own timeouts still win
            os.environ.setdefault(variable, seconds)
        try:
            open_database(read_only_url(url))
        except ValueError as exc:
            return Opened(False, fail("database", str(exc),
                                      "Correct database.url or KIOSK_DB_URL."))
    try:
        database_proxy.connect(reuse_if_open=True)
        if url.startswith("sqlite:"):
            database_proxy.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        else:
            database_proxy.execute_sql("SELECT 1").fetchone()
    except (peewee.OperationalError, peewee.DatabaseError) as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return Opened(False, fail(
            "database", f"Cannot open the database {shown}: {reason.rstrip('.')}.",
            "Check that the database server is running and reachable from this PC (address, "
            "port, password, firewall), or that the file is a kiosk database.",
        ))
    return Opened(True, ok("database", f"The database {shown} answers."))


def check_schema() -> CheckResult:
    """The schema is the one this program needs."""
    from db.migrations import SchemaError, current_version, latest_version

    try:
        version = current_version()
    except SchemaError as exc:
        return fail("schema", str(exc), "Restore a backup of this kiosk's database.")
    latest = latest_version()
    if version == 0:
        return fail("schema", "The database is empty: it has no kiosk tables yet.",
                    INIT_HINT[0].upper() + INIT_HINT[1:] + ".")
    if version < latest:
        return fail(
            "schema",
            f"The database schema is version {version}; this program needs {latest}.",
            "Back it up, then run `python main.py db migrate`.",
        )
    if version > latest:
        return fail("schema",
                    f"The database schema is version {version}, newer than this program "
                    f"({latest}).", "Update the kiosk software on this PC.")
    return ok("schema", f"The database schema is current (version {version}).")


def check_integrity() -> CheckResult:
    """`db check`: every balance equals its ledger and its lots (may take seconds when big)."""
    from db.check import run_checks

    report = run_checks()
    if report.problems:
        count = len(report.problems)
        return fail(
            "db check",
            f"`db check` found {count} problem{'s' if count != 1 else ''}; the first: "
            f"{report.problems[0]}.",
            "Run `python main.py db check` for the whole list, then restore a backup or "
            "correct the rows before the kiosk goes on serving.",
        )
    return ok("db check", f"`db check` is clean ({report.members} members, "
                          f"{report.entries} ledger entries).")

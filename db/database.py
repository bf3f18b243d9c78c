"""The database proxy and how it is opened from a URL (SQLite by default, PostgreSQL for chains)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

import peewee
from playhouse.db_url import connect as connect_url

database_proxy = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -16_000,
}


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


def open_database(url: str) -> peewee.Database:
    """Create the database object for a URL and bind the proxy to it (no connection yet)."""
    scheme = urlparse(url).scheme
    if scheme == "sqlite":
        path = url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        database = connect_url(url, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", timeout=10)
    elif scheme in ("postgres", "postgresql"):
        database = connect_url(url, connect_timeout=int(os.environ.get("KIOSK_DB_TIMEOUT", "5")))
    else:
        raise ValueError(
            f"unsupported database URL {describe_url(url)!r}: use sqlite:/// or postgresql://"
        )
    database_proxy.initialize(database)
    return database


def is_postgres() -> bool:
    """Tell whether the bound database is PostgreSQL."""
    return isinstance(database_proxy.obj, peewee.PostgresqlDatabase)


def close_database() -> None:
    """Close this thread's connection if one is open."""
    if database_proxy.obj is not None and not database_proxy.is_closed():
        database_proxy.close()

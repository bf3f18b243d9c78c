"""The local copy: an SQLite file with the kiosk's own schema plus the outbox tables."""

from __future__ import annotations

import json
import threading
from datetime import datetime
from pathlib import Path

import peewee

from db.database import KioskSqliteDatabase, private_sqlite_file, use_database
from db.migrations import migrate
from kiosk.clock import utc_now
from kiosk.config import Config
from kiosk.offline.tables import LOCAL_TABLES, REPLICA_MODELS, ReplicaMode, SyncState
from kiosk.paths import data_dir

REPLICA_FILE = "replica.db"
LOCK_FILE = "flush.lock"
REPLICA_PRAGMAS = {
    "journal_mode": "wal",  # the kiosk and the command line share it
    "synchronous": "full",
    "foreign_keys": 0,  # the copy holds parts of the chain: references may point outside it
    "busy_timeout": 15_000,
    "secure_delete": 1,
}
_opened: dict[str, KioskSqliteDatabase] = {}
_opening = threading.Lock()


def offline_folder(config: Config) -> Path:
    """Where the local copy lives: [offline] folder, else offline/ in the data folder."""
    return Path(config.offline.folder) if config.offline.folder else data_dir() / "offline"


def replica_path(config: Config) -> Path:
    return offline_folder(config) / REPLICA_FILE


def replica_exists(config: Config) -> bool:
    return replica_path(config).exists()


def open_replica(config: Config) -> KioskSqliteDatabase:
    """The local copy's database (created with the kiosk's schema on first use); one per file."""
    path = replica_path(config)
    with _opening:
        database = _opened.get(str(path))
        if database is not None:
            return database
        private_sqlite_file(path)
        database = KioskSqliteDatabase(
            str(path), pragmas=REPLICA_PRAGMAS, lock_type="IMMEDIATE", timeout=15
        )
        with use_database(database):
            _create(database)
        _opened[str(path)] = database
        return database


def forget_replicas() -> None:
    """Close every local copy this process opened (tests, and a kiosk shutting down)."""
    with _opening:
        for database in _opened.values():
            if not database.is_closed():
                database.close()
        _opened.clear()


def _create(database: peewee.Database) -> None:
    migrate(utc_now())
    with database.atomic():
        database.create_tables(REPLICA_MODELS, safe=True)
        if not ReplicaMode.select().exists():
            ReplicaMode.create(copying=0)
        for table in LOCAL_TABLES:
            database.execute_sql(
                f'CREATE TRIGGER IF NOT EXISTS "local_{table}" AFTER INSERT ON "{table}" '
                "WHEN (SELECT copying FROM replica_mode LIMIT 1) = 0 BEGIN "
                f"INSERT INTO local_row (\"table\", row_id) VALUES ('{table}', NEW.id); END"
            )


def state_value(name: str, default: str = "") -> str:
    """A SyncState value (on the database this thread uses)."""
    row = SyncState.get_or_none(SyncState.name == name)
    return default if row is None else row.value


def set_state(name: str, value: str | None) -> None:
    if value is None:
        SyncState.delete().where(SyncState.name == name).execute()
        return
    SyncState.insert(name=name, value=value).on_conflict_replace().execute()


def state_time(name: str) -> datetime | None:
    value = state_value(name)
    return datetime.fromisoformat(value) if value else None


def set_state_time(name: str, moment: datetime | None) -> None:
    set_state(name, None if moment is None else moment.isoformat())


def dumps(value: object) -> str:
    """JSON of a payload: datetimes and dates as ISO text."""
    return json.dumps(value, sort_keys=True, default=lambda v: v.isoformat())

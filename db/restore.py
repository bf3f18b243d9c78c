"""Checking a backup file before it replaces the SQLite database, and putting it in place."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from db.backup import copy_sqlite
from db.database import private_sqlite_file

KIOSK_TABLES = frozenset({"schema_version", "member", "ledger_entry", "lot", "voucher"})


class RestoreRefused(Exception):
    """The backup cannot be restored; reason says why in one word, the message in a line."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason


def backup_version(path: Path, latest: int) -> int:
    """The schema version of a backup file, after checking that it opens as SQLite, passes
    PRAGMA integrity_check, is a kiosk database, and is not newer than `latest`."""
    if not path.is_file():
        raise RestoreRefused(f"{path} is not a file.", "backup_missing")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise RestoreRefused(f"{path} cannot be opened: {exc}.", "backup_not_sqlite") from None
    try:
        try:
            result = connection.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise RestoreRefused(f"{path} is not an SQLite database ({exc}).",
                                 "backup_not_sqlite") from None
        if [row[0] for row in result] != ["ok"]:
            raise RestoreRefused(f"{path} is damaged: PRAGMA integrity_check found "
                                 f"{len(result)} problems.", "backup_damaged")
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not KIOSK_TABLES.issubset(tables):
            raise RestoreRefused(f"{path} is an SQLite database but not a kiosk database.",
                                 "backup_not_kiosk")
        version = connection.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    finally:
        connection.close()
    if not version:
        raise RestoreRefused(f"{path} has no schema version.", "backup_not_kiosk")
    if version > latest:
        raise RestoreRefused(
            f"{path} has schema version {version}, newer than this program ({latest}); "
            "update the kiosk software first.", "backup_newer")
    return int(version)


def stage(backup: Path, staging: Path) -> None:
    """Copy the backup to a private staging file (the backup itself is never written)."""
    staging.unlink(missing_ok=True)
    copy_sqlite(backup, staging)


def keep_copy(live: Path, target: Path) -> Path | None:
    """Copy the current database to target (0600) before it is replaced; None when there is
    no database yet. A database SQLite cannot read is copied byte for byte."""
    if not live.is_file() or live.stat().st_size == 0:  # none yet (or only just created)
        return None
    try:
        copy_sqlite(live, target)
    except sqlite3.Error:
        target.unlink(missing_ok=True)
        private_sqlite_file(target)
        shutil.copyfile(live, target)
    return target


def put_in_place(staging: Path, live: Path) -> None:
    """Write the staged database into the live file with SQLite's backup API, which takes the
    live file's locks and WAL into account like any other writer."""
    private_sqlite_file(live)
    source = sqlite3.connect(f"file:{staging}?mode=ro", uri=True)
    target = sqlite3.connect(live, timeout=30)
    try:
        source.backup(target)
        return
    except sqlite3.DatabaseError as exc:
        if "not a database" not in str(exc) and "malformed" not in str(exc):
            raise
    finally:
        source.close()
        target.close()
    # the live file is damaged beyond SQLite's reach: the staged file takes its place
    for side in ("-wal", "-shm"):
        Path(f"{live}{side}").unlink(missing_ok=True)
    shutil.copyfile(staging, live)

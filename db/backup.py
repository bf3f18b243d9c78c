"""Online backup of the embedded SQLite database while the kiosk keeps running."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.database import database_proxy, is_postgres, private_sqlite_file


class BackupError(Exception):
    """The backup could not be made."""


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy an SQLite file with the backup API, opening the source read-only (never written)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    private_sqlite_file(target)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=65536)
    finally:
        src.close()
        dst.close()


def backup_sqlite(target: Path) -> int:
    """Copy the live database to target with SQLite's backup API; return the file size."""
    if is_postgres():
        raise BackupError("Online backup is for SQLite; back up PostgreSQL with pg_dump.")
    if target.exists():
        raise BackupError(f"{target} already exists; choose a new file name.")
    private_sqlite_file(target)  # 0600 in a 0700 folder when it makes one: it holds everything
    source = database_proxy.connection()
    destination = sqlite3.connect(str(target))
    try:
        source.backup(destination, pages=1024)
    except sqlite3.Error as exc:
        destination.close()
        target.unlink(missing_ok=True)
        raise BackupError(f"Backup failed: {exc}") from None
    destination.close()
    return target.stat().st_size

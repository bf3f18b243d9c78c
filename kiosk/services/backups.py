"""Backups of the embedded database: only the shop and the kiosk's own jobs may make one."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from db.backup import backup_sqlite
from db.database import database_proxy
from kiosk import audit
from kiosk.context import Context
from kiosk.roles import require

NIGHTLY_NAME = re.compile(r"kiosk-(\d{4})-(\d{2})-(\d{2})\.db")  # the only files ever deleted


@dataclass(frozen=True)
class NightlyBackup:
    """A nightly backup: the file, its size, and the old backups deleted after it."""

    path: Path
    bytes: int
    deleted: list[Path]


def back_up(ctx: Context, target: Path) -> int:
    """Copy the live database to a new file; return its size. The copy is audited (file name
    and size), after it is made, so the copy itself does not hold its own audit row."""
    require(ctx, "backup")
    size = backup_sqlite(target)
    with database_proxy.atomic():
        audit.record(ctx, "db.backup", "", {"file": target.name, "bytes": size})
    return size


def nightly_backup(ctx: Context, folder: Path, day: date, keep_days: int) -> NightlyBackup:
    """Back up to folder/kiosk-<day>.db (0600; a second run that day replaces it), then delete
    the kiosk-YYYY-MM-DD.db files older than keep_days days (0: keep all); nothing else."""
    require(ctx, "backup")
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(13, "Backup folder not writable", str(folder))
    target = folder / f"kiosk-{day.isoformat()}.db"
    partial = folder / f".{target.name}.partial"
    partial.unlink(missing_ok=True)
    try:
        size = backup_sqlite(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    with database_proxy.atomic():
        audit.record(ctx, "db.backup", "", {"file": target.name, "bytes": size,
                                            "scheduled": True})
    deleted = _delete_old_backups(folder, day, keep_days) if keep_days else []
    return NightlyBackup(target, size, deleted)


def _delete_old_backups(folder: Path, today: date, keep_days: int) -> list[Path]:
    """Delete kiosk-YYYY-MM-DD.db files dated keep_days or more days before today (today and
    the keep_days - 1 days before it stay); other files are never touched."""
    oldest_kept = today - timedelta(days=keep_days - 1)
    deleted = []
    for path in sorted(folder.iterdir()):
        match = NIGHTLY_NAME.fullmatch(path.name)
        if match is None or path.is_symlink() or not path.is_file():
            continue
        try:
            dated = date(*(int(part) for part in match.groups()))
        except ValueError:
            continue
        if dated < oldest_kept:
            path.unlink(missing_ok=True)
            deleted.append(path)
    return deleted

"""Backups of the embedded database: only the shop and the kiosk's own jobs may make one."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from db.backup import backup_sqlite
from db.database import close_database, database_proxy, is_postgres, open_database
from kiosk import audit
from kiosk.context import Context
from kiosk.errors import Refused
from kiosk.roles import require

NIGHTLY_NAME = re.compile(r"kiosk-(\d{4})-(\d{2})-(\d{2})\.db")  # the only files ever deleted


@dataclass(frozen=True)
class Restored:
    """A restore: the backup it came from, the copy kept of the database it replaced (None:
    there was none), the backup's schema version and the version it was migrated to."""

    source: Path
    kept_copy: Path | None
    from_version: int
    version: int


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


def restore_backup(ctx: Context, backup: Path) -> Restored:
    """Replace the SQLite database with a backup, after checking the backup in a private
    staging copy: SQLite integrity, a kiosk schema not newer than this program, the voucher
    key's fingerprint, then migrated to the current schema, the ledger check of `db check`.
    Refused (changing nothing) otherwise. The current database is kept beside it first, as
    kiosk.db.before-restore-<time>, and the restore is audited in the restored database."""
    from db.check import run_checks
    from db.migrations import SchemaError, latest_version, migrate
    from db.restore import RestoreRefused, backup_version, keep_copy, put_in_place, stage
    from kiosk.signing_key import fingerprint, recorded_fingerprint

    require(ctx, "restore")
    if is_postgres():
        raise Refused("Restore is for the SQLite database; a chain's PostgreSQL server is "
                      "restored with pg_restore on the server.", reason="restore_postgres")
    live = Path(database_proxy.obj.database)
    url = f"sqlite:///{live}"
    stamp = ctx.now().strftime("%Y%m%d-%H%M%S")
    staging = live.parent / f".restore-{stamp}.db"
    try:
        from_version = backup_version(backup, latest_version())
        close_database()
        stage(backup, staging)
        open_database(f"sqlite:///{staging}")
        try:
            known = recorded_fingerprint()
            if known is not None and known != fingerprint(ctx.secret):
                raise Refused(
                    f"{backup} was made with another voucher key (fingerprint {known[:12]}); "
                    "copy that voucher.key here first, or choose a backup of this kiosk.",
                    reason="backup_other_key")
            try:
                migrate(ctx.now())
            except SchemaError as exc:
                raise Refused(f"{backup}: {exc}", reason="backup_schema") from None
            report = run_checks()
            if not report.ok:
                raise Refused(f"{backup} fails the ledger check ({len(report.problems)} "
                              f"problems; run `db check` on a copy to see them).",
                              reason="backup_ledger")
            version = latest_version()
        finally:
            close_database()
            open_database(url)
        kept = keep_copy(live, live.parent / f"{live.name}.before-restore-{stamp}")
        put_in_place(staging, live)
    except RestoreRefused as exc:
        raise Refused(exc.message, reason=exc.reason) from None
    finally:
        for leftover in (staging, Path(f"{staging}-wal"), Path(f"{staging}-shm")):
            leftover.unlink(missing_ok=True)
    with database_proxy.atomic():
        audit.record(ctx, "db.restore", "", {"file": backup.name, "version": from_version,
                                              "kept_copy": kept.name if kept else None})
    return Restored(backup, kept, from_version, version)

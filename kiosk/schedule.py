"""Work the kiosk does on its own: points expiry, the nightly backup, the report totals and the
clean-up of old files, each on start when due and then at its time on the shop's clock."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from db.database import database_proxy, is_postgres
from kiosk.config import Config, is_time_of_day
from kiosk.context import Context
from kiosk.errors import ConfigError
from kiosk.formatting import local_day, shop_zone
from kiosk.roles import SYSTEM
from kiosk.scheduler import Job, JobOutcome, failure_kind, next_run, start_jobs
from kiosk.views import ExpiryRun

if TYPE_CHECKING:
    from kiosk.services.terminals import TerminalState

__all__ = ["next_run"]

log = logging.getLogger("kiosk.schedule")

EXPIRY_LOCK = 0x6B696F736B02  # PostgreSQL advisory lock: one kiosk of the chain runs expiry
LOCK_IDLE_MS = 3_600_000  # a kiosk that dies holding the chain's lock frees it within the hour
REPORT_TOTALS_EVERY = timedelta(hours=1)
CLEAN_UP_EVERY = timedelta(hours=6)  # a kiosk that runs for weeks still lets files age out
HEARTBEAT_EVERY = timedelta(seconds=60)  # the terminal reports in (never into job_run)
SCHEDULE = "schedule"  # the name the audit log gives the kiosk's own jobs


def system_context(ctx: Context) -> Context:
    """The context of work the kiosk does on its own: the system role, audited as schedule."""
    return ctx.as_staff(SCHEDULE, SYSTEM)


def _time_of_day(text: str, where: str) -> time:
    if not is_time_of_day(text.strip()):
        raise ConfigError(f"{where} = {text!r} is not a time of day (HH:MM).")
    return time.fromisoformat(text.strip())


def expiry_time(config: Config | None = None) -> time:
    """The shop-time of the daily expiry run: KIOSK_EXPIRY_AT (HH:MM), else [schedule]
    expiry_at (03:30 unless set)."""
    text = os.environ.get("KIOSK_EXPIRY_AT", "").strip()
    if text:
        return _time_of_day(text, "KIOSK_EXPIRY_AT")
    return _time_of_day((config or Config()).schedule.expiry_at, "[schedule] expiry_at")


def backup_time(config: Config) -> time:
    """The shop-time of the nightly backup ([backup] at, 03:00 unless set)."""
    return _time_of_day(config.backup.at, "[backup] at")


def backup_folder(config: Config, data_folder: Path) -> Path:
    """Where the nightly backups go: [backup] folder, or <data folder>/backups."""
    return Path(config.backup.folder).expanduser() if config.backup.folder else (
        data_folder / "backups")


@contextmanager
def chain_lock(key: int) -> Iterator[bool]:
    """Try a PostgreSQL advisory lock for the block: a transaction-level lock on a connection of
    its own that stays in one transaction, so pgbouncer's transaction pooling keeps its server
    connection for it and the lock ends with that transaction, whatever happens to the kiosk
    (a session lock stays on a pooled server connection after the kiosk has gone)."""
    connection = database_proxy.obj._connect()  # a new connection, not the thread's
    try:
        with connection.cursor() as cursor:
            cursor.execute("BEGIN")
            # the kiosk's connections end a transaction left idle for half a minute; this one
            # waits on purpose while the work runs on the other connection (for this
            # transaction only: nothing stays on a pooled server connection)
            cursor.execute(f"SET LOCAL idle_in_transaction_session_timeout = {LOCK_IDLE_MS}")
            cursor.execute("SELECT pg_try_advisory_xact_lock(%s)", (key,))
            locked = bool(cursor.fetchone()[0])
        yield locked
    finally:
        try:
            with connection.cursor() as cursor:
                cursor.execute("ROLLBACK")
        except Exception:  # a broken connection: closing it ends the transaction too
            log.debug("Could not end the advisory lock's transaction", exc_info=True)
        connection.close()


def run_expiry(ctx: Context) -> ExpiryRun | None:
    """Expire points once; on PostgreSQL only while holding the chain's advisory lock, so a
    chain's kiosks never run it side by side (None: another kiosk is running it)."""
    from kiosk.services.points import expire_points

    if not is_postgres():
        return expire_points(ctx)
    with chain_lock(EXPIRY_LOCK) as locked:
        if not locked:
            log.info("Points expiry is running on another kiosk of the chain")
            return None
        return expire_points(ctx)


def expiry_outcome(run: ExpiryRun | None) -> JobOutcome | None:
    """An expiry run said plainly: '120 points in 5 lots of 4 members, 1 voucher expired'."""
    if run is None:
        return None
    summary = (f"{run.points:,} points in {run.lots:,} lots of {run.members:,} members, "
               f"{run.vouchers_expired:,} vouchers expired")
    return JobOutcome(summary, {"points": run.points, "lots": run.lots,
                                "members": run.members, "vouchers": run.vouchers_expired})


def size_text(size: int) -> str:
    """A file size in plain English for logs: 812 bytes, 3.4 MB, 2.4 GB."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} TB"  # not reached


def backup_job(folder: Path, keep_days: int) -> Callable[[Context], JobOutcome]:
    """The nightly backup into folder, named after the shop's day."""
    from kiosk.services.backups import nightly_backup

    def run(ctx: Context) -> JobOutcome:
        day: date = local_day(ctx.now(), shop_zone(ctx.config.store.time_zone))
        done = nightly_backup(ctx, folder, day, keep_days)
        summary = f"{size_text(done.bytes)} in {done.path.name}"
        if done.deleted:
            summary += f", {len(done.deleted)} older backups deleted"
        return JobOutcome(summary, {"deleted": len(done.deleted)}, done.bytes, str(done.path))

    return run


def report_totals(ctx: Context) -> JobOutcome:
    """Count the reports' totals ahead of time (the owner's dashboard then opens at once)."""
    from kiosk.reports.warm import warm_once

    warm_once(ctx)
    return JobOutcome("report totals counted")


def clean_up_job(data_folder: Path, keep_days: int) -> Callable[[Context], JobOutcome]:
    """Delete previews and exports older than privacy.keep_files_days."""
    from kiosk.private_files import clean_old_files

    def run(ctx: Context) -> JobOutcome:
        deleted = clean_old_files(data_folder, keep_days)
        return JobOutcome(f"{len(deleted)} old previews and exports deleted",
                          {"files": len(deleted)})

    return run


def heartbeat_job(state: Callable[[], TerminalState], kind: str = "kiosk") -> Job:
    """The terminal reports in on start and every minute: last seen, versions, devices, queue.

    It records nothing in job_run (1,440 rows a day) and a failure is a log line only: the
    next minute tries again, and a kiosk cut off from the server says so by going quiet.
    """
    from kiosk.services.stores import ensure_own_store
    from kiosk.services.terminals import report_in

    first = [True]

    def run(ctx: Context) -> None:
        try:
            if first[0]:
                ensure_own_store(ctx)
                first[0] = False
            report_in(ctx, state(), kind)
        except Exception as exc:  # the database is away: said once a minute, never raised
            log.warning("Reporting in failed (%s: %s)", failure_kind(exc), type(exc).__name__)
        finally:
            database_proxy.close()
        return None

    return Job("heartbeat", "Terminal report", run, every=HEARTBEAT_EVERY)


def kiosk_jobs(
    ctx: Context, data_folder: Path, postgres: bool,
    state: Callable[[], TerminalState] | None = None,
) -> list[Job]:
    """The kiosk's jobs in the order they run when several are due together. On PostgreSQL
    there is no backup job: a chain's server is backed up with pg_dump on the server. With a
    state to report, the terminal's heartbeat comes first."""
    config = ctx.config
    jobs = [heartbeat_job(state)] if state is not None else []
    jobs.append(Job("expiry", "Points expiry", lambda c: expiry_outcome(run_expiry(c)),
                    at=expiry_time(config)))
    if not postgres:
        jobs.append(Job("backup", "Backup",
                        backup_job(backup_folder(config, data_folder), config.backup.keep_days),
                        at=backup_time(config)))
    jobs.append(Job("clean_up", "Clean-up of old previews and exports",
                    clean_up_job(data_folder, config.privacy.keep_files_days),
                    every=CLEAN_UP_EVERY))
    jobs.append(Job("report_totals", "Report totals", report_totals, every=REPORT_TOTALS_EVERY))
    return jobs


def start_schedule(
    ctx: Context, data_folder: Path, stop: threading.Event,
    state: Callable[[], TerminalState] | None = None,
) -> threading.Thread:
    """Start the kiosk's own work in one background thread, until stop is set; with a state
    provider the terminal also reports in every minute."""
    postgres = is_postgres()
    if postgres:
        log.info("Nightly backup: not run by the kiosk on PostgreSQL; back up the chain's "
                 "server with pg_dump on the server")
    system = system_context(ctx)
    zone = shop_zone(ctx.config.store.time_zone)
    return start_jobs(system, kiosk_jobs(system, data_folder, postgres, state), zone, stop)


def start_expiry_schedule(
    ctx: Context,
    stop: threading.Event,
    at: time | None = None,
    job: Callable[[Context], ExpiryRun | None] = run_expiry,
) -> threading.Thread:
    """Points expiry alone in its own thread: on start when due, then daily at `at`."""
    system = system_context(ctx)
    zone = shop_zone(ctx.config.store.time_zone)
    expiry = Job("expiry", "Points expiry", lambda c: expiry_outcome(job(c)),
                 at=at or expiry_time(ctx.config))
    return start_jobs(system, [expiry], zone, stop, name="points-expiry")

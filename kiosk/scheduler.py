"""One thread that runs the kiosk's own jobs when they are due, on the shop's clock.

Why one thread: the jobs share one database connection and never overlap (SQLite has one
writer), one loop re-reads the wall clock for all of them (clock changes, suspend, DST), and
every run is logged and recorded the same way. The jobs are short; the report totals, the
longest, run last when several are due together.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Any

from db.database import database_proxy
from kiosk.context import Context
from kiosk.formatting import local_time

log = logging.getLogger("kiosk.schedule")

CHECK_EVERY_S = 60.0  # re-read the wall clock at least this often (clock changes, suspend)
DAILY_SLACK = timedelta(hours=3)  # a daily job further away than a day and this: clock set back


@dataclass(frozen=True)
class JobOutcome:
    """What a run did: a plain summary without personal data, its numbers, and a file's size
    and path when it wrote one."""

    summary: str
    details: dict[str, Any] = field(default_factory=dict)
    bytes: int | None = None
    path: str | None = None


JobFunction = Callable[[Context], "JobOutcome | None"]  # None: nothing to record (not run here)


@dataclass(frozen=True)
class Job:
    """A job and when it runs: daily at a shop time, or every so often."""

    name: str
    title: str  # for the log: "Points expiry", "Backup"
    run: JobFunction
    at: time | None = None  # daily at this shop time
    every: timedelta | None = None  # or every this long (and on every start)

    def next_after(self, moment: datetime, zone: tzinfo) -> datetime:
        """The job's next time strictly after moment (naive UTC)."""
        if self.at is not None:
            return next_run(moment, self.at, zone)
        assert self.every is not None
        return moment + self.every

    def longest_wait(self) -> timedelta:
        """A wait longer than this means the clock was set back."""
        if self.at is not None:
            return timedelta(days=1) + DAILY_SLACK
        assert self.every is not None
        return self.every


def next_run(after: datetime, at: time, zone: tzinfo) -> datetime:
    """The first instant (naive UTC) after `after` at which the shop's clock shows `at`.

    On the day a change to summer time skips `at`, the run is as long after the jump as `at`
    was after the old time (01:30 skipped at 01:00 runs at 02:30); on the day `at` happens
    twice, the first one counts: one run a day either way.
    """
    local = local_time(after, zone)
    day = local.date() - timedelta(days=1)
    while True:
        candidate = datetime.combine(day, at, zone).astimezone(UTC).replace(tzinfo=None)
        if candidate > after:
            return candidate
        day += timedelta(days=1)


def previous_run(now: datetime, at: time, zone: tzinfo) -> datetime:
    """The latest instant (naive UTC) at or before now at which the job was due."""
    candidate = next_run(now - timedelta(days=2), at, zone)
    while True:
        following = next_run(candidate, at, zone)
        if following > now:
            return candidate
        candidate = following


def failure_kind(exc: BaseException) -> str:
    """A failure's kind, said without its details (which may hold data): disk_full, ..."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return "disk_full"
    if isinstance(exc, PermissionError) or (
        isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    ):
        return "not_writable"
    text = str(exc).lower()
    if "disk is full" in text or "no space" in text:
        return "disk_full"
    if "readonly" in text or "read-only" in text or "permission denied" in text:
        return "not_writable"
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith(("peewee", "psycopg")):
        return "database"
    if isinstance(exc, OSError):
        return "file_error"
    return "error"


def run_job(ctx: Context, job: Job) -> bool:
    """Run a job once, log one line and record the run; a failure is logged at ERROR and
    recorded, never raised. True when it worked (or did not need to run here)."""
    started = ctx.now()
    try:
        outcome = job.run(ctx)
    except Exception as exc:  # the kiosk and the other jobs go on; the next run tries again
        kind = failure_kind(exc)
        log.error("%s failed (%s: %s)", job.title, kind, type(exc).__name__, exc_info=True)
        _record(ctx, job, started, False, f"failed: {kind} ({type(exc).__name__})",
                {"problem": kind})
        return False
    if outcome is None:
        return True
    log.info("%s: %s", job.title, outcome.summary)
    _record(ctx, job, started, True, outcome.summary, outcome.details, outcome.bytes,
            outcome.path)
    return True


def _record(ctx: Context, job: Job, started: datetime, ok: bool, summary: str,
            details: dict[str, Any], size: int | None = None, path: str | None = None) -> None:
    from kiosk.services import job_runs

    try:
        job_runs.record(ctx, job.name, started, ok, summary, bytes=size, path=path,
                        details=details)
    except Exception as exc:  # the database is away: the log line is all there is
        log.error("%s: the run could not be recorded (%s)", job.title, failure_kind(exc))
    finally:
        database_proxy.close()


def due_on_start(ctx: Context, job: Job, zone: tzinfo) -> bool:
    """A job that runs every so often runs on every start; a daily one when its last
    successful run began before its latest time (the PC was off, or it failed)."""
    if job.at is None:
        return True
    from kiosk.services import job_runs

    try:
        last = job_runs.last_success(ctx, job.name)
    except Exception as exc:  # no record to go by: run it
        log.warning("%s: last run unknown (%s)", job.title, failure_kind(exc))
        return True
    finally:
        database_proxy.close()
    return last is None or last < previous_run(ctx.now(), job.at, zone)


def start_jobs(
    ctx: Context, jobs: Sequence[Job], zone: tzinfo, stop: threading.Event,
    name: str = "scheduled-work",
) -> threading.Thread:
    """A background thread (its own database connection) that runs each job on start when it
    is due, then at its times, until stop is set. ctx should be the system's context."""

    def loop() -> None:
        now = ctx.now()
        due = {
            job.name: now if due_on_start(ctx, job, zone) else job.next_after(now, zone)
            for job in jobs
        }
        while not stop.is_set():
            for job in jobs:
                if stop.is_set():
                    return
                now = ctx.now()
                when = due[job.name]
                if when - now > job.longest_wait():  # the clock went back: count from now
                    due[job.name] = job.next_after(now, zone)
                elif when <= now:  # once, however many times were missed (suspend, clock)
                    run_job(ctx, job)
                    # counted from the run's start: a time that passes during a run still counts
                    due[job.name] = job.next_after(max(now, when), zone)
            left = (min(due.values()) - ctx.now()).total_seconds()
            if left > 0:
                stop.wait(min(left, CHECK_EVERY_S))

    thread = threading.Thread(target=loop, name=name, daemon=True)
    thread.start()
    return thread

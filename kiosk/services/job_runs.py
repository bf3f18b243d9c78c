"""The record of the kiosk's own work: each run of expiry, backup, report totals and clean-up."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import peewee

from db.database import database_proxy, is_postgres
from db.models import JobRun
from kiosk.context import Context
from kiosk.roles import require
from kiosk.views import JobRunView, ScheduledJobView

JOBS = ("expiry", "backup", "report_totals", "clean_up")
CHAIN_JOBS = frozenset({"expiry"})  # run once for the whole chain, by whichever kiosk
KEEP_DAYS = 90


def record(
    ctx: Context,
    job: str,
    started_at: datetime,
    ok: bool,
    summary: str,
    bytes: int | None = None,
    path: str | None = None,
    details: dict[str, Any] | None = None,
) -> int:
    """Write one run (finished now) and forget this job's runs older than 90 days; the id."""
    require(ctx, "job_runs")
    if job not in JOBS:
        raise ValueError(f"unknown job {job!r}")
    now = ctx.now()
    with database_proxy.atomic():
        run = JobRun.create(
            job=job, store=ctx.store, terminal=ctx.terminal, started_at=started_at,
            finished_at=now, ok=ok, summary=summary[:300], bytes=bytes, path=path,
            details=json.dumps(details or {}, sort_keys=True),
        )
        JobRun.delete().where(
            (JobRun.job == job) & (JobRun.started_at < now - timedelta(days=KEEP_DAYS))
        ).execute()
    return int(run.id)


def _mine(job: str, ctx: Context) -> peewee.Expression:
    """This terminal's runs of a job, or the chain's for a chain-wide job."""
    where = JobRun.job == job
    if job not in CHAIN_JOBS:
        where &= (JobRun.store == ctx.store) & (JobRun.terminal == ctx.terminal)
    return where


def _view(row: JobRun) -> JobRunView:
    try:
        details = json.loads(row.details or "{}")
    except ValueError:
        details = {}
    return JobRunView(
        job=row.job, started_at=row.started_at, finished_at=row.finished_at, ok=bool(row.ok),
        summary=row.summary, bytes=row.bytes, store=row.store, terminal=row.terminal,
        path=row.path, details=details if isinstance(details, dict) else {},
    )


def last_runs(ctx: Context) -> dict[str, JobRunView]:
    """The latest run of each job that has run: this terminal's backup, report totals and
    clean-up, and the chain's expiry whichever kiosk ran it. A job never run is absent."""
    require(ctx, "hardware")
    runs: dict[str, JobRunView] = {}
    for job in JOBS:
        row = (
            JobRun.select().where(_mine(job, ctx))
            .order_by(JobRun.started_at.desc(), JobRun.id.desc()).first()
        )
        if row is not None:
            runs[job] = _view(row)
    return runs


def last_success(ctx: Context, job: str) -> datetime | None:
    """When the latest successful run of a job began (naive UTC), for deciding what is due."""
    require(ctx, "job_runs")
    return (
        JobRun.select(peewee.fn.MAX(JobRun.started_at))
        .where(_mine(job, ctx) & (JobRun.ok == True))  # noqa: E712  (SQL, not Python)
        .scalar()
    )


def scheduled_work(ctx: Context) -> list[ScheduledJobView]:
    """Each job's last run and next time, in the order the staff Hardware page shows them."""
    from kiosk.formatting import shop_zone
    from kiosk.schedule import CLEAN_UP_EVERY, REPORT_TOTALS_EVERY, backup_time, expiry_time
    from kiosk.scheduler import next_run

    runs = last_runs(ctx)
    now = ctx.now()
    zone = shop_zone(ctx.config.store.time_zone)
    postgres = is_postgres()

    def after(job: str, every: timedelta) -> datetime | None:
        run = runs.get(job)
        return None if run is None else max(run.started_at + every, now)

    return [
        ScheduledJobView("expiry", runs.get("expiry"),
                         next_run(now, expiry_time(ctx.config), zone)),
        ScheduledJobView("backup", None if postgres else runs.get("backup"),
                         None if postgres else next_run(now, backup_time(ctx.config), zone),
                         runs_here=not postgres),
        ScheduledJobView("report_totals", runs.get("report_totals"),
                         after("report_totals", REPORT_TOTALS_EVERY)),
        ScheduledJobView("clean_up", runs.get("clean_up"), after("clean_up", CLEAN_UP_EVERY)),
    ]

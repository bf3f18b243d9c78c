"""When the kiosk's own jobs (expiry, backup) last ran, from the job runs it records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from kiosk.context import Context
from kiosk.doctor.result import CheckResult, fail, ok, warn
from kiosk.formatting import local_time, shop_zone

BACKUP_MAX_AGE = timedelta(days=2)
EXPIRY_MAX_AGE = timedelta(days=2)
NOT_KNOWN = "not known yet: this kiosk's database does not record its jobs"


def last_job_runs(ctx: Context) -> dict[str, Any] | None:
    """The last run of each job (kiosk.services.job_runs.last_runs), or None when this program
    or database does not record job runs."""
    import peewee

    from kiosk.services.job_runs import last_runs

    try:
        return dict(last_runs(ctx))
    except (peewee.OperationalError, peewee.ProgrammingError):  # no job_run table yet
        return None


def _age(started: datetime, now: datetime) -> str:
    hours = max(0, int((now - started).total_seconds() // 3600))
    return f"{hours // 24} days ago" if hours >= 48 else f"{hours} h ago"


def check_job(job: str, label: str, runs: dict[str, Any] | None, now: datetime,
              max_age: timedelta, action: str, zone: tzinfo = UTC) -> CheckResult:
    """Fail when the last run failed or is older than max_age; warn when it never ran."""
    if runs is None:
        return warn(label, f"When {label} last ran is {NOT_KNOWN}.",
                    "Update the kiosk and run `python main.py db migrate`.")
    run = runs.get(job)
    if run is None:
        return warn(label, f"The {label} has never run on this database.", action)
    started = run.started_at
    shown = local_time(started, zone)
    when = f"{shown:%Y-%m-%d %H:%M} {shown.tzname() or 'UTC'} ({_age(started, now)})"
    if not run.ok:
        summary = f": {run.summary}" if run.summary else ""
        return fail(label, f"The last {label} failed, at {when}{summary}.", action)
    if now - started > max_age:
        return fail(label, f"The last {label} ran at {when}: more than "
                           f"{max_age.days} days ago.", action)
    return ok(label, f"The last {label} ran at {when} and succeeded.")


def check_jobs(ctx: Context, database_open: bool) -> list[CheckResult]:
    """The expiry and backup checks."""
    backup_hint = ("Check the staff Hardware page and the kiosk's log (logs/kiosk.log); the "
                   "kiosk backs up nightly while it runs ([backup] at).")
    expiry_hint = ("Keep the kiosk running overnight, or run `python main.py points expire` "
                   "from a daily timer.")
    if not database_open:
        return [warn(label, f"When {label} last ran was not checked: the database could not be "
                            "read.", "Fix the database first.") for label in ("expiry", "backup")]
    from db.database import is_postgres

    runs = last_job_runs(ctx)
    now = ctx.now()
    zone = shop_zone(ctx.config.store.time_zone)
    expiry = check_job("expiry", "expiry", runs, now, EXPIRY_MAX_AGE, expiry_hint, zone)
    if is_postgres():  # the kiosk backs up only its own SQLite file
        return [expiry, ok("backup", "The database is the chain's PostgreSQL server: it is "
                                     "backed up on the server (pg_dump), not by the kiosk.")]
    return [expiry, check_job("backup", "backup", runs, now, BACKUP_MAX_AGE, backup_hint, zone)]

"""When the kiosk's own jobs (expiry, backup) last ran, from the job runs it records."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from kiosk.context import Context
from kiosk.doctor.result import CheckResult, fail, ok, warn

BACKUP_MAX_AGE = timedelta(days=2)
EXPIRY_MAX_AGE = timedelta(days=2)
NOT_KNOWN = "not known yet: this kiosk's database does not record its jobs"


def last_job_runs(ctx: Context) -> dict[str, Any] | None:
    """The last run of each job (kiosk.services.job_runs.last_runs), or None when this program
    or database does not record job runs."""
    import peewee

    try:
        from kiosk.services.job_runs import last_runs
    except ImportError:
        return None
    try:
        return dict(last_runs(ctx))
    except (peewee.OperationalError, peewee.ProgrammingError):  # no job_run table yet
        return None


def _age(started: datetime, now: datetime) -> str:
    hours = max(0, int((now - started).total_seconds() // 3600))
    return f"{hours // 24} days ago" if hours >= 48 else f"{hours} h ago"


def check_job(job: str, label: str, runs: dict[str, Any] | None, now: datetime,
              max_age: timedelta, action: str) -> CheckResult:
    """Fail when the last run failed or is older than max_age; warn when it never ran."""
    if runs is None:
        return warn(label, f"When {label} last ran is {NOT_KNOWN}.",
                    "Update the kiosk and run `python main.py db migrate`.")
    run = runs.get(job)
    if run is None:
        return warn(label, f"The {label} has never run on this database.", action)
    started = run.started_at
    when = f"{started:%Y-%m-%d %H:%M} UTC ({_age(started, now)})"
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
    runs = last_job_runs(ctx)
    now = ctx.now()
    return [
        check_job("expiry", "expiry", runs, now, EXPIRY_MAX_AGE, expiry_hint),
        check_job("backup", "backup", runs, now, BACKUP_MAX_AGE, backup_hint),
    ]

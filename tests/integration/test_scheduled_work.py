"""The kiosk's own work: one scheduler thread runs each job when due, records every run in
job_run, survives a failing job, and keeps the nightly backups for [backup] keep_days."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

import pytest

from db.database import is_postgres
from db.models import JobRun
from kiosk import scheduler
from kiosk.context import Context
from kiosk.schedule import kiosk_jobs, system_context
from kiosk.scheduler import Job, JobOutcome, next_run, previous_run, run_job, start_jobs
from kiosk.services import job_runs

pytestmark = pytest.mark.integration

LONDON = ZoneInfo("Europe/London")  # summer time starts 29 March 2026, ends 25 October 2026
ISTANBUL = ZoneInfo("Europe/Istanbul")
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # backups


def _shop(ctx: Context, **backup: object) -> Context:
    config = replace(ctx.config, store=replace(ctx.config.store, time_zone="Europe/Istanbul"),
                     backup=replace(ctx.config.backup, **backup))
    return system_context(replace(ctx, config=config))


def _wait(condition, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert condition()


def test_a_daily_time_runs_once_on_each_dst_day() -> None:
    at = clock_time(1, 30)  # on 29 March London's clock jumps from 01:00 to 02:00
    spring = next_run(datetime(2026, 3, 28, 12, 0), at, LONDON)
    assert spring == datetime(2026, 3, 29, 1, 30)  # 02:30 BST, once
    assert next_run(spring, at, LONDON) == datetime(2026, 3, 30, 0, 30)
    # on 25 October 01:30 happens twice (BST, then GMT): the first one counts, once
    autumn = next_run(datetime(2026, 10, 24, 12, 0), at, LONDON)
    assert autumn == datetime(2026, 10, 25, 0, 30)
    assert next_run(autumn, at, LONDON) == datetime(2026, 10, 26, 1, 30)
    assert previous_run(datetime(2026, 10, 25, 1, 45), at, LONDON) == autumn


def test_the_previous_time_is_the_one_a_kiosk_switched_off_missed() -> None:
    at = clock_time(3, 0)  # 00:00 UTC in Istanbul
    assert previous_run(datetime(2026, 3, 1, 9, 0), at, ISTANBUL) == datetime(2026, 3, 1, 0, 0)
    assert previous_run(datetime(2026, 3, 1, 0, 0), at, ISTANBUL) == datetime(2026, 3, 1, 0, 0)
    assert previous_run(datetime(2026, 2, 28, 23, 59), at, ISTANBUL) == datetime(2026, 2, 28)


def test_runs_are_recorded_and_the_last_of_each_is_read(database, ctx, clock) -> None:
    system = system_context(ctx)
    other_kiosk = replace(system, config=replace(system.config, store=replace(
        system.config.store, terminal="KIOSK-2")))
    old = clock.now() - timedelta(days=91)
    job_runs.record(system, "backup", old, True, "old")
    job_runs.record(system, "backup", clock.now(), True, "1.2 MB in kiosk-2026-03-01.db",
                    bytes=1_200_000, path="/x/kiosk-2026-03-01.db")
    job_runs.record(other_kiosk, "backup", clock.now() + timedelta(minutes=1), False,
                    "failed: disk_full", details={"problem": "disk_full"})
    job_runs.record(other_kiosk, "expiry", clock.now(), True, "0 points", details={"points": 0})
    assert JobRun.select().where(JobRun.summary == "old").count() == 0  # older than 90 days
    runs = job_runs.last_runs(ctx.as_staff("maria", "manager"))
    assert set(runs) == {"backup", "expiry"}
    assert runs["backup"].ok and runs["backup"].bytes == 1_200_000  # this terminal's backup
    assert runs["backup"].terminal == "KIOSK-1" and runs["backup"].started_at == clock.now()
    assert runs["expiry"].terminal == "KIOSK-2"  # the chain's expiry, whichever kiosk ran it
    assert runs["expiry"].details == {"points": 0}
    assert job_runs.last_success(system, "backup") == clock.now()


def test_a_failing_job_is_recorded_and_logged_and_the_others_still_run(
    database, ctx, clock, caplog, monkeypatch
) -> None:
    monkeypatch.setattr(scheduler, "CHECK_EVERY_S", 0.02)
    system = _shop(ctx)
    ran: list[str] = []

    def broken(_: Context) -> JobOutcome:
        raise OSError(28, "No space left on device")

    def fine(_: Context) -> JobOutcome:
        ran.append("fine")
        return JobOutcome("done")

    jobs = [Job("backup", "Backup", broken, at=clock_time(3, 0)),
            Job("clean_up", "Clean-up", fine, every=timedelta(hours=6))]
    stop = threading.Event()
    with caplog.at_level(logging.INFO, logger="kiosk.schedule"):
        thread = start_jobs(system, jobs, ISTANBUL, stop)
        try:
            _wait(lambda: JobRun.select().count() == 2)
        finally:
            stop.set()
            thread.join(10)
    failed = JobRun.get(JobRun.job == "backup")
    assert not failed.ok and failed.summary == "failed: disk_full (OSError)"
    assert '"problem": "disk_full"' in failed.details
    assert ran == ["fine"] and JobRun.get(JobRun.job == "clean_up").ok
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert [r.getMessage() for r in errors] == ["Backup failed (disk_full: OSError)"]
    assert any(r.getMessage() == "Clean-up: done" for r in caplog.records)


@SQLITE_ONLY
def test_a_missed_backup_runs_at_start_and_one_done_today_does_not(
    database, ctx, clock, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(scheduler, "CHECK_EVERY_S", 0.02)
    system = _shop(ctx)
    backups = tmp_path / "backups"
    jobs = [job for job in kiosk_jobs(system, tmp_path, postgres=False) if job.name == "backup"]
    clock.current = datetime(2026, 3, 1, 9, 0)  # 12:00 in Istanbul; 03:00 passed while off
    job_runs.record(system, "backup", datetime(2026, 2, 28, 0, 0), True, "yesterday's")
    stop = threading.Event()
    thread = start_jobs(system, jobs, ISTANBUL, stop)
    try:
        _wait(lambda: (backups / "kiosk-2026-03-01.db").exists() and JobRun.select().count() == 2)
    finally:
        stop.set()
        thread.join(10)
    assert oct((backups / "kiosk-2026-03-01.db").stat().st_mode & 0o777) == "0o600"
    assert oct(backups.stat().st_mode & 0o777) == "0o700"
    # started again the same day: the backup is not due until 03:00 tomorrow
    assert not scheduler.due_on_start(system, jobs[0], ISTANBUL)
    clock.current = datetime(2026, 3, 2, 0, 0, 1)  # 03:00:01 the next day
    assert scheduler.due_on_start(system, jobs[0], ISTANBUL)


def test_the_clock_set_back_and_a_suspend_each_give_one_run(
    database, ctx, clock, monkeypatch
) -> None:
    monkeypatch.setattr(scheduler, "CHECK_EVERY_S", 0.02)
    system = _shop(ctx)
    runs: list[datetime] = []
    job = Job("expiry", "Points expiry",
              lambda c: (runs.append(c.now()), JobOutcome("ok"))[1], at=clock_time(3, 30))
    clock.current = datetime(2026, 3, 1, 1, 0)  # 04:00 in Istanbul: ran at start
    stop = threading.Event()
    thread = start_jobs(system, [job], ISTANBUL, stop)
    try:
        _wait(lambda: len(runs) == 1)
        clock.current = datetime(2026, 2, 20, 0, 29)  # set back by nine days, to 03:29
        time.sleep(0.2)
        clock.current = datetime(2026, 2, 20, 0, 30)  # 03:30 on the corrected clock
        _wait(lambda: len(runs) == 2)
        clock.current = datetime(2026, 2, 25, 9, 0)  # five days asleep: one run, not five
        _wait(lambda: len(runs) == 3)
        time.sleep(0.2)
    finally:
        stop.set()
        thread.join(10)
    assert runs == [datetime(2026, 3, 1, 1, 0), datetime(2026, 2, 20, 0, 30),
                    datetime(2026, 2, 25, 9, 0)]


@SQLITE_ONLY
def test_the_backup_keeps_keep_days_of_backups_and_nothing_else_is_deleted(
    database, ctx, clock, tmp_path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    old = [folder / "kiosk-2026-02-20.db", folder / "kiosk-2026-02-27.db"]
    kept = [folder / "kiosk-2026-02-28.db", folder / "notes.txt", folder / "kiosk-old.db",
            folder / "kiosk-2026-01-01.db.txt", folder / "shop-2020-01-01.db"]
    for path in old + kept:
        path.write_text("not mine to judge")
    system = _shop(ctx, keep_days=2, folder=str(folder))
    backup = next(job for job in kiosk_jobs(system, tmp_path, False) if job.name == "backup")
    assert run_job(system, backup)
    assert [p.exists() for p in old] == [False, False]
    assert all(p.exists() for p in kept)
    assert (folder / "kiosk-2026-03-01.db").stat().st_size > 0
    run = job_runs.last_runs(ctx)["backup"]
    assert run.ok and run.path == str(folder / "kiosk-2026-03-01.db")
    assert run.summary.endswith("in kiosk-2026-03-01.db, 2 older backups deleted")
    assert run.bytes == (folder / "kiosk-2026-03-01.db").stat().st_size
    # keep_days = 0 keeps them all; a second backup the same day replaces the first
    assert run_job(_shop(ctx, keep_days=0, folder=str(folder)), backup)
    assert all(p.exists() for p in kept)


@SQLITE_ONLY
def test_a_backup_into_a_folder_that_cannot_be_made_fails_and_deletes_nothing(
    database, ctx, clock, tmp_path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    system = _shop(ctx, folder=str(blocker / "backups"))
    backup = next(job for job in kiosk_jobs(system, tmp_path, False) if job.name == "backup")
    assert not run_job(system, backup)
    run = job_runs.last_runs(ctx)["backup"]
    assert not run.ok and run.details == {"problem": "file_error"}


def test_on_postgresql_the_kiosk_has_no_backup_job(database, ctx, tmp_path) -> None:
    names = [job.name for job in kiosk_jobs(system_context(ctx), tmp_path, postgres=True)]
    assert names == ["expiry", "clean_up", "report_totals"]
    work = job_runs.scheduled_work(ctx)
    assert [view.job for view in work] == ["expiry", "backup", "report_totals", "clean_up"]
    assert work[1].runs_here is not is_postgres() and work[0].next_at is not None


def test_the_expiry_time_comes_from_the_config_and_the_environment(ctx, monkeypatch) -> None:
    from kiosk.schedule import expiry_time

    monkeypatch.delenv("KIOSK_EXPIRY_AT", raising=False)
    config = replace(ctx.config, schedule=replace(ctx.config.schedule, expiry_at="04:15"))
    assert expiry_time(config) == clock_time(4, 15)
    monkeypatch.setenv("KIOSK_EXPIRY_AT", "02:05")
    assert expiry_time(config) == clock_time(2, 5)


@SQLITE_ONLY
def test_a_day_is_named_after_the_shop(database, ctx, clock, tmp_path) -> None:
    clock.current = datetime(2026, 2, 28, 22, 30)  # already 1 March in Istanbul
    system = _shop(ctx, folder=str(tmp_path / "b"))
    backup = next(job for job in kiosk_jobs(system, tmp_path, False) if job.name == "backup")
    assert run_job(system, backup)
    assert (tmp_path / "b" / f"kiosk-{date(2026, 3, 1).isoformat()}.db").exists()


def test_the_kiosk_says_once_that_it_makes_no_backup_on_postgresql(
    database, ctx, tmp_path, caplog, monkeypatch
) -> None:
    from kiosk.schedule import start_schedule

    monkeypatch.setattr(scheduler, "CHECK_EVERY_S", 0.02)
    stop = threading.Event()
    with caplog.at_level(logging.INFO, logger="kiosk.schedule"):
        thread = start_schedule(ctx, tmp_path, stop)
        try:
            _wait(lambda: JobRun.select().where(JobRun.job == "report_totals").exists())
        finally:
            stop.set()
            thread.join(10)
    said = [r.getMessage() for r in caplog.records if "pg_dump" in r.getMessage()]
    assert said == (["Nightly backup: not run by the kiosk on PostgreSQL; back up the chain's "
                     "server with pg_dump on the server"] if is_postgres() else [])
    jobs = {row.job for row in JobRun.select()}
    assert jobs == ({"expiry", "clean_up", "report_totals"} if is_postgres()
                    else {"expiry", "backup", "clean_up", "report_totals"})
    assert (tmp_path / "backups").exists() is not is_postgres()

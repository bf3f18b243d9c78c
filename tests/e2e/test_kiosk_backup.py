"""The real kiosk program backs itself up at 03:00 shop time and expires points at its time:
started under libfaketime ten seconds before, the backup file and the job runs appear."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.conftest import Cli, run_kiosk_until
from tests.e2e.test_kiosk_expiry import CARD, faked, libfaketime

pytestmark = pytest.mark.e2e


def job_runs(database: Path) -> dict[str, tuple]:
    """The latest run of each job: (started_at, ok, summary, bytes, path)."""
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute(
            "SELECT job, started_at, ok, summary, bytes, path FROM job_run ORDER BY id"
        ).fetchall()
    except sqlite3.OperationalError:  # busy: ask again
        return {}
    finally:
        connection.close()
    return {row[0]: row[1:] for row in rows}


def test_the_kiosk_backs_up_at_0300_and_keeps_two_days(sqlite_cli: Cli, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    config = tmp_path / "kiosk.toml"
    config.write_text(
        '[store]\ntime_zone = "Europe/Istanbul"\n\n[ui]\ndemo = false\n\n'
        f'[backup]\nat = "03:00"\nkeep_days = 2\nfolder = "{backups}"\n\n'
        '[schedule]\nexpiry_at = "03:00"\n'
    )
    # 100 points earned a year before 03:00 in Istanbul (00:00 UTC): they expire at 03:00, not
    # at the kiosk's start ten seconds before (the clock is frozen: a slow machine cannot stamp
    # the purchase later than the 03:00 run)
    for args in (("member", "enrol", "--name", "Ada", "--card", CARD),
                 ("purchase", CARD, "100.00", "--receipt", "R-1")):
        done = faked(sqlite_cli, "2025-03-01 00:00:00", *args, config=config, frozen=True)
        assert done.returncode == 0, done.stderr
    database = Path(sqlite_cli.db_url.removeprefix("sqlite:///"))
    connection = sqlite3.connect(database)
    with connection:  # last night's backup worked: none is due when the kiosk starts
        connection.execute(
            "INSERT INTO job_run (job, store, terminal, started_at, finished_at, ok, summary, "
            "details) VALUES ('backup', 'STORE-1', 'KIOSK-1', '2026-02-28 00:00:00', "
            "'2026-02-28 00:00:05', 1, 'last night', '{}')")
    connection.close()
    backups.mkdir(mode=0o700)
    old, kept, foreign = (backups / "kiosk-2026-02-20.db", backups / "kiosk-2026-02-28.db",
                          backups / "notes.txt")
    for path in (old, kept, foreign):
        path.write_text("an older file")
    env = {**sqlite_cli.env(), "TZ": "UTC", "QT_QPA_PLATFORM": "offscreen",
           "LD_PRELOAD": libfaketime(), "FAKETIME": "@2026-02-28 23:59:50",
           "FAKETIME_DONT_FAKE_MONOTONIC": "1"}
    new = backups / "kiosk-2026-03-01.db"
    run_kiosk_until(["--config", str(config), "--windowed"], env,
                    lambda: job_runs(database).get("backup", ("",))[0] >= "2026-03-01"
                    and "points" in job_runs(database).get("expiry", ("", 0, ""))[2]
                    and "100 points" in job_runs(database)["expiry"][2])
    runs = job_runs(database)
    started, ok, summary, size, path = runs["backup"]
    assert started.startswith("2026-03-01 00:00:0") and ok  # 03:00 in Istanbul
    assert path == str(new) and size == new.stat().st_size and size > 0
    assert summary.endswith("in kiosk-2026-03-01.db, 1 older backups deleted")
    assert oct(new.stat().st_mode & 0o777) == "0o600"
    assert not old.exists() and kept.exists() and foreign.exists()
    backup = sqlite3.connect(f"file:{new}?mode=ro", uri=True)
    assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    backup.close()
    expiry_started, expiry_ok, expiry_summary = runs["expiry"][:3]
    assert expiry_started.startswith("2026-03-01 00:00:0") and expiry_ok
    assert expiry_summary.startswith("100 points in 1 lots of 1 members")

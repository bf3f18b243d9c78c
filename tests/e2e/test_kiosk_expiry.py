"""The kiosk expires points by itself at 03:30 shop time: the real program under faketime."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, Cli, run_kiosk_until

pytestmark = pytest.mark.e2e

CARD = "2900000000018"


def faked(cli: Cli, moment: str, *args: str, config: Path,
          frozen: bool = False) -> subprocess.CompletedProcess[str]:
    """Run main.py with the clock set to a UTC moment: running on from there, or frozen at it
    (then what the command writes carries exactly that moment, however slow the machine)."""
    env = {**cli.env(), "TZ": "UTC"}
    clock = ["-f", moment] if frozen else [moment]
    return subprocess.run(
        ["faketime", *clock, sys.executable, str(ROOT / "main.py"), "--config", str(config),
         *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


def libfaketime() -> str:
    """The path of libfaketime (Debian's faketime package)."""
    found = sorted(Path("/usr/lib").glob("*/faketime/libfaketime.so.1"))
    if not found:
        pytest.fail("this test needs faketime (apt-get install faketime)", pytrace=False)
    return str(found[0])


def expiry_entries(database: Path) -> list[tuple[str, int]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(
            "SELECT created_at, points FROM ledger_entry WHERE kind = 'expire'"
        ).fetchall()
    except sqlite3.OperationalError:  # busy: ask again
        return []
    finally:
        connection.close()


def test_the_kiosk_expires_points_at_0330_in_istanbul(sqlite_cli: Cli, tmp_path: Path) -> None:
    if shutil.which("faketime") is None:
        pytest.fail("this test needs faketime (apt-get install faketime)", pytrace=False)
    config = tmp_path / "kiosk.toml"
    config.write_text('[store]\ntime_zone = "Europe/Istanbul"\n\n[ui]\ndemo = false\n')
    # Earned at 03:29:55 Istanbul (00:29:55 UTC) a year before: the lot expires a year later,
    # after the kiosk's start-up run at 03:29:45 and before its daily run at 03:30.
    for args in (("member", "enrol", "--name", "Ada", "--card", CARD),
                 ("purchase", CARD, "100.00", "--receipt", "R-1")):
        done = faked(sqlite_cli, "2025-03-01 00:29:55", *args, config=config)
        assert done.returncode == 0, done.stderr
    database = Path(sqlite_cli.db_url.removeprefix("sqlite:///"))
    # libfaketime preloaded into the kiosk itself (the faketime wrapper would not pass on the
    # signal that stops it); the clock starts at 00:29:45 UTC and runs on from there.
    env = {**sqlite_cli.env(), "TZ": "UTC", "QT_QPA_PLATFORM": "offscreen",
           "LD_PRELOAD": libfaketime(), "FAKETIME": "@2026-03-01 00:29:45",
           "FAKETIME_DONT_FAKE_MONOTONIC": "1"}
    # a bounded wait: the run is due about 15 s after the start
    run_kiosk_until(["--config", str(config), "--windowed"], env,
                    lambda: bool(expiry_entries(database)))
    entries = expiry_entries(database)
    assert len(entries) == 1, entries
    created_at, points = entries[0]
    assert points == -100
    assert created_at.startswith("2026-03-01 00:30:0")  # 03:30 in Istanbul, not at start-up

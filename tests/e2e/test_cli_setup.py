"""Start-up behaviour of the program: configuration errors, databases, backups, the demo."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, Cli

pytestmark = pytest.mark.e2e


def test_config_typo_names_key_and_line(sqlite_cli: Cli, tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[store]\nname = "Shop"\n\n[printer]\nkidn = "network"\n', encoding="utf-8")
    done = sqlite_cli.run("member", "show", "2900000000018", config=config)
    assert done.code == 2
    assert done.stderr.strip() == (
        f"error: {config}, line 5: printer.kidn: unknown key; did you mean 'kind'? (allowed: "
        "kind, host, port, device, baudrate, vendor_id, product_id, profile, paper_width_mm, "
        "timeout_s, barcodes, code_pages)"
    )


def test_config_bad_value_is_refused(sqlite_cli: Cli, tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("[ui]\nidle_timeout_s = 2\n", encoding="utf-8")
    done = sqlite_cli.run("reward", "list", config=config)
    assert done.code == 2
    assert "line 2: ui.idle_timeout_s: 2 is too small; the minimum is 5" in done.stderr


def test_missing_config_file(sqlite_cli: Cli, tmp_path: Path) -> None:
    done = sqlite_cli.run("reward", "list", config=tmp_path / "nope.toml")
    assert done.code == 2 and "configuration file not found" in done.stderr


def test_unreachable_database_exits_3(sqlite_cli: Cli) -> None:
    sqlite_cli.db_url = "postgresql://kiosk:secret@127.0.0.1:1/loyalty"
    done = sqlite_cli.run("member", "show", "2900000000018")
    assert done.code == 3
    assert done.stderr.startswith("error: Cannot open the database postgresql://kiosk:***@")
    assert "secret" not in done.stderr and "Traceback" not in done.stderr


def test_db_url_override_on_the_command_line(sqlite_cli: Cli, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    done = sqlite_cli.run("--db", f"sqlite:///{other}", "db", "init", "--json")
    assert done.code == 0 and other.exists()


def test_backup_is_a_working_copy(sqlite_cli: Cli, tmp_path: Path) -> None:
    sqlite_cli.ok("demo", "seed", "--members", "25")
    target = tmp_path / "backup" / "copy.db"
    result = sqlite_cli.ok("db", "backup", str(target))
    assert result["bytes"] > 0
    connection = sqlite3.connect(target)
    assert connection.execute("SELECT COUNT(*) FROM member").fetchone()[0] == 25
    connection.close()
    again = sqlite_cli.run("db", "backup", str(target))
    assert again.code == 1 and "already exists" in again.stderr


def test_first_start_opens_the_demo_kiosk_and_stops_cleanly(sqlite_cli: Cli) -> None:
    env = {**sqlite_cli.env(), "QT_QPA_PLATFORM": "offscreen"}
    kiosk = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--windowed"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 60
        shown: object = None
        while time.monotonic() < deadline and kiosk.poll() is None:
            done = sqlite_cli.run("member", "show", "2900000000018", "--json")
            if done.code == 0:
                shown = done.json()
                break
            time.sleep(0.5)
        time.sleep(2)  # the window is up, the simulated scanner and printer are running
        assert kiosk.poll() is None, kiosk.communicate()[1]
        kiosk.send_signal(signal.SIGTERM)
        out, err = kiosk.communicate(timeout=30)
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
    assert kiosk.returncode == 0, err
    assert "Traceback" not in err
    assert "Created demo data" in out
    assert isinstance(shown, dict) and shown["name"] == "Alex Morgan" and shown["balance"] > 0
    assert (sqlite_cli.data_dir / "voucher.key").exists()


def test_migrate_reports_latest(sqlite_cli: Cli) -> None:
    first = sqlite_cli.ok("db", "migrate")
    assert first["from"] == 0 and first["version"] == first["latest"]
    second = sqlite_cli.ok("db", "migrate")
    assert second["applied"] == [] and second["version"] == first["version"]

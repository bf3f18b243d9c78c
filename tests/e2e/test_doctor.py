"""`doctor`: the real program on real files, a real pty, a real TCP printer and PostgreSQL; each
broken condition gives its sentence and exit 1, and doctor never changes what it looks at."""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg2
import pytest

from hardware.printer_sim import PrinterSimulator
from tests.e2e.conftest import ROOT, Cli, Completed, _create_pg_database, _drop_pg_database

pytestmark = pytest.mark.e2e


def doctor(cli: Cli, *args: str, config: Path | None = None,
           env: dict[str, str] | None = None, prefix: tuple[str, ...] = (),
           as_json: bool = True) -> Completed:
    """Run `main.py doctor --json` (env replaces the CLI's environment when given). The kiosk's
    account is this test's user unless env names one: as root, doctor checks for that account,
    and whether this machine has a `kiosk` user must not matter."""
    env = dict(env or cli.env())
    env.setdefault("KIOSK_USER", getpass.getuser())
    command = [*prefix, sys.executable, str(ROOT / "main.py")]
    if config is not None:
        command += ["--config", str(config)]
    done = subprocess.run(
        [*command, "doctor", *(["--json"] if as_json else []), *args], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=60,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return Completed(done.returncode, done.stdout, done.stderr)


def check(done: Completed, name: str) -> dict[str, str]:
    """The named check of a JSON report."""
    report = done.json()
    assert isinstance(report, dict) and set(report) == {"ok", "checks"}
    found = [c for c in report["checks"] if c["name"] == name]
    assert found, f"no check {name!r} in {[c['name'] for c in report['checks']]}"
    return found[0]


def failed(done: Completed, name: str, *words: str) -> dict[str, str]:
    """Assert doctor exited 1 with the named check failed, its sentence holding words."""
    assert done.code == 1, done.stdout
    result = check(done, name)
    assert result["status"] == "fail", result
    text = result["message"] + " " + (result["action"] or "")
    for word in words:
        assert word in text, (word, result)
    assert done.json()["ok"] is False
    return result


@pytest.fixture
def ready(sqlite_cli: Cli) -> Cli:
    """A kiosk database with its schema, a voucher key and the key's fingerprint recorded."""
    sqlite_cli.ok("db", "init")
    sqlite_cli.ok("reward", "list")
    return sqlite_cli


@pytest.fixture
def printer() -> Iterator[PrinterSimulator]:
    with PrinterSimulator() as simulator:
        yield simulator


@pytest.fixture
def scanner_port() -> Iterator[str]:
    """A real pty standing in for a serial scanner: its device path."""
    main, follower = os.openpty()
    try:
        yield os.ttyname(follower)
    finally:
        os.close(main)
        os.close(follower)


def write_config(path: Path, printer: str = "", scanners: tuple[str, ...] = (),
                 extra: str = "") -> Path:
    text = "[ui]\ndemo = false\n" + extra
    if printer:
        text += printer
    else:
        text += '\n[printer]\nkind = "none"\n'
    for url in scanners:
        text += f'\n[[scanners]]\nurl = "{url}"\nname = "counter"\n'
    path.write_text(text, encoding="utf-8")
    return path


def network_printer(port: int) -> str:
    return f'\n[printer]\nkind = "network"\nhost = "127.0.0.1"\nport = {port}\n'


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every entry under folder with its mode and size: doctor must leave them as they are."""
    return {
        str(path.relative_to(folder)): (stat.S_IMODE(path.stat().st_mode), path.stat().st_size)
        for path in sorted(folder.rglob("*")) if not path.name.endswith(("-wal", "-shm"))
    }


def test_all_ok_exits_0_and_changes_nothing(
    ready: Cli, tmp_path: Path, printer: PrinterSimulator, scanner_port: str
) -> None:
    config = write_config(tmp_path / "kiosk.toml", network_printer(printer.port), (scanner_port,))
    before = snapshot(tmp_path)
    done = doctor(ready, config=config)
    assert done.code == 0, done.stdout
    report = done.json()
    assert report["ok"] is True
    statuses = {c["name"]: c["status"] for c in report["checks"]}
    for name in ("config", "data folder", "database", "schema", "db check", "voucher key",
                 "clock", "printer", "scanner counter"):
        assert statuses[name] == "ok", (name, report)
    assert statuses["display"] == "warn"  # the tests' offscreen platform is said, not hidden
    assert "paper ok" in check(done, "printer")["message"]
    assert all(set(c) == {"name", "status", "message", "action"} for c in report["checks"])
    assert printer.jobs == []  # asked for status, printed nothing
    assert snapshot(tmp_path) == before


def test_text_output_fits_80_columns(ready: Cli, tmp_path: Path) -> None:
    config = write_config(tmp_path / "kiosk.toml", scanners=(str(tmp_path / "ttyUSB9"),))
    done = doctor(ready, config=config, as_json=False)
    assert done.code == 1
    lines = done.stdout.splitlines()
    too_long = [line for line in lines if len(line) > 80 and " " in line.strip()]
    assert not too_long  # only a path longer than a line may stick out
    assert any(line.startswith("FAIL  scanner counter:") for line in lines)
    assert any(line.startswith("ok    schema:") for line in lines)
    assert any(line.strip().startswith("what to do:") for line in lines)
    assert lines[-1].startswith("Not ready: 1 failed")


def test_config_typo_names_key_and_line(ready: Cli, tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[store]\nid = "S1"\ntermnal = "K1"\n', encoding="utf-8")
    result = failed(doctor(ready, config=config), "config", "line 3", "termnal", "terminal")
    assert "kiosk.toml" in result["message"]


def test_missing_config_says_run_setup(ready: Cli, tmp_path: Path) -> None:
    config = tmp_path / "etc" / "kiosk.toml"
    done = doctor(ready, config=config)
    failed(done, "config", "does not exist", "python main.py setup")
    assert not config.exists() and not config.parent.exists()
    assert check(done, "display")  # what does not need the configuration is still checked


def test_no_config_at_all_uses_defaults_and_creates_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_DATA_DIR=str(data), XDG_CONFIG_HOME=str(tmp_path / "config"))
    cli = Cli(data, "", "sqlite")
    done = doctor(cli, env=env)
    config = check(done, "config")
    assert config["status"] == "warn" and "built-in defaults" in config["message"]
    assert str(tmp_path / "config" / "loyalty-kiosk" / "kiosk.toml") in config["message"]
    failed(done, "database", "no database", "db init")
    assert check(done, "data folder")["status"] == "warn"
    assert not data.exists()  # no folder, no database, no voucher key


def test_database_missing_is_not_created(sqlite_cli: Cli, tmp_path: Path) -> None:
    failed(doctor(sqlite_cli), "database", "no database", str(tmp_path / "kiosk.db"))
    assert not (tmp_path / "kiosk.db").exists()
    assert not (tmp_path / "data" / "voucher.key").exists()


def test_database_server_unreachable(tmp_path: Path) -> None:
    url = f"postgresql://kiosk@127.0.0.1:{closed_port()}/kiosk"
    cli = Cli(tmp_path / "data", url, "postgres")
    done = doctor(cli)
    failed(done, "database", "Cannot open the database", "server is running")
    assert check(done, "clock")["status"] == "warn"


def test_database_server_that_never_answers_is_bounded(tmp_path: Path) -> None:
    with socket.socket() as silent:  # accepts connections, never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        url = f"postgresql://kiosk@127.0.0.1:{silent.getsockname()[1]}/kiosk"
        done = doctor(Cli(tmp_path / "data", url, "postgres"))
    failed(done, "database", "did not answer within 8 s")


def _sql(cli: Cli, statement: str) -> None:
    with sqlite3.connect(cli.db_url.removeprefix("sqlite:///")) as connection:
        connection.execute(statement)


def test_old_schema_says_migrate(ready: Cli) -> None:
    _sql(ready, "DELETE FROM schema_version WHERE version = (SELECT MAX(version) "
                "FROM schema_version)")
    result = failed(doctor(ready), "schema", "db migrate")
    assert "this program needs" in result["message"]
    assert ready.run("reward", "list").code != 0  # still old: doctor migrated nothing


def test_tampered_balance_fails_db_check(ready: Cli) -> None:
    ready.ok("member", "enrol", "--name", "Test Person", "--card", "2900000000018")
    ready.ok("purchase", "2900000000018", "10.00", "--receipt", "R1")
    _sql(ready, "UPDATE member SET balance = balance + 500")
    failed(doctor(ready), "db check", "found 2 problems", "balance differs from ledger",
           "python main.py db check")


def _job_run(cli: Cli, job: str, hours_ago: float, ok: bool, summary: str) -> None:
    started = (datetime.now(UTC) - timedelta(hours=hours_ago)).strftime("%Y-%m-%d %H:%M:%S")
    with sqlite3.connect(cli.db_url.removeprefix("sqlite:///")) as connection:
        connection.execute(
            "INSERT INTO job_run (job, store, terminal, started_at, finished_at, ok, summary, "
            "details) VALUES (?, 'STORE-1', 'KIOSK-1', ?, ?, ?, ?, '{}')",
            (job, started, started, int(ok), summary),
        )


def test_job_runs_failed_old_and_never(ready: Cli) -> None:
    pytest.importorskip("kiosk.services.job_runs")  # the kiosk's record of its own jobs
    done = doctor(ready)
    assert check(done, "backup")["status"] == "warn" and "never run" in check(done, "backup")[
        "message"]
    _job_run(ready, "expiry", 2, True, "nothing to expire")
    _job_run(ready, "backup", 1, False, "the disk is full")
    done = doctor(ready)
    assert check(done, "expiry")["status"] == "ok"
    failed(done, "backup", "last backup failed", "the disk is full", "Hardware page")
    _job_run(ready, "backup", 0, True, "backup written")
    assert check(doctor(ready), "backup")["status"] == "ok"


def test_a_backup_older_than_two_days_fails(ready: Cli) -> None:
    pytest.importorskip("kiosk.services.job_runs")
    _job_run(ready, "backup", 24 * 3 + 1, True, "backup written")
    failed(doctor(ready), "backup", "3 days ago", "more than 2 days")


def test_data_folder_readable_by_others(ready: Cli) -> None:
    os.chmod(ready.data_dir, 0o755)
    failed(doctor(ready), "data folder", "0755", "chmod -R go-rwx")
    assert stat.S_IMODE(ready.data_dir.stat().st_mode) == 0o755  # reported, not changed


@pytest.mark.skipif(os.geteuid() != 0, reason="checks for the kiosk's user only as root")
def test_data_folder_and_key_of_another_user_as_root(ready: Cli) -> None:
    env = {**ready.env(), "KIOSK_USER": "nobody"}
    done = doctor(ready, env=env)
    failed(done, "data folder", "belongs to root", "chown -R nobody:nobody")
    failed(done, "voucher key", "belongs to root", "chown nobody:nobody")


def test_backup_file_readable_by_others(ready: Cli) -> None:
    backups = ready.data_dir / "backups"
    backups.mkdir(mode=0o700)
    copy = backups / "kiosk-2026-01-01.db"
    copy.write_bytes(b"copy")
    os.chmod(copy, 0o644)
    failed(doctor(ready), "data folder", "kiosk-2026-01-01.db (0644, should be 0600)")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o644


def test_voucher_key_missing(ready: Cli) -> None:
    (ready.data_dir / "voucher.key").unlink()
    failed(doctor(ready), "voucher key", "no voucher key", "Copy voucher.key")
    assert not (ready.data_dir / "voucher.key").exists()


def test_voucher_key_readable_by_others(ready: Cli) -> None:
    key = ready.data_dir / "voucher.key"
    os.chmod(key, 0o644)
    failed(doctor(ready), "voucher key", "mode 0644", f"chmod 600 {key}")


def test_another_voucher_key(ready: Cli) -> None:
    key = ready.data_dir / "voucher.key"
    key.write_text("0123456789abcdef" * 4 + "\n", encoding="ascii")
    failed(doctor(ready), "voucher key", "is not the key this database", "fingerprint")


def test_printer_unreachable(ready: Cli, tmp_path: Path) -> None:
    config = write_config(tmp_path / "kiosk.toml", network_printer(closed_port()))
    failed(doctor(ready, config=config), "printer", "connection refused", "switched on")


def test_printer_out_of_paper(ready: Cli, tmp_path: Path, printer: PrinterSimulator) -> None:
    printer.set_mode("paper_out")
    config = write_config(tmp_path / "kiosk.toml", network_printer(printer.port))
    failed(doctor(ready, config=config), "printer", "out of paper", "paper roll")
    assert printer.jobs == []


def test_printer_that_never_answers_is_bounded(
    ready: Cli, tmp_path: Path, printer: PrinterSimulator
) -> None:
    printer.set_mode("hang")
    config = write_config(tmp_path / "kiosk.toml", network_printer(printer.port))
    failed(doctor(ready, config=config), "printer", "did not answer within 3 s")


def test_printer_device_file_missing(ready: Cli, tmp_path: Path) -> None:
    device = tmp_path / "usb" / "lp0"
    config = write_config(tmp_path / "kiosk.toml", f'\n[printer]\nkind = "file"\n'
                                                   f'device = "{device}"\n')
    failed(doctor(ready, config=config), "printer", f"{device} does not exist")


def test_scanner_port_missing(ready: Cli, tmp_path: Path, scanner_port: str) -> None:
    config = write_config(tmp_path / "kiosk.toml", scanners=("/dev/ttyUSB97",))
    failed(doctor(ready, config=config), "scanner counter", "/dev/ttyUSB97 does not exist",
           "Plug the scanner in")


def test_scanner_port_not_openable(ready: Cli, tmp_path: Path, scanner_port: str) -> None:
    config = write_config(tmp_path / "kiosk.toml", scanners=(scanner_port,))
    env = ready.env()
    if os.geteuid() == 0:  # root may open anything: ask for an account that may not
        os.chmod(scanner_port, 0o600)
        env["KIOSK_USER"] = "nobody"
        words: tuple[str, ...] = ("'nobody' user may not open", "usermod -aG")
    else:
        os.chmod(scanner_port, 0o000)
        words = ("may not open", "usermod -aG")
    failed(doctor(ready, config=config, env=env), "scanner counter", scanner_port, *words)


def test_no_display(ready: Cli, tmp_path: Path) -> None:
    env = {k: v for k, v in ready.env().items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    failed(doctor(ready, env=env), "display", "needs a display", "cage")


def test_no_display_here_but_the_kiosk_screen_runs(ready: Cli, tmp_path: Path) -> None:
    env = {k: v for k, v in ready.env().items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    with socket.socket(socket.AF_UNIX) as compositor:  # as cage's wayland-0 would be
        compositor.bind(str(tmp_path / "wayland-0"))
        result = check(doctor(ready, env=env), "display")
    assert result["status"] == "warn", result
    assert "wayland-0" in result["message"] and "no test window" in result["message"]


@pytest.mark.postgres
def test_postgres_empty_then_current_then_clock_skewed(pg_server: str, tmp_path: Path) -> None:
    if shutil.which("faketime") is None:
        pytest.skip("faketime is not installed")
    name, url = _create_pg_database(pg_server)
    try:
        cli = Cli(tmp_path / "data", url, "postgres")
        failed(doctor(cli), "schema", "database is empty", "db init")
        connection = psycopg2.connect(url)
        with connection, connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            assert cursor.fetchone()[0] == 0  # doctor created no table
        connection.close()
        cli.ok("db", "init")
        cli.ok("reward", "list")
        done = doctor(cli)
        assert check(done, "clock")["status"] == "ok", done.stdout
        assert check(done, "database")["status"] == "ok"
        backup = check(done, "backup")  # the chain's server is backed up there, not by a kiosk
        assert backup["status"] == "ok" and "pg_dump" in backup["message"], backup
        skewed = doctor(cli, prefix=("faketime", "-f", "+10m"))
        failed(skewed, "clock", "ahead of the database server", "timedatectl")
    finally:
        _drop_pg_database(pg_server, name)

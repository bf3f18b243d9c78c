"""`python main.py setup` as a shop runs it: flags or answers on stdin, a real printer simulator,
a real pty scanner, the file written and loaded, the first manager able to log in."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from hardware.printer_sim import PrinterSimulator
from hardware.scanner_sim import ScannerSimulator
from kiosk.config import load_config
from tests.e2e.conftest import ROOT, Cli, Completed

pytestmark = pytest.mark.e2e


class SetupCli:
    """The program with its own data folder, database and user config folder."""

    def __init__(self, cli: Cli, tmp_path: Path) -> None:
        self.cli = cli
        self.config_home = tmp_path / "xdg"
        self.user_file = self.config_home / "loyalty-kiosk" / "kiosk.toml"

    def env(self) -> dict[str, str]:
        return {**self.cli.env(), "XDG_CONFIG_HOME": str(self.config_home)}

    def run(self, *args: str, stdin: str = "", timeout: float = 120) -> Completed:
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=self.env(),
            input=stdin, capture_output=True, text=True, timeout=timeout,
        )
        return Completed(done.returncode, done.stdout, done.stderr)


@pytest.fixture
def setup_cli(cli: Cli, tmp_path: Path) -> SetupCli:
    return SetupCli(cli, tmp_path)


@pytest.fixture
def sqlite_setup(sqlite_cli: Cli, tmp_path: Path) -> SetupCli:
    return SetupCli(sqlite_cli, tmp_path)


QUIET = ("--yes", "--printer", "none", "--scanner", "keyboard")


@pytest.mark.parametrize(
    ("country", "expected"),
    [
        ("GB", ("+44", "GBP", "£", 2, "Europe/London", "en")),
        ("TR", ("+90", "TRY", "₺", 2, "Europe/Istanbul", "tr")),
        ("Russia", ("+7", "RUB", "₽", 2, "Europe/Moscow", "ru")),
    ],
)
def test_setup_writes_a_loadable_file_with_the_countrys_defaults(
    sqlite_setup: SetupCli, tmp_path: Path, country: str, expected: tuple[object, ...]
) -> None:
    target = tmp_path / "etc" / "kiosk.toml"
    done = sqlite_setup.run("--config", str(target), "setup", *QUIET, "--country", country,
                            "--shop-name", 'The "Best" Shop \\ Ltd', "--manager", "Ayşe Yılmaz",
                            "--pin", "2580", "--empty", "--json")
    assert done.code == 0, done.stderr
    result = done.json()
    assert result["written"] == str(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    config = load_config(target)
    store = config.store
    got = (store.country_code, store.currency, store.currency_symbol, store.minor_digits,
           store.time_zone, config.ui.language)
    assert got == expected
    assert result["config"]["currency"] == expected[1]
    assert store.name == 'The "Best" Shop \\ Ltd'
    assert config.printer.kind == "none" and config.scanners == [] and config.ui.demo is False
    text = target.read_text(encoding="utf-8")
    assert "docs/config.example.toml" in text and "setup --force" in text


def test_setup_refuses_to_overwrite_and_force_keeps_a_backup(
    sqlite_setup: SetupCli, tmp_path: Path
) -> None:
    target = tmp_path / "kiosk.toml"
    target.write_text('[store]\nname = "Mine"\n', encoding="utf-8")
    done = sqlite_setup.run("--config", str(target), "setup", *QUIET, "--country", "GB",
                            "--demo")
    assert done.code == 1
    assert "already exists; nothing was changed" in done.stderr and "--force" in done.stderr
    assert target.read_text(encoding="utf-8") == '[store]\nname = "Mine"\n'
    done = sqlite_setup.run("--config", str(target), "setup", *QUIET, "--country", "DE",
                            "--demo", "--force", "--json")
    assert done.code == 0, done.stderr
    assert Path(done.json()["backup"]).read_text(encoding="utf-8") == '[store]\nname = "Mine"\n'
    assert load_config(target).store.currency == "EUR"


@pytest.mark.parametrize(
    ("flags", "reason", "words"),
    [
        (("--country", "Atlantis"), "bad_country", "'Atlantis' is not a country"),
        (("--country", "GB", "--time-zone", "Europe/Lndon"), "bad_time_zone",
         "'Europe/Lndon' is not a time zone"),
        (("--country", "GB", "--currency", "XYZ1"), "bad_currency", "'XYZ1' is not a currency"),
        (("--country", "GB", "--language", "de"), "bad_language", "use one of: en, tr, ru"),
        (("--country", "GB", "--manager", "Ann", "--pin", "12"), "pin_invalid",
         "A PIN is 4 to 6 digits"),
        (("--country", "GB", "--empty"), "manager_needed", "needs a first manager"),
        (("--country", "GB", "--printer", "lpt://x"), "bad_printer", "Printer URL 'lpt://x'"),
    ],
)
def test_bad_values_get_one_line_and_exit_2_and_write_nothing(
    sqlite_setup: SetupCli, tmp_path: Path, flags: tuple[str, ...], reason: str, words: str
) -> None:
    target = tmp_path / "kiosk.toml"
    args = ["--config", str(target), "setup", "--yes", "--scanner", "keyboard", "--json"]
    if "--printer" not in flags:
        args += ["--printer", "none"]
    done = sqlite_setup.run(*args, *flags)
    assert done.code == 2, done.stderr
    assert done.json()["error"] == reason
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 2
    assert "Traceback" not in done.stderr
    assert not target.exists()


def test_interactive_setup_from_answers_on_stdin_creates_a_manager_who_can_log_in(
    setup_cli: SetupCli,
) -> None:
    answers = "\n".join([
        "Köşe Bakkal",   # shop name
        "Türkiye",       # country, by its name
        "",              # currency: the country's
        "",              # time zone: the country's
        "",              # language: the country's
        "",              # no network printer address to probe
        "none",          # printer
        "keyboard",      # scanner
        "y",             # try a test scan
        "2900000000018", # the wedge scanner "types" a code
        "empty",         # an empty shop
        "Deniz",         # the first manager
        "1234", "4321",  # two PINs that differ: asked again
        "2468", "2468",
    ]) + "\n"
    done = setup_cli.run("setup", "--json", stdin=answers)
    assert done.code == 0, done.stderr
    result = done.json()
    assert result["written"] == str(setup_cli.user_file)
    assert result["test_scan"] == "2900000000018"
    assert "The two PINs differ" in done.stderr
    config = load_config(setup_cli.user_file)
    assert (config.store.name, config.store.currency, config.ui.language) == (
        "Köşe Bakkal", "TRY", "tr")
    _assert_can_log_in(setup_cli.cli.db_url, config, "Deniz", "2468")
    # later starts find the file in the user's config folder without being told
    done = setup_cli.run("printer", "test", "--json")
    assert done.code == 1 and "Printing is switched off" in done.json()["message"]


def _assert_can_log_in(db_url: str, config: object, name: str, pin: str) -> None:
    from db.database import close_database, database_proxy, open_database
    from kiosk.context import Context
    from kiosk.services import staff

    open_database(db_url)
    database_proxy.connect(reuse_if_open=True)
    try:
        session = staff.log_in(Context(config, b""), name, pin)  # type: ignore[arg-type]
        assert session.role == "manager"
    finally:
        close_database()


def test_test_page_goes_to_the_network_printer(sqlite_setup: SetupCli, tmp_path: Path) -> None:
    target = tmp_path / "kiosk.toml"
    with PrinterSimulator() as printer:
        done = sqlite_setup.run("--config", str(target), "setup", "--yes", "--country", "GB",
                                "--printer", printer.url, "--test-print", "--scanner",
                                "keyboard", "--demo", "--json")
        assert done.code == 0, done.stderr
        jobs = printer.wait_for_jobs(1)
    assert b"Corner Market" in jobs[0]
    assert done.json()["test_page"] is True
    config = load_config(target)
    assert (config.printer.kind, config.printer.port) == ("network", printer.port)


def test_a_dead_network_printer_fails_the_test_page(sqlite_setup: SetupCli, tmp_path: Path) -> None:
    target = tmp_path / "kiosk.toml"
    with PrinterSimulator() as printer:
        url = printer.url
    done = sqlite_setup.run("--config", str(target), "setup", "--yes", "--country", "GB",
                            "--printer", url, "--test-print", "--scanner", "keyboard", "--demo")
    assert done.code == 1
    assert "The test page did not print" in done.stderr
    assert not target.exists()


def test_test_scan_is_seen_from_a_serial_scanner(sqlite_setup: SetupCli, tmp_path: Path) -> None:
    target = tmp_path / "kiosk.toml"
    link = tmp_path / "ttyScanner"
    with ScannerSimulator(link) as scanner:
        stop = threading.Event()

        def keep_scanning() -> None:  # until the program has opened the port and read one
            while not stop.wait(0.3):
                scanner.send("2900000000025")

        sender = threading.Thread(target=keep_scanning, daemon=True)
        sender.start()
        try:
            done = sqlite_setup.run("--config", str(target), "setup", "--yes", "--country", "GB",
                                    "--printer", "none", "--scanner", str(link), "--test-scan",
                                    "20", "--demo", "--json")
        finally:
            stop.set()
            sender.join()
    assert done.code == 0, done.stderr
    assert done.json()["test_scan"] == "2900000000025"
    assert [s.url for s in load_config(target).scanners] == [str(link)]


def test_an_empty_shop_gets_no_demo_members(sqlite_setup: SetupCli, tmp_path: Path) -> None:
    target = tmp_path / "kiosk.toml"
    done = sqlite_setup.run("--config", str(target), "setup", *QUIET, "--country", "GB",
                            "--empty", "--manager", "Sam", "--pin", "1357")
    assert done.code == 0, done.stderr
    old_preview = sqlite_setup.cli.data_dir / "printed" / "old-test.png"
    old_preview.parent.mkdir(parents=True, exist_ok=True)
    old_preview.write_bytes(b"png")
    os.utime(old_preview, (1_000_000_000, 1_000_000_000))
    env = {**sqlite_setup.env(), "KIOSK_CONFIG": str(target), "QT_QPA_PLATFORM": "offscreen"}
    from tests.e2e.conftest import run_kiosk_until

    # the kiosk has started (and passed its demo check) once its first clean-up has run
    run_kiosk_until(["--windowed"], env, lambda: not old_preview.exists())
    assert not old_preview.exists()
    found = sqlite_setup.run("member", "search", "a", "--json")
    assert found.code == 0, found.stderr
    assert found.json() == []
    assert sqlite_setup.run("reward", "list", "--json").json() == []


def test_a_missing_configured_file_tells_to_run_setup(sqlite_setup: SetupCli,
                                                       tmp_path: Path) -> None:
    env_file = tmp_path / "nowhere" / "kiosk.toml"
    done = sqlite_setup.run("--config", str(env_file), "member", "show", "2900000000018")
    assert done.code == 2
    assert done.stderr.strip() == (
        f"error: {env_file}: configuration file not found; run `python main.py setup`"
    )


def test_the_kiosk_with_a_missing_configured_file_shows_the_set_up(
    sqlite_setup: SetupCli, tmp_path: Path
) -> None:
    import signal
    import time

    target = tmp_path / "etc" / "kiosk.toml"
    env = {**sqlite_setup.env(), "KIOSK_CONFIG": str(target), "QT_QPA_PLATFORM": "offscreen"}
    kiosk = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--windowed"], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert kiosk.stdout is not None
        line = kiosk.stdout.readline()
        assert line.strip() == (
            f"First start: no configuration at {target}; showing the set-up screens.")
        time.sleep(0.5)
        assert kiosk.poll() is None  # waiting for a person on the set-up screen
    finally:
        kiosk.send_signal(signal.SIGTERM)
        _out, err = kiosk.communicate(timeout=30)
    assert kiosk.returncode == 0, err
    assert "Traceback" not in err
    assert not target.exists()  # nothing written until the set-up is finished

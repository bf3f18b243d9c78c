"""The log: a private rotating file with ISO time stamps and store/terminal, journald's
priorities, personal data masked, and a file that cannot be written never stopping anything."""

from __future__ import annotations

import io
import logging
import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import logs
from kiosk.config import parse_config
from kiosk.errors import ConfigError
from kiosk.logs import mask_personal_data, start_logging, use_config

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d (INFO|WARNING|ERROR|DEBUG) +"
    r"(\S+)/(\S+) (\S+): (.*)$"
)


@pytest.fixture(autouse=True)
def own_root_logger() -> Iterator[None]:
    """Each test configures the root logger; the test run's own set-up comes back after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        if handler not in handlers:
            handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def file_lines(data: Path) -> list[str]:
    return (data / "logs" / "kiosk.log").read_text(encoding="utf-8").splitlines()


# --- masking -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hidden", "kept"),
    [
        ("enrolled zelda.q+shop@example.co.uk today", "zelda.q+shop@example.co.uk", "[e-mail]"),
        ("phone +447700900123 taken", "+447700900123", "…0123"),
        ("phone 07700 900123 taken", "07700 900123", "…0123"),
        ("phone +90 (532) 123-45-67 taken", "532", "…4567"),
        ("unknown card 2900000000018", "2900000000018", "…0018"),
        ("code ABCD-EFGH-JKMNP redeemed", "ABCD-EFGH", "…KMNP"),
        ("code 7K3MP9QW2XHRT redeemed", "7K3MP9QW2XHRT", "…XHRT"),
        ("code 7k3m-p9qw-2xhrt typed", "7k3m-p9qw", "…xhrt"),
        ("code ZQWXRTYPMNBVC scanned", "ZQWXRTYPMNBVC", "…NBVC"),
        ('duplicate key value violates unique constraint "staff_name"\nDETAIL:  Key (name)='
         "(Maria Manager) already exists.", "Maria", "Key (name)=(…) already exists"),
    ],
)
def test_personal_data_is_masked(text: str, hidden: str, kept: str) -> None:
    masked = mask_personal_data(text)
    assert hidden not in masked
    assert kept in masked


@pytest.mark.parametrize(
    "text",
    [
        "Starting loyalty-kiosk 0.1.0 (Python 3.11.2, pid 4242) on SQLite sqlite:///x/kiosk.db",
        "printer tcp://127.0.0.1:9100 answered at 2026-12-03 11:33:52 after 1500 ms",
        "Voucher 123456 issued: reward 3 for member 12, 500 points",
        "Configuration problem in kiosk.toml, line 12: ui.idle_timeout_s",
        "Deleted 12 previews and exports older than 30 days",
    ],
)
def test_ordinary_lines_are_left_alone(text: str) -> None:
    assert mask_personal_data(text) == text


# --- the file ------------------------------------------------------------------------------


def test_the_file_is_private_and_each_line_has_time_level_store_terminal_and_logger(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    start_logging(None, data, kiosk=True, stream=io.StringIO())
    use_config("SHOP-7", "TILL-2", "info")
    logging.getLogger("kiosk.test").info("Scan from card %s", "2900000000018")
    logging.getLogger("kiosk.test").debug("not at info")
    lines = file_lines(data)
    assert len(lines) == 1, lines
    match = LINE.match(lines[0])
    assert match, lines[0]
    assert match.groups() == ("INFO", "SHOP-7", "TILL-2", "kiosk.test", "Scan from card …0018")
    assert stat.S_IMODE((data / "logs").stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "logs" / "kiosk.log").stat().st_mode) == 0o600


def test_a_missing_data_folder_is_not_made_for_a_log_line(tmp_path: Path) -> None:
    err = io.StringIO()
    start_logging(None, tmp_path / "data", kiosk=False, stream=err)
    logging.getLogger("kiosk").info("Command doctor finished with exit status 0")
    assert not (tmp_path / "data").exists() and err.getvalue() == ""
    (tmp_path / "data").mkdir()  # the database made it
    logging.getLogger("kiosk").info("a later line")
    assert file_lines(tmp_path / "data")[-1].endswith("kiosk: a later line")


def test_rotation_is_five_files_of_five_megabytes(tmp_path: Path) -> None:
    setup = start_logging(None, tmp_path, kiosk=True, stream=io.StringIO())
    assert setup.file is not None
    assert (setup.file.maxBytes, setup.file.backupCount) == (5 * 1024 * 1024, 5)


def test_a_file_another_process_rotated_is_left_for_the_new_one(tmp_path: Path) -> None:
    """A command run while the kiosk runs may rotate the file: the kiosk writes on in the new
    kiosk.log, not in the renamed kiosk.log.1."""
    setup = start_logging(None, tmp_path, kiosk=True, stream=io.StringIO())
    logging.getLogger("kiosk.test").info("before the rotation")
    log = tmp_path / "logs" / "kiosk.log"
    log.rename(tmp_path / "logs" / "kiosk.log.1")  # what the other process's rollover does
    log.touch()
    logging.getLogger("kiosk.test").info("after the rotation")
    assert setup.file is not None
    assert file_lines(tmp_path)[-1].endswith("kiosk.test: after the rotation")
    old = (tmp_path / "logs" / "kiosk.log.1").read_text(encoding="utf-8")
    assert "before the rotation" in old and "after the rotation" not in old


def test_a_traceback_in_the_file_is_masked_too(tmp_path: Path) -> None:
    start_logging(None, tmp_path, kiosk=True, stream=io.StringIO())
    try:
        raise ValueError("duplicate key (phone)=(+447700900123) for zq@example.org")
    except ValueError:
        logging.getLogger("kiosk.crash").exception("Uncaught ValueError")
    text = "\n".join(file_lines(tmp_path))
    assert "Traceback" in text and "ValueError" in text
    assert "+447700900123" not in text and "zq@example.org" not in text


def test_the_configured_level_applies_unless_the_command_line_gave_one(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    start_logging(None, tmp_path / "a", kiosk=True, stream=io.StringIO())
    use_config("S", "T", "debug")
    logging.getLogger("kiosk.test").debug("debug from the configuration")
    assert "debug from the configuration" in file_lines(tmp_path / "a")[-1]
    start_logging("warning", tmp_path / "b", kiosk=True, stream=io.StringIO())
    use_config("S", "T", "debug")
    logging.getLogger("kiosk.test").info("an info line")
    logging.getLogger("kiosk.test").warning("a warning line")
    assert [line.split(": ", 1)[1] for line in file_lines(tmp_path / "b")] == ["a warning line"]


def test_peewee_queries_with_their_parameters_stay_out_even_at_debug(tmp_path: Path) -> None:
    start_logging("debug", tmp_path, kiosk=True, stream=io.StringIO())
    logging.getLogger("peewee").debug("('INSERT INTO member (name) VALUES (?)', ['Zelda'])")
    logging.getLogger("kiosk.test").debug("a kiosk debug line")
    text = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "Zelda" not in text and "a kiosk debug line" in text


def test_a_typo_in_the_log_level_names_the_key_and_line() -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config('[store]\nid = "S"\n\n[log]\nlevel = "verbose"\n', "kiosk.toml")
    assert "line 5" in caught.value.message and "level" in caught.value.message
    assert parse_config('[log]\nlevel = "debug"\n', "kiosk.toml").log.level == "debug"


# --- stderr --------------------------------------------------------------------------------


def test_commands_say_only_warnings_and_errors_on_stderr(tmp_path: Path) -> None:
    err = io.StringIO()
    start_logging("debug", tmp_path, kiosk=False, stream=err)
    logging.getLogger("kiosk.test").info("an info line")
    logging.getLogger("kiosk.test").warning("a warning line")
    logging.getLogger("kiosk").error("only in the file", extra=logs.FILE_ONLY)
    assert err.getvalue() == "WARNING kiosk.test: a warning line\n"
    assert len(file_lines(tmp_path)) == 3


def test_the_kiosk_says_its_level_on_stderr(tmp_path: Path) -> None:
    err = io.StringIO()
    start_logging(None, tmp_path, kiosk=True, stream=err)
    logging.getLogger("kiosk.test").info("an info line")
    logging.getLogger("kiosk.test").debug("a debug line")
    assert err.getvalue() == "INFO kiosk.test: an info line\n"


def test_under_journald_lines_carry_the_priority_and_no_time_stamp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open(tmp_path / "journal", "w+", encoding="utf-8") as stream:
        info = os.fstat(stream.fileno())
        monkeypatch.setenv("JOURNAL_STREAM", f"{info.st_dev}:{info.st_ino}")
        start_logging(None, None, kiosk=True, stream=stream)
        logging.getLogger("kiosk.ui").info("Stopping on SIGTERM")
        logging.getLogger("kiosk.ui").warning("Printer: paper_out")
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            logging.getLogger("kiosk.crash").exception("Uncaught RuntimeError")
        stream.flush()
        lines = (tmp_path / "journal").read_text(encoding="utf-8").splitlines()
    assert lines[:3] == [
        "<6>kiosk.ui: Stopping on SIGTERM",
        "<4>kiosk.ui: Printer: paper_out",
        "<3>kiosk.crash: Uncaught RuntimeError",
    ]
    assert all(line.startswith("<3>") for line in lines[3:]) and len(lines) > 4


def test_another_stream_in_journal_stream_keeps_the_plain_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOURNAL_STREAM", "1:2")
    with open(tmp_path / "err", "w+", encoding="utf-8") as stream:
        start_logging(None, None, kiosk=True, stream=stream)
        logging.getLogger("kiosk.ui").info("hello")
        stream.flush()
    assert (tmp_path / "err").read_text(encoding="utf-8") == "INFO kiosk.ui: hello\n"


# --- a file that cannot be written ---------------------------------------------------------


def test_a_full_disk_is_said_once_and_logging_goes_on(tmp_path: Path) -> None:
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "kiosk.log").symlink_to("/dev/full")  # every write: no space left
    mode_before = os.stat("/dev/full").st_mode
    err = io.StringIO()
    start_logging(None, tmp_path, kiosk=True, stream=err)
    for number in range(3):
        logging.getLogger("kiosk.test").warning("line %d", number)
    said = [line for line in err.getvalue().splitlines() if "cannot be written" in line]
    assert len(said) == 1 and "No space left" in said[0], err.getvalue()
    assert "WARNING kiosk.test: line 2" in err.getvalue()  # stderr goes on
    assert os.stat("/dev/full").st_mode == mode_before  # a device is not made 0600


def test_a_log_folder_that_cannot_be_made_is_said_once(tmp_path: Path) -> None:
    (tmp_path / "logs").write_text("a file where the folder should be", encoding="utf-8")
    err = io.StringIO()
    start_logging(None, tmp_path, kiosk=False, stream=err)
    for _ in range(3):
        logging.getLogger("kiosk.test").error("still reported")
    assert err.getvalue().count("cannot be written") == 1
    assert err.getvalue().count("ERROR kiosk.test: still reported") == 3


# --- python-escpos's basicConfig -------------------------------------------------------------


def test_importing_python_escpos_adds_no_handler_and_changes_no_format(tmp_path: Path) -> None:
    """escpos.capabilities calls logging.basicConfig() on import: the kiosk's set-up stays."""
    script = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from kiosk.logs import start_logging\n"
        f"start_logging('info', Path({str(tmp_path)!r}), kiosk=True)\n"
        "before = [(type(h).__name__, h.formatter._fmt, h.level) for h in logging.root.handlers]\n"
        "import escpos.printer\n"
        "after = [(type(h).__name__, h.formatter._fmt, h.level) for h in logging.root.handlers]\n"
        "assert 'escpos.capabilities' in sys.modules\n"
        "print(before == after, len(after), logging.root.level)\n"
        "logging.getLogger('kiosk.test').info('after escpos')\n"
    )
    (tmp_path / "escpos").mkdir()
    env = {**os.environ, "ESCPOS_CAPABILITIES_PICKLE_DIR": str(tmp_path / "escpos")}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "2", str(logging.INFO)]
    assert done.stderr == "INFO kiosk.test: after escpos\n"
    assert "after escpos" in file_lines(tmp_path)[-1]

"""The real kiosk program under a service manager's eyes: READY=1 after its first paint,
WATCHDOG=1 while it runs, STOPPING=1 and status 0 on SIGTERM, journald lines on stderr and a
log file with time stamps, store and terminal."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, Cli

pytestmark = pytest.mark.e2e

FILE_LINE = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d (\w+) +SHOP-9/TILL-3 ([\w.]+): (.*)$"
)


def test_the_kiosk_tells_systemd_it_is_ready_alive_and_stopping(
    sqlite_cli: Cli, tmp_path: Path
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[store]\nid = "SHOP-9"\nterminal = "TILL-3"\n', encoding="utf-8")
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(tmp_path / "notify"))
    notify.settimeout(1)
    journal_read, journal_write = os.pipe()  # the kiosk's stderr, as journald gives it one
    info = os.fstat(journal_write)
    env = {**sqlite_cli.env(), "QT_QPA_PLATFORM": "offscreen",
           "NOTIFY_SOCKET": str(tmp_path / "notify"), "WATCHDOG_USEC": "1000000",
           "WATCHDOG_PID": "1",  # cage's pid under the unit, never the kiosk's
           "JOURNAL_STREAM": f"{info.st_dev}:{info.st_ino}"}
    kiosk = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--config", str(config), "--windowed"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=journal_write,
    )
    os.close(journal_write)
    messages: list[str] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and messages.count("WATCHDOG=1") < 3:
            try:
                messages.append(notify.recv(4096).decode())
            except TimeoutError:
                assert kiosk.poll() is None, "the kiosk ended early"
        ready = [i for i, text in enumerate(messages) if text.startswith("READY=1")]
        assert len(ready) == 1, messages
        assert "STATUS=Serving customers" in messages[ready[0]]
        assert messages[ready[0] + 1:].count("WATCHDOG=1") >= 2, messages  # pings go on
        kiosk.send_signal(signal.SIGTERM)
        assert kiosk.wait(timeout=30) == 0
        while True:
            try:
                messages.append(notify.recv(4096).decode())
            except TimeoutError:
                break
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
            kiosk.wait()
        notify.close()
    assert messages[-1] == "STOPPING=1\nSTATUS=Stopping: SIGTERM", messages[-3:]

    with os.fdopen(journal_read, encoding="utf-8") as journal:
        stderr_lines = journal.read().splitlines()
    assert "<6>kiosk: Starting loyalty-kiosk" in "\n".join(stderr_lines)
    assert "<6>kiosk.ui: Stopping on SIGTERM" in stderr_lines
    assert all(re.match(r"<\d>", line) for line in stderr_lines if ": " in line), stderr_lines

    lines = (sqlite_cli.data_dir / "logs" / "kiosk.log").read_text(encoding="utf-8").splitlines()
    parsed = [FILE_LINE.match(line) for line in lines]
    said = [match.group(3) for match in parsed if match]
    assert any(text.startswith("Starting loyalty-kiosk") and "SQLite" in text for text in said)
    assert "Stopping on SIGTERM" in said
    assert "Stopped (SIGTERM), exit status 0" in said
    assert any(text.startswith("Watchdog on") for text in said)

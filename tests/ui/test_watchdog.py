"""The watchdog pinger sends WATCHDOG=1 from the GUI thread's loop, none while it is frozen."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.shell.watchdog import WatchdogPinger

pytestmark = pytest.mark.gui


class Manager:
    """A service manager's notify socket: a real AF_UNIX datagram socket, read by a thread that
    notes when each message arrives."""

    def __init__(self, path: Path) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(path))
        self.sock.settimeout(0.05)
        self.received: list[tuple[float, str]] = []
        self.running = True
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        while self.running:
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            self.received.append((time.monotonic(), data.decode()))

    def stop(self) -> None:
        self.running = False
        self.thread.join(2)
        self.sock.close()

    def pings_between(self, start: float, end: float) -> int:
        return sum(1 for at, text in self.received if start <= at <= end and text == "WATCHDOG=1")


@pytest.fixture
def manager(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Manager]:
    listening = Manager(tmp_path / "notify")
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "notify"))
    monkeypatch.setenv("WATCHDOG_USEC", "200000")
    yield listening
    listening.stop()


def test_pings_come_every_half_interval_and_stop_while_the_gui_thread_is_blocked(
    qtbot: QtBot, manager: Manager
) -> None:
    pinger = WatchdogPinger()
    pinger.start()
    assert pinger.timer.interval() == 100
    started = time.monotonic()
    qtbot.wait(600)
    assert manager.pings_between(started, time.monotonic()) >= 4

    qtbot.wait(50)  # what was sent before the block has arrived
    blocked_from = time.monotonic()
    time.sleep(0.7)  # the GUI thread is frozen: no timer can fire
    blocked_until = time.monotonic()
    qtbot.wait(50)
    assert manager.pings_between(blocked_from + 0.02, blocked_until) == 0

    resumed = time.monotonic()
    qtbot.wait(500)
    assert manager.pings_between(resumed, time.monotonic()) >= 3
    pinger.stopping("a test")
    stopped = time.monotonic()
    qtbot.wait(300)
    assert manager.pings_between(stopped + 0.02, time.monotonic()) == 0
    assert any(text.startswith("STOPPING=1\nSTATUS=Stopping: a test")
               for _, text in manager.received)


def test_ready_tells_the_manager_with_a_status(qtbot: QtBot, manager: Manager) -> None:
    WatchdogPinger().ready()
    qtbot.waitUntil(lambda: bool(manager.received), timeout=2000)
    assert manager.received[0][1] == "READY=1\nSTATUS=Serving customers"


def test_without_watchdog_usec_the_timer_never_starts(
    qtbot: QtBot, manager: Manager, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WATCHDOG_USEC")
    pinger = WatchdogPinger()
    pinger.start()
    qtbot.wait(300)
    assert not pinger.timer.isActive() and manager.received == []

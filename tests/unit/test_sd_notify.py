"""The systemd notify messages reach a real AF_UNIX datagram socket, by path or abstract name."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import sd_notify


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    path = str(tmp_path / "notify")
    sock.bind(path)
    sock.settimeout(2)
    yield sock, path
    sock.close()


def test_a_state_arrives_at_the_socket_named_by_path(
    listener: tuple[socket.socket, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sock, path = listener
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    assert sd_notify.notify("READY=1\nSTATUS=Serving customers")
    assert sock.recv(4096) == b"READY=1\nSTATUS=Serving customers"


def test_an_abstract_socket_name_starts_with_an_at(monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"kiosk-notify-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(b"\0" + name.encode())
        sock.settimeout(2)
        monkeypatch.setenv("NOTIFY_SOCKET", "@" + name)
        assert sd_notify.notify("WATCHDOG=1")
        assert sock.recv(4096) == b"WATCHDOG=1"


@pytest.mark.parametrize("value", ["", "relative/name", "/nonexistent/folder/notify"])
def test_no_manager_or_a_dead_socket_is_false_never_an_error(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NOTIFY_SOCKET", value)
    assert sd_notify.notify("WATCHDOG=1") is False


def test_without_notify_socket_nothing_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    assert sd_notify.notify("READY=1") is False


@pytest.mark.parametrize(
    ("usec", "expected"),
    [("30000000", 30.0), ("200000", 0.2), ("", None), ("soon", None), ("0", None), ("-5", None)],
)
def test_the_watchdog_interval_comes_from_watchdog_usec(
    usec: str, expected: float | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WATCHDOG_USEC", usec)
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    assert sd_notify.watchdog_interval_s() == expected


def test_a_watchdog_pid_naming_the_compositor_does_not_switch_the_watchdog_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under the unit the kiosk is cage's child: WATCHDOG_PID names cage, not the kiosk."""
    monkeypatch.setenv("WATCHDOG_USEC", "30000000")
    monkeypatch.setenv("WATCHDOG_PID", str(os.getppid()))
    assert sd_notify.watchdog_interval_s() == 30.0


def test_a_manager_that_stops_reading_never_freezes_the_sender(
    listener: tuple[socket.socket, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nobody reads the socket: its queue fills (Linux keeps about ten datagrams) and the pings
    after that are dropped at once instead of blocking the screen's thread for ever."""
    sock, path = listener
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    sent = [sd_notify.notify("WATCHDOG=1") for _ in range(200)]
    assert sent[0] is True and sent[-1] is False
    assert sock.recv(4096) == b"WATCHDOG=1"  # what fitted in the queue still arrived

"""systemd's notify protocol (READY=1, WATCHDOG=1, STATUS=, STOPPING=1), standard library only."""

from __future__ import annotations

import os
import socket

MIN_WATCHDOG_S = 0.01  # a WATCHDOG_USEC smaller than this is treated as a mistake


def _address(name: str) -> str | bytes | None:
    """NOTIFY_SOCKET as a socket address: a path, or '@name' for Linux's abstract namespace."""
    if name.startswith("@"):
        return b"\0" + name[1:].encode()
    if name.startswith("/"):
        return name
    return None  # vsock and other forms are not used under a kiosk's unit


def notify(state: str) -> bool:
    """Send one state message to the service manager; False when there is none or it failed.

    Never raises and never waits: a kiosk whose manager went away, or stopped reading, keeps
    serving customers (a full socket queue drops the message instead of freezing the screen).
    """
    name = os.environ.get("NOTIFY_SOCKET", "")
    address = _address(name) if name else None
    if address is None:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.setblocking(False)
            sock.connect(address)
            sock.sendall(state.encode("utf-8", errors="replace"))
    except (OSError, ValueError):
        return False
    return True


def watchdog_interval_s() -> float | None:
    """The watchdog interval systemd asks for (WATCHDOG_USEC), in seconds, or None.

    WATCHDOG_PID names the process systemd started; under the kiosk's unit that is cage and the
    kiosk is its child (NotifyAccess=all), so a WATCHDOG_PID naming another process does not
    switch the watchdog off.
    """
    raw = os.environ.get("WATCHDOG_USEC", "").strip()
    try:
        usec = int(raw)
    except ValueError:
        return None
    seconds = usec / 1_000_000
    if seconds < MIN_WATCHDOG_S:
        return None
    return seconds

"""Tells systemd the kiosk is alive: WATCHDOG=1 from a timer on the GUI thread, READY, STOPPING."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from kiosk import sd_notify

log = logging.getLogger("kiosk.watchdog")


class WatchdogPinger(QObject):
    """Pings the service manager's watchdog at half its interval while the GUI thread runs.

    The timer lives on the GUI thread on purpose: a frozen screen sends nothing, and systemd
    (WatchdogSec=) restarts the kiosk.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_s = sd_notify.watchdog_interval_s()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.ping)
        self.pings = 0

    def start(self) -> None:
        """Start pinging if systemd asked for a watchdog (WATCHDOG_USEC)."""
        if self.interval_s is None:
            return
        self.timer.start(max(1, int(self.interval_s * 1000 / 2)))
        log.info("Watchdog on: a ping every %.1f s", self.interval_s / 2)
        self.ping()

    def ping(self) -> None:
        if sd_notify.notify("WATCHDOG=1"):
            self.pings += 1

    def ready(self, status: str = "Serving customers") -> None:
        """The start screen is on show: the service has started."""
        sd_notify.notify(f"READY=1\nSTATUS={status}")

    def stopping(self, why: str) -> None:
        """The kiosk is stopping (why goes to systemctl status); no more pings."""
        self.timer.stop()
        sd_notify.notify(f"STOPPING=1\nSTATUS=Stopping: {why}")

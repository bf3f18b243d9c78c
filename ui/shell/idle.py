"""One idle clock for the kiosk: only a person's touches, keys and scans wind it back."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ui.shell.mode import Mode


class IdleClock(QObject):
    """Counts from the last touch on a monotonic clock; background work and devices never feed it.

    Each second it asks the active mode how long it may stay idle. When the time is up the mode
    leaves; in the last seconds the mode shows a countdown, which a touch hides again.
    """

    def __init__(self, active: Callable[[], Mode], clock: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.active = active
        self.clock = clock
        self.last_touch = clock()
        self.counting = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.last_touch = self.clock()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def feed(self) -> None:
        """A person did something: the countdown starts again from the full time."""
        self.last_touch = self.clock()
        if self.counting:
            self.counting = False
            self.active().show_countdown(0)

    def remaining_s(self) -> int:
        timeout_s, _ = self.active().idle_policy()
        return timeout_s - math.floor(self.clock() - self.last_touch)

    def tick(self) -> None:
        mode = self.active()
        if mode.resting():
            self.last_touch = self.clock()
            if self.counting:
                self.counting = False
                mode.show_countdown(0)
            return
        _, countdown_s = mode.idle_policy()
        remaining = self.remaining_s()
        if remaining <= 0:
            self.counting = False
            mode.show_countdown(0)
            self.last_touch = self.clock()
            mode.leave()
        elif remaining <= countdown_s:
            self.counting = True
            mode.show_countdown(remaining)

"""A label that reports being held down for a few seconds: the hidden staff gesture."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel

STAFF_HOLD_MS = 3000


class HoldButton(QLabel):
    """The shop logo in the corner; holding it for three seconds asks for staff."""

    held = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STAFF_HOLD_MS)
        self._timer.timeout.connect(self.held)
        self.setMinimumSize(56, 56)

    def mousePressEvent(self, event: object) -> None:
        self._timer.start()

    def mouseReleaseEvent(self, event: object) -> None:
        self._timer.stop()

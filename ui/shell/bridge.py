"""Carries scanner events from reader threads into the GUI thread as Qt signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ui.devices import KioskDevices, StopScanners


class ScannerBridge(QObject):
    """Reader threads call on_*; the signals arrive on the GUI thread (queued connections)."""

    code_read = Signal(str, str)  # scanner name, code
    code_rejected = Signal(str, str, str)  # scanner name, reason, sample
    state_changed = Signal(str, str, str)  # scanner name, state, reason

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop: StopScanners | None = None

    def on_code(self, name: str, code: str) -> None:
        self.code_read.emit(name, code)

    def on_rejected(self, name: str, reason: str, sample: str) -> None:
        self.code_rejected.emit(name, reason, sample)

    def on_state(self, name: str, state: str, reason: str) -> None:
        self.state_changed.emit(name, state, reason)

    def start(self, devices: KioskDevices) -> None:
        """Start every configured scanner's reader."""
        if devices.start_scanners is not None and self._stop is None:
            self._stop = devices.start_scanners(self.on_code, self.on_rejected, self.on_state)

    def stop(self) -> None:
        """Stop the readers and wait for their threads."""
        if self._stop is not None:
            stop, self._stop = self._stop, None
            stop()

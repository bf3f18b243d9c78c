"""The staff area's calm amber strip while the kiosk serves from its local copy:
"Offline since 14:05 — 12 changes waiting" (shop time), and refused changes to review."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel

from kiosk.offline.hook import installed
from ui.staff import formats
from ui.staff.formats import HasContext

REFRESH_MS = 2000


class OfflineStrip(QLabel):
    """Hidden while the kiosk is online with nothing waiting and nothing to review."""

    def __init__(self, host: HasContext) -> None:
        super().__init__()
        self.host = host
        self.setProperty("kind", "offline-strip")
        self.setWordWrap(True)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(REFRESH_MS)
        self.refresh()

    def sentence(self) -> str:
        """What the strip says now; empty when there is nothing to say (memory only: the
        gateway keeps its counts, the screen never reads the database)."""
        gateway = installed()
        if gateway is None:
            return ""
        since = gateway.offline_since
        waiting, conflicts = gateway.counts
        parts = []
        if since is not None and waiting:
            parts.append(self.tr("Offline since %1 — %n change(s) waiting", "", waiting)
                         .replace("%1", formats.clock_time(self.host, since)))
        elif since is not None:
            parts.append(self.tr("Offline since %1").replace(
                "%1", formats.clock_time(self.host, since)))
        elif waiting:
            parts.append(self.tr("Sending %n change(s) made offline", "", waiting))
        if conflicts:
            parts.append(self.tr("%n change(s) refused by the server: see Hardware", "",
                                 conflicts))
        return " · ".join(parts)

    def refresh(self) -> None:
        text = self.sentence()
        if text != self.text():
            self.setText(text)
            self.setAccessibleName(text)
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()

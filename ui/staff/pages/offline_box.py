"""The Hardware page's "Changes made offline" block: whether this chain kiosk reaches its
server, what waits to be sent, and the changes the server refused, to review one by one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFrame, QListWidget, QListWidgetItem, QVBoxLayout

from kiosk.errors import KioskError
from kiosk.offline.outbox import OutboxEntry
from kiosk.offline.review import OfflineReview, mark_reviewed, offline_review
from ui.screens.base import button, label, set_text
from ui.staff import formats
from ui.staff.formats import HasContext
from ui.staff.problems import staff_problem_text

Run = Callable[..., None]


class OfflineBox(QFrame):
    """Hidden on a kiosk without a local copy (one shop on SQLite)."""

    def __init__(self, host: HasContext, run: Run) -> None:
        super().__init__()
        self.host = host
        self.run = run
        self.review: OfflineReview | None = None
        self.setProperty("kind", "card")
        self.title = label("subtitle")
        self.state = label()
        self.conflicts = QListWidget()
        self.conflicts.setMinimumHeight(90)
        self.reviewed_button = button("")
        self.reviewed_button.clicked.connect(self._mark_reviewed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.reviewed_button)
        self.hide()
        self.retranslate()

    def load(self) -> None:
        self.run(offline_review, on_done=self.show_review)

    def show_review(self, review: OfflineReview) -> None:
        self.review = review
        self.setVisible(review.applies)
        self.retranslate()

    def _mark_reviewed(self) -> None:
        item = self.conflicts.currentItem()
        if item is not None:
            self.run(mark_reviewed, int(item.data(256)), on_done=self.show_review)

    def kind_text(self, entry: OutboxEntry) -> str:
        payload: dict[str, Any] = entry.payload
        if entry.kind == "purchase":
            return self.tr("Purchase, receipt %1").replace("%1", str(payload.get("receipt")))
        if entry.kind == "refund":
            return self.tr("Refund, receipt %1").replace("%1", str(payload.get("receipt")))
        if entry.kind == "enrol":
            return self.tr("Enrolment of %1").replace("%1", str(payload.get("name")))
        if entry.kind == "redeem":
            return self.tr("Reward voucher, %n point(s)", "", int(payload.get("points") or 0))
        return self.tr("Voucher redeemed at the counter")

    def sentence(self, entry: OutboxEntry) -> str:
        why = staff_problem_text(KioskError(entry.last_error, entry.reason))
        return f"{formats.moment(self.host, entry.created_at, 'short')} · " \
               f"{self.kind_text(entry)} · {why}"

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Changes made offline"))
        set_text(self.reviewed_button, self.tr("Mark as reviewed"))
        review = self.review
        self.conflicts.clear()
        if review is None:
            set_text(self.state, self.tr("Reading…"))
            return
        since = review.state.offline_since
        waiting = len(review.waiting)
        if since is not None:
            text = self.tr("Offline since %1 — %n change(s) waiting", "", waiting).replace(
                "%1", formats.moment(self.host, since, "short"))
        else:
            text = self.tr("Online · %n change(s) waiting", "", waiting)
        if review.state.last_sync_at is not None:
            text += " · " + self.tr("local copy of %1").replace(
                "%1", formats.moment(self.host, review.state.last_sync_at, "short"))
        set_text(self.state, text)
        for entry in review.conflicts:
            item = QListWidgetItem(self.sentence(entry))
            item.setData(256, entry.seq)  # Qt.UserRole
            self.conflicts.addItem(item)
        if not review.conflicts:
            self.conflicts.addItem(self.tr("Nothing was refused by the server."))
        self.reviewed_button.setEnabled(bool(review.conflicts))

"""While the voucher is saved and printed: a turning spinner and the steps done so far."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QVBoxLayout

from kiosk.services.journey import PRINTED, PRINTING, SAVED
from ui.screens.base import Screen, label, set_text
from ui.widgets.spinner import Spinner

STEP_VALUES = {"": 10, SAVED: 40, PRINTING: 70, PRINTED: 100}


class PrintingScreen(Screen):
    """Progress for a voucher or a slip; the spinner turns whatever the printer does."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("printing")
        self.kind = "voucher"
        self.step = ""
        self.title = label("title", center=True)
        self.spinner = Spinner()
        self.spinner.setMinimumHeight(160)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.detail = label("subtitle", center=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(120, 60, 120, 60)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.spinner)
        layout.addWidget(self.progress)
        layout.addWidget(self.detail)
        layout.addStretch(2)
        self.clear()

    def begin(self, kind: str) -> None:
        """Start showing progress for a "voucher" or a "donation" slip."""
        self.kind = kind
        self.set_step("")
        self.spinner.start()

    def set_step(self, step: str) -> None:
        self.step = step
        self.progress.setValue(STEP_VALUES.get(step, 10))
        self.retranslate()

    def hideEvent(self, event: object) -> None:
        self.spinner.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        if self.kind == "voucher":
            set_text(self.title, self.tr("Printing your voucher"))
        else:
            set_text(self.title, self.tr("Printing your thank-you slip"))
        details = {
            "": self.tr("Saving…"),
            SAVED: self.tr("Saved. Sending it to the printer…"),
            PRINTING: self.tr("Printing…"),
            PRINTED: self.tr("Done!"),
        }
        set_text(self.detail, details.get(self.step, ""))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.spinner.setAccessibleName(self.tr("Working"))

    def clear(self) -> None:
        self.step = ""
        self.progress.setValue(0)
        self.spinner.stop()
        self.retranslate()

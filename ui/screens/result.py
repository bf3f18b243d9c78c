"""After printing: "Take your voucher" with its preview, or what to do when the printer failed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from ui.screens.base import Screen, button, label, set_text
from ui.texts import points, printer_problem


class ResultScreen(Screen):
    """Shows the printed voucher or slip; on a printer failure, the code and where to go."""

    done = Signal()
    more = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("result")
        self.kind = "voucher"
        self.printed = True
        self.problem = ""
        self.item_name = ""
        self.display_code = ""
        self.amount = 0
        self.balance = 0
        self._pixmap = QPixmap()
        self.title = label("title")
        self.body = label("subtitle")
        self.code = label("display")
        self.balance_line = label("")
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setMinimumSize(200, 200)
        self.more_button = button("")
        self.more_button.clicked.connect(self.more)
        self.done_button = button("primary")
        self.done_button.clicked.connect(self.done)
        words = QVBoxLayout()
        words.addStretch(1)
        words.addWidget(self.title)
        words.addWidget(self.body)
        words.addWidget(self.code)
        words.addWidget(self.balance_line)
        words.addStretch(1)
        words.addWidget(self.more_button)
        words.addWidget(self.done_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addLayout(words, 3)
        layout.addSpacing(24)
        layout.addWidget(self.preview, 2)
        self.clear()

    def show_result(
        self,
        kind: str,
        item_name: str,
        printed: bool,
        problem: str,
        display_code: str,
        amount: int,
        balance: int,
        preview_png: bytes,
    ) -> None:
        """Fill the screen for a "voucher" or a "donation"."""
        self.kind, self.item_name, self.printed, self.problem = kind, item_name, printed, problem
        self.display_code, self.amount, self.balance = display_code, amount, balance
        self._pixmap = QPixmap()
        if preview_png:
            self._pixmap.loadFromData(preview_png, "PNG")
        self._scale_preview()
        self.retranslate()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._scale_preview()

    def _scale_preview(self) -> None:
        if self._pixmap.isNull():
            self.preview.clear()
            return
        size = self.preview.size()
        self.preview.setPixmap(
            self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                Qt.TransformationMode.SmoothTransformation)
        )

    def retranslate(self) -> None:
        voucher = self.kind == "voucher"
        if self.printed:
            title = self.tr("Take your voucher") if voucher else self.tr("Thank you!")
            if voucher:
                body = self.tr("Your voucher for %1 is printed below the screen. "
                               "Show it at the till.").replace("%1", self.item_name)
            else:
                body = self.tr("You gave %1 to %2. Please take your slip.").replace(
                    "%1", points(self.amount)).replace("%2", self.item_name)
        else:
            title = (self.tr("Your voucher is saved") if voucher
                     else self.tr("Thank you! Your donation is saved"))
            problem = printer_problem(self.problem)
            if voucher:
                body = problem + " " + self.tr(
                    "Nothing is lost: please go to the till and show this code. "
                    "Staff will print your voucher for you.")
            else:
                body = problem + " " + self.tr("Your points have been given; no slip is needed.")
        set_text(self.title, title)
        set_text(self.body, body)
        show_code = voucher and bool(self.display_code)
        set_text(self.code, self.display_code,
                 self.tr("Voucher code %1").replace("%1", " ".join(self.display_code)))
        self.code.setVisible(show_code and not self.printed)
        set_text(self.balance_line, self.tr("Points left: %1").replace("%1", points(self.balance)))
        self.preview.setAccessibleName(
            self.tr("Preview of your voucher") if voucher else self.tr("Preview of your slip")
        )
        set_text(self.more_button, self.tr("Back to my rewards"))
        set_text(self.done_button, self.tr("Done"), self.tr("Done, back to the start"))

    def clear(self) -> None:
        self.kind, self.item_name, self.printed, self.problem = "voucher", "", True, ""
        self.display_code, self.amount, self.balance = "", 0, 0
        self._pixmap = QPixmap()
        self.preview.clear()
        self.retranslate()

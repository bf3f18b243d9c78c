"""Confirm a choice before any points move: what it costs and what is left afterwards."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ui.screens.base import Screen, button, card_frame, label, set_text
from ui.texts import points


class ConfirmScreen(Screen):
    """One question, two big answers; the yes button works once."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("confirm")
        self.kind = "reward"
        self.item_name = ""
        self.item_description = ""
        self.cost = 0
        self.balance = 0
        self.title = label("title", center=True)
        self.name = label("huge", center=True)
        self.description = label("subtitle", center=True)
        self.sums = label("subtitle", center=True)
        self.yes = button("primary")
        self.yes.clicked.connect(self._yes)
        self.no = button("")
        self.no.clicked.connect(self.cancelled)
        panel = card_frame()
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(40, 30, 40, 30)
        inner.addWidget(self.name)
        inner.addWidget(self.description)
        inner.addSpacing(20)
        inner.addWidget(self.sums)
        answers = QHBoxLayout()
        answers.addWidget(self.no, 1)
        answers.addWidget(self.yes, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 40, 80, 40)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(panel)
        layout.addStretch(1)
        layout.addLayout(answers)
        self.clear()

    def ask(self, kind: str, name: str, description: str, cost: int, balance: int) -> None:
        """Ask about a reward ("reward") or a donation ("donation")."""
        self.kind = kind
        self.item_name, self.item_description = name, description
        self.cost, self.balance = cost, balance
        self.yes.setEnabled(True)
        self.retranslate()

    def _yes(self) -> None:
        self.yes.setEnabled(False)  # a second tap must not redeem twice
        self.confirmed.emit()

    def retranslate(self) -> None:
        if self.kind == "reward":
            set_text(self.title, self.tr("Get this reward?"))
            set_text(self.yes, self.tr("Yes, print my voucher"))
        else:
            set_text(self.title, self.tr("Give these points?"))
            set_text(self.yes, self.tr("Yes, give my points"))
        set_text(self.no, self.tr("No, go back"))
        set_text(self.name, self.item_name)
        set_text(self.description, self.item_description)
        self.description.setVisible(bool(self.item_description))
        set_text(
            self.sums,
            self.tr("Cost: %1\nYour balance afterwards: %2")
            .replace("%1", points(self.cost))
            .replace("%2", points(self.balance - self.cost)),
        )

    def clear(self) -> None:
        self.item_name = self.item_description = ""
        self.cost = self.balance = 0
        self.retranslate()

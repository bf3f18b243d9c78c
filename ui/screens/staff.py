"""The staff PIN pad behind the hidden gesture: the only way out of the full-screen kiosk."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ui.screens.base import Screen, button, label, set_text
from ui.widgets.keypad import NumericKeypad

MAX_PIN = 8


class StaffScreen(Screen):
    """A PIN pad; what a right PIN opens is decided by the window."""

    pin_entered = Signal(str)
    cancelled = Signal()
    exit_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("staff")
        self._pin = ""
        self.unlocked = False
        self.title = label("title", center=True)
        self.display = label("display", center=True)
        self.error = label("warning", center=True)
        self.keypad = NumericKeypad()
        self.keypad.set_accept_visible(True)
        self.keypad.digit.connect(self._digit)
        self.keypad.backspaced.connect(lambda: self._set(self._pin[:-1]))
        self.keypad.cleared.connect(lambda: self._set(""))
        self.keypad.accepted.connect(lambda: self.pin_entered.emit(self._pin))
        self.exit_button = button("danger")
        self.exit_button.clicked.connect(self.exit_requested)
        self.back_button = button("")
        self.back_button.clicked.connect(self.cancelled)
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addWidget(self.keypad, 3)
        pad_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 8, 60, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.display)
        layout.addWidget(self.error)
        layout.addLayout(pad_row, 1)
        layout.addWidget(self.exit_button)
        layout.addWidget(self.back_button)
        self.clear()

    def _digit(self, digit: str) -> None:
        if len(self._pin) < MAX_PIN:
            self._set(self._pin + digit)

    def _set(self, pin: str) -> None:
        self._pin = pin
        self.error.clear()
        self.display.setText("•" * len(pin) or " ")
        self.keypad.set_accept_enabled(len(pin) >= 4)

    def refuse(self, text: str) -> None:
        self._set("")
        self.error.setText(text)

    def unlock(self) -> None:
        """A right PIN: offer the staff actions this version has."""
        self.unlocked = True
        self._set("")
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Staff") if not self.unlocked else self.tr("Staff menu"))
        self.display.setAccessibleName(self.tr("PIN"))
        self.keypad.setVisible(not self.unlocked)
        self.display.setVisible(not self.unlocked)
        self.keypad.set_accept_text(self.tr("Unlock"))
        set_text(self.exit_button, self.tr("Close the kiosk program"))
        self.exit_button.setVisible(self.unlocked)
        set_text(self.back_button, self.tr("Back to the customer screen"))

    def clear(self) -> None:
        self.unlocked = False
        self._set("")
        self.retranslate()

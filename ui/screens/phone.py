"""Phone number look-up on an on-screen keypad: the number shows as it is typed, the PIN never."""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ui.screens.base import Screen, button, label, set_text
from ui.texts import shop
from ui.widgets.keypad import NumericKeypad

MAX_PHONE_DIGITS = 15
MIN_PHONE_DIGITS = 7
VISIBLE_TAIL = 3
PIN_LENGTHS = range(4, 7)
MASK = "•"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Keypad taps this soon after the screen appears are the second half of a double tap on the
# button that opened it (it sits where the keypad's 0 is), not a digit.
TAP_GUARD_MS = 450


def grouped_phone(digits: str, region: str = "") -> str:
    """The digits typed so far, grouped as the shop's country writes numbers: 07700 900123."""
    formatter = phonenumbers.AsYouTypeFormatter(region or shop().region)
    shown = ""
    for digit in digits:
        shown = formatter.input_digit(digit)
    return shown


def masked_phone(digits: str) -> str:
    """All but the last three digits as dots, grouped for reading: ••••• ••• 123."""
    hidden = MASK * max(len(digits) - VISIBLE_TAIL, 0) + digits[-VISIBLE_TAIL:]
    groups = [hidden[max(end - 3, 0) : end] for end in range(len(hidden), 0, -3)]
    return " ".join(reversed(groups))


class PhoneScreen(Screen):
    """Collects a phone number and, when the shop asks for it, a PIN."""

    submitted = Signal(str, object)  # digits, PIN or None
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("phone")
        self.pin_required = False
        self.stage = "phone"
        self._phone = ""
        self._pin = ""
        self._since_shown = QElapsedTimer()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a USB keyboard's keys come here
        self.title = label("title", center=True)
        self.hint = label("subtitle", center=True)
        self.display = label("display", center=True)
        self.display.setMinimumHeight(64)
        self.error = label("warning", center=True)
        self.keypad = NumericKeypad()
        self.keypad.set_accept_visible(True)
        self.keypad.digit.connect(self._key_digit)
        self.keypad.backspaced.connect(self.backspace)
        self.keypad.cleared.connect(self._clear_entry)
        self.keypad.accepted.connect(self.accept)
        self.back_button = button("")
        self.back_button.clicked.connect(self._back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 8, 60, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.display)
        layout.addWidget(self.error)
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addWidget(self.keypad, 4)
        pad_row.addStretch(1)
        layout.addLayout(pad_row, 1)
        layout.addWidget(self.back_button)
        self.clear()

    def set_pin_required(self, required: bool) -> None:
        self.pin_required = required

    @property
    def phone_digits(self) -> str:
        return self._phone

    def type_digit(self, digit: str) -> None:
        """One digit from the keypad or a physical keyboard."""
        if not digit.isdigit():
            return
        self.error.clear()
        if self.stage == "phone" and len(self._phone) < MAX_PHONE_DIGITS:
            self._phone += digit
        elif self.stage == "pin" and len(self._pin) < max(PIN_LENGTHS):
            self._pin += digit
        self._refresh()

    def _key_digit(self, digit: str) -> None:
        """A digit from the on-screen keypad, unless it is the end of a double tap."""
        if self._since_shown.isValid() and self._since_shown.elapsed() < TAP_GUARD_MS:
            return
        self.type_digit(digit)

    def showEvent(self, event: object) -> None:
        self._since_shown.start()
        super().showEvent(event)  # type: ignore[arg-type]
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A physical keyboard: Enter goes on as the keypad's button does, Backspace, digits."""
        if event.key() in ENTER_KEYS:
            self.accept()
        elif event.key() == Qt.Key.Key_Backspace:
            self.backspace()
        elif event.text().isdigit():
            self.type_digit(event.text())
        else:
            super().keyPressEvent(event)

    def backspace(self) -> None:
        if self.stage == "phone":
            self._phone = self._phone[:-1]
        else:
            self._pin = self._pin[:-1]
        self._refresh()

    def accept(self) -> None:
        """Look up (or ask for the PIN first)."""
        if not self._ready():
            return
        if self.stage == "phone" and self.pin_required:
            self.stage = "pin"
            self.retranslate()
            return
        self.submitted.emit(self._phone, self._pin if self.stage == "pin" else None)

    def show_problem(self, text: str, back_to_pin: bool) -> None:
        """Show why the look-up failed and let the customer correct it."""
        if back_to_pin and self.pin_required:
            self.stage = "pin"
            self._pin = ""
        else:
            self.stage = "phone"
            self._pin = ""
        self.retranslate()
        self.error.setText(text)

    def clear(self) -> None:
        self._phone = ""
        self._pin = ""
        self.stage = "phone"
        self.error.clear()
        self.retranslate()

    def _clear_entry(self) -> None:
        if self.stage == "phone":
            self._phone = ""
        else:
            self._pin = ""
        self._refresh()

    def _back(self) -> None:
        if self.stage == "pin":
            self.stage = "phone"
            self._pin = ""
            self.retranslate()
        else:
            self.cancelled.emit()

    def _ready(self) -> bool:
        if self.stage == "phone":
            return len(self._phone) >= MIN_PHONE_DIGITS
        return len(self._pin) in PIN_LENGTHS

    def _refresh(self) -> None:
        if self.stage == "phone":
            shown = grouped_phone(self._phone)
            spoken = " ".join(self._phone) or self.tr("%n digit(s) entered", "", 0)
        else:
            shown = MASK * len(self._pin)
            spoken = self.tr("%n PIN digit(s) entered", "", len(self._pin))
        self.display.setText(shown or " ")
        self.display.setAccessibleName(spoken)
        self.keypad.set_accept_enabled(self._ready())

    def retranslate(self) -> None:
        if self.stage == "phone":
            set_text(self.title, self.tr("Your phone number"))
            set_text(self.hint, self.tr("Type the number you gave us and check it before "
                                        "you go on."))
            self.keypad.set_accept_text(
                self.tr("Next") if self.pin_required else self.tr("Find me")
            )
            set_text(self.back_button, self.tr("Back to start"))
        else:
            set_text(self.title, self.tr("Your PIN"))
            set_text(self.hint, self.tr("Type your 4 to 6 digit PIN. "
                                        "Cover the keypad with your hand."))
            self.keypad.set_accept_text(self.tr("Find me"))
            set_text(self.back_button, self.tr("Back to the phone number"))
        self.display.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._refresh()

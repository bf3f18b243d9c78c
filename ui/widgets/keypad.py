"""A phone-style numeric keypad for touch: 1-9, Clear, 0, Backspace and an optional OK key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from ui.widgets.keyboard import WideKey

KEY_PX = 56  # at least MIN_TOUCH_PX; room for five rows under larger text at 1024x768


def _key(kind: str, text: str) -> QPushButton:
    key = QPushButton(text)
    key.setProperty("kind", kind)
    key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    key.setMinimumSize(KEY_PX, KEY_PX)
    key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return key


class NumericKeypad(QWidget):
    """Digits in a 3x4 grid; signals what was pressed and optionally edits a target field."""

    digit = Signal(str)
    backspaced = Signal()
    cleared = Signal()
    accepted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QLineEdit | None = None
        self._accept_text = ""
        self._decimal = False
        grid = QGridLayout(self)
        grid.setSpacing(8)
        self.digit_keys: dict[str, QPushButton] = {}
        for index, number in enumerate("123456789"):
            self.digit_keys[number] = _key("key", number)
            grid.addWidget(self.digit_keys[number], index // 3, index % 3)
        self.digit_keys["0"] = _key("key", "0")
        self.clear_key = _key("key-action", "")
        self.back_key = _key("key-action", "⌫")
        self.back_key.setAutoRepeat(True)
        grid.addWidget(self.clear_key, 3, 0)
        grid.addWidget(self.digit_keys["0"], 3, 1)
        grid.addWidget(self.back_key, 3, 2)
        self.accept_key = WideKey("key-primary", KEY_PX)
        grid.addWidget(self.accept_key, 4, 0, 1, 3)
        self.accept_key.hide()
        for number, key in self.digit_keys.items():
            key.clicked.connect(lambda _=False, n=number: self._digit(n))
        self.clear_key.clicked.connect(self._clear)
        self.back_key.clicked.connect(self._backspace)
        self.accept_key.clicked.connect(self.accepted)
        self.retranslate()

    def set_target(self, target: QLineEdit | None) -> None:
        self._target = target

    def set_decimal(self, decimal: bool) -> None:
        """Money amounts: the bottom-left key types a decimal point instead of clearing."""
        self._decimal = decimal
        self.retranslate()

    def set_accept_visible(self, visible: bool) -> None:
        self.accept_key.setVisible(visible)

    def set_accept_text(self, text: str) -> None:
        self._accept_text = text
        self.accept_key.set_label(text)

    def set_accept_enabled(self, enabled: bool) -> None:
        self.accept_key.setEnabled(enabled)

    def _digit(self, number: str) -> None:
        if self._target is not None:
            self._target.insert(number)
        self.digit.emit(number)

    def _backspace(self) -> None:
        if self._target is not None:
            self._target.backspace()
        self.backspaced.emit()

    def _clear(self) -> None:
        if self._decimal:
            if self._target is not None and "." not in self._target.text():
                self._target.insert(".")
            return
        if self._target is not None:
            self._target.clear()
        self.cleared.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for number, key in self.digit_keys.items():
            key.setAccessibleName(self.tr("Digit %1").replace("%1", number))
        self.clear_key.setText("." if self._decimal else self.tr("Clear"))
        self.clear_key.setAccessibleName(
            self.tr("Decimal point") if self._decimal else self.tr("Clear"))
        self.back_key.setAccessibleName(self.tr("Backspace"))
        if not self._accept_text:
            self.accept_key.set_label(self.tr("OK"))

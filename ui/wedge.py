"""Tells a keyboard-wedge scanner's burst of keystrokes from a person typing."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

MAX_GAP_S = 0.05  # scanners type a character every few milliseconds; people take 100 ms or more
MIN_LENGTH = 6
MAX_LENGTH = 128
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KeyboardWedge(QObject):
    """An application event filter: a fast burst of printable keys ending in Enter is a scan.

    While a text field has focus the keys still reach it, and a burst that turns out to be a
    scan is taken back out of the field. Elsewhere, keys that are not part of a scan are
    offered as typed() one by one (a physical keyboard's digits on the phone keypad).
    """

    scanned = Signal(str)
    typed = Signal(str)

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._clock = clock
        self._buffer: list[str] = []
        self._last = 0.0
        self._enabled = True

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self._buffer.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._enabled or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(event, QKeyEvent) or not watched.isWidgetType():
            return False
        if event.isAutoRepeat():
            return False
        return self._key(event)

    def _key(self, event: QKeyEvent) -> bool:
        now = self._clock()
        if self._buffer and now - self._last > MAX_GAP_S:
            self._buffer.clear()
        self._last = now
        editing = _editing_widget()
        if event.key() in ENTER_KEYS:
            code = "".join(self._buffer)
            self._buffer.clear()
            if MIN_LENGTH <= len(code) <= MAX_LENGTH:
                if editing is not None:
                    _take_back(editing, code)
                self.scanned.emit(code)
                return True
            return False
        text = event.text()
        if len(text) != 1 or not text.isprintable():
            self._buffer.clear()
            return False
        self._buffer.append(text)
        if len(self._buffer) > MAX_LENGTH:
            self._buffer.clear()
        if editing is not None:
            return False
        self.typed.emit(text)
        return True


def _editing_widget() -> QLineEdit | QTextEdit | QPlainTextEdit | None:
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit) and not focus.isReadOnly():
        return focus
    return None


def _take_back(widget: QLineEdit | QTextEdit | QPlainTextEdit, code: str) -> None:
    if isinstance(widget, QLineEdit) and widget.text().endswith(code):
        widget.setText(widget.text()[: -len(code)])

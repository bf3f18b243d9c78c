"""The input router: every code, from a serial scanner or a keyboard-wedge burst, goes one way."""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ui.shell.bridge import ScannerBridge
from ui.shell.wedge import Burst

SUFFIX_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
MODIFIER_KEYS = (
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
    Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R, Qt.Key.Key_Mode_switch,
)
# enum members are singletons: the filter's fast path compares identities, which costs nothing
# next to building the enum itself (every event of the application passes through it)
TOUCH_EVENTS = frozenset((QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel))
KEY_PRESS = QEvent.Type.KeyPress
WANTS_CODE = "wantsCode"  # a QLineEdit with this property set keeps a scanned burst as text

Editor = QLineEdit | QTextEdit | QPlainTextEdit


class InputRouter(QObject):
    """One application event filter: touches and keys feed the idle clock, bursts become scans.

    A burst of fast keys ending in Enter or Tab is a scan; modifier keys (the Shift a scanner
    sends for each capital) neither break nor join it. In a focused text field the keys still
    reach the field: a field that wants codes keeps the burst, any other gives it back to be
    routed. Elsewhere single keys are offered as typed() (a keyboard's digits on a keypad).
    """

    scanned = Signal(str)
    misread = Signal(str)
    typed = Signal(str)
    touched = Signal()

    def __init__(self, max_gap_ms: int = 50, min_length: int = 6,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.burst = Burst(max_gap_ms, min_length)
        self.bridge = ScannerBridge(self)
        self.bridge.code_read.connect(lambda _name, code: self.scanned.emit(code))
        self.bridge.code_rejected.connect(lambda _name, reason, _sample: self.misread.emit(reason))
        self._last_target: QWidget | None = None
        self._last_signature: tuple[int, int, str, int] | None = None
        self._enabled = True

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self.burst.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind is KEY_PRESS:
            if self._enabled and isinstance(event, QKeyEvent) and watched.isWidgetType():
                return self._key(watched, event)  # type: ignore[arg-type]
            return False
        if kind in TOUCH_EVENTS:
            self.touched.emit()
        return False

    def _propagated(self, target: QWidget, event: QKeyEvent) -> bool:
        """True when this is a key already seen, travelling up to the focus widget's parents."""
        signature = (event.key(), event.modifiers().value, event.text(), event.timestamp())
        last, self._last_target = self._last_target, target
        seen, self._last_signature = self._last_signature, signature
        return (seen == signature and last is not None and shiboken6.isValid(last)
                and target is not last and target.isAncestorOf(last))

    def _key(self, target: QWidget, event: QKeyEvent) -> bool:
        if event.isAutoRepeat() or self._propagated(target, event):
            return False
        self.touched.emit()
        key = event.key()
        if key in MODIFIER_KEYS:
            return False
        at_ms = event.timestamp() or time.monotonic() * 1000
        editor = _editing_widget()
        if key in SUFFIX_KEYS:
            code = self.burst.end(at_ms)
            if code is None:
                return False
            if editor is not None and editor.property(WANTS_CODE):
                return False  # the field asked for codes: it keeps this one, Enter and all
            if editor is not None:
                _take_back(editor, code)
            self.scanned.emit(code)
            return True
        text = event.text()
        if len(text) != 1 or not text.isprintable():
            self.burst.reset()
            return False
        self.burst.key(text, at_ms)
        if editor is not None:
            return False
        self.typed.emit(text)
        return True


def _editing_widget() -> Editor | None:
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit) and not focus.isReadOnly():
        return focus
    return None


def _take_back(widget: Editor, code: str) -> None:
    """Remove a scanned code that was typed into a field which does not want codes."""
    if isinstance(widget, QLineEdit):
        if widget.text().endswith(code):
            widget.setText(widget.text()[: -len(code)])
    elif widget.toPlainText().endswith(code):
        widget.setPlainText(widget.toPlainText()[: -len(code)])

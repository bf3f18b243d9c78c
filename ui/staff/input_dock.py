"""On-screen keys for staff forms: a keyboard or a keypad that follows the focused field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from ui.staff.density import at_desk
from ui.staff.page import AMOUNT, CODE, DIGITS, EMAIL, NAME
from ui.widgets.keyboard import OnScreenKeyboard, WideKey
from ui.widgets.keypad import NumericKeypad

KEYPAD_KINDS = (DIGITS, AMOUNT)
DOCK_KEY_PX = 50  # above the 48 px touch minimum; the dock shares the screen with a form


class InputDock(QWidget):
    """Shown while a field inside `area` has focus; hidden for fields marked input=none.

    The keys' own accept key hides them ("Hide keys"): one button, never a second "Done" beside
    the staff area's Done (which logs out).
    """

    shown_for = Signal(QLineEdit)

    def __init__(self, area: QWidget, languages: list[str]) -> None:
        super().__init__()
        self.area = area
        self.target: QLineEdit | None = None
        self.keyboard = OnScreenKeyboard()
        self.keyboard.set_languages(languages)
        self.keyboard.accepted.connect(self.close_keys)
        self.keypad = NumericKeypad()
        self.keypad.set_accept_visible(True)
        self.keypad.accepted.connect(self.close_keys)
        self.keys = QStackedWidget()
        self.keys.addWidget(self.keyboard)
        pad_holder = QWidget()
        pad_row = QHBoxLayout(pad_holder)
        pad_row.setContentsMargins(0, 0, 0, 0)
        pad_row.addStretch(1)
        pad_row.addWidget(self.keypad, 2)
        pad_row.addStretch(1)
        self.keys.addWidget(pad_holder)
        for key in self.findChildren(QPushButton):
            if isinstance(key, WideKey):  # "Hide keys" keeps the width its label needs
                key.px = DOCK_KEY_PX
                key.setMinimumHeight(DOCK_KEY_PX)
                key.fit()
            else:
                key.setMinimumSize(DOCK_KEY_PX, DOCK_KEY_PX)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.keys, 1)
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.retranslate()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if at_desk():
            return  # the back office has a keyboard: no keys on screen
        if new is None and old is not None and old is self.target:
            self.close_keys()  # the page took the focus away (say, after saving)
            return
        if not isinstance(new, QLineEdit) or not self.area.isAncestorOf(new):
            return
        kind = new.property("input") or "text"
        if kind == "none" or new.isReadOnly():
            self.close_keys()
            return
        self.target = new
        if kind in KEYPAD_KINDS:
            self.keypad.set_decimal(kind == AMOUNT)
            self.keypad.set_target(new)
            self.keyboard.set_target(None)
            self.keys.setCurrentIndex(1)
        else:
            self.keyboard.set_target(new)
            self.keypad.set_target(None)
            self.keyboard.set_mode({NAME: "name", EMAIL: "email", CODE: "code"}.get(kind, "text"))
            self.keys.setCurrentIndex(0)
        self.show()
        self.shown_for.emit(new)

    def close_keys(self) -> None:
        self.keyboard.set_target(None)
        self.keypad.set_target(None)
        self.target = None
        self.hide()

    def retranslate(self) -> None:
        self.keyboard.set_accept_text(self.tr("Hide keys"))
        self.keypad.set_accept_text(self.tr("Hide keys"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""Staff entry: a name or a staff card, then a PIN; on a first start, the first manager."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.services.staff import StaffInfo
from ui.screens.base import Screen, button, label, set_text
from ui.staff.page import NAME, field, form
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.keypad import NumericKeypad

MAX_PIN = 6
NAME_COLUMNS = 3


class StaffLoginScreen(Screen):
    """Names, a PIN pad and the first-manager form; the desk decides what a PIN opens."""

    name_chosen = Signal(str)
    pin_entered = Signal(str, str)
    first_manager = Signal(str, str)
    cancelled = Signal()

    def __init__(self, languages: list[str]) -> None:
        super().__init__()
        self.setObjectName("staff-login")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.staff_name = ""
        self._pin = ""
        self._names: list[StaffInfo] = []
        self.title = label("title", center=True)
        self.hint = label("subtitle", center=True)
        self.error = label("warning", center=True)
        self.pages = QStackedWidget()
        self.names_page = QWidget()
        self.names_grid = QGridLayout(self.names_page)
        self.names_grid.setSpacing(12)
        self.name_buttons: list = []
        self.pin_page = QWidget()
        self.display = label("display", center=True)
        self.keypad = NumericKeypad()
        self.keypad.set_accept_visible(True)
        self.keypad.digit.connect(self._digit)
        self.keypad.backspaced.connect(lambda: self._set(self._pin[:-1]))
        self.keypad.cleared.connect(lambda: self._set(""))
        self.keypad.accepted.connect(self._accept_pin)
        pin_layout = QVBoxLayout(self.pin_page)
        pin_layout.addWidget(self.display)
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addWidget(self.keypad, 3)
        pad_row.addStretch(1)
        pin_layout.addLayout(pad_row, 1)
        self.first_page = QWidget()
        self.first_name = field(NAME, max_length=80)
        self.first_pin = field("none", max_length=MAX_PIN)
        self.first_pin.setEchoMode(self.first_pin.EchoMode.Password)
        self.first_repeat = field("none", max_length=MAX_PIN)
        self.first_repeat.setEchoMode(self.first_repeat.EchoMode.Password)
        self.first_name_label = label()
        self.first_pin_label = label()
        self.first_repeat_label = label()
        name_form, pin_form = form(), form()
        name_form.addRow(self.first_name_label, self.first_name)
        pin_form.addRow(self.first_pin_label, self.first_pin)
        pin_form.addRow(self.first_repeat_label, self.first_repeat)
        self.first_keyboard = OnScreenKeyboard()
        self.first_keyboard.set_languages(languages)
        self.first_keyboard.set_target(self.first_name)
        self.first_keyboard.accepted.connect(self._first_to_pin)
        self.first_keyboard.set_accept_text("")
        self.first_keypad = NumericKeypad()
        self.first_keypad.set_accept_visible(True)
        self.first_keypad.accepted.connect(self._submit_first)
        self.first_keypad.set_target(self.first_pin)
        self.first_pin.textChanged.connect(lambda _t: self.first_keypad.set_target(
            self.first_repeat if len(self.first_pin.text()) >= MAX_PIN else self.first_pin))
        self.first_inputs = QStackedWidget()  # step 1: the name; step 2: the PIN twice
        name_step = QWidget()
        name_layout = QVBoxLayout(name_step)
        name_layout.addLayout(name_form)
        name_layout.addWidget(self.first_keyboard, 1)
        self.first_inputs.addWidget(name_step)
        pin_step = QWidget()
        pin_layout = QHBoxLayout(pin_step)  # side by side: the fields beside the keypad
        fields_column = QVBoxLayout()
        fields_column.addLayout(pin_form)
        fields_column.addStretch(1)
        pin_layout.addLayout(fields_column, 3)
        pin_layout.addWidget(self.first_keypad, 2)
        self.first_inputs.addWidget(pin_step)
        first_layout = QVBoxLayout(self.first_page)
        first_layout.setContentsMargins(0, 0, 0, 0)
        first_layout.addWidget(self.first_inputs, 1)
        for page in (self.names_page, self.pin_page, self.first_page):
            self.pages.addWidget(page)
        self.back_button = button("")
        self.back_button.clicked.connect(self._back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 8, 40, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.back_button)
        self.clear()

    # --- states -------------------------------------------------------------------------------

    def show_names(self, names: list[StaffInfo]) -> None:
        """Who may log in: a button per name (a staff card skips this step)."""
        self._names = names
        for old in self.name_buttons:
            self.names_grid.removeWidget(old)
            old.deleteLater()
        self.name_buttons = []
        for index, info in enumerate(names):
            choice = button("tile", info.name)
            choice.setAccessibleName(info.name)
            choice.setMinimumHeight(72)
            choice.clicked.connect(lambda _=False, n=info.name: self.name_chosen.emit(n))
            self.names_grid.addWidget(choice, index // NAME_COLUMNS, index % NAME_COLUMNS)
            self.name_buttons.append(choice)
        self.staff_name = ""
        self.pages.setCurrentWidget(self.names_page)
        self.retranslate()

    def ask_pin(self, name: str) -> None:
        self.staff_name = name
        self._set("")
        self.error.clear()
        self.pages.setCurrentWidget(self.pin_page)
        self.retranslate()
        self.setFocus()  # a physical keyboard's digits, Backspace and Enter reach the PIN pad

    def ask_first_manager(self) -> None:
        for edit in (self.first_name, self.first_pin, self.first_repeat):
            edit.clear()
        self.first_inputs.setCurrentIndex(0)
        self.first_name.setFocus()
        self.pages.setCurrentWidget(self.first_page)
        self.retranslate()

    def refuse(self, text: str) -> None:
        self._set("")
        self.error.setText(text)
        self.error.setAccessibleName(text)

    # --- input --------------------------------------------------------------------------------

    def _digit(self, digit: str) -> None:
        if len(self._pin) < MAX_PIN:
            self._set(self._pin + digit)

    def _set(self, pin: str) -> None:
        self._pin = pin
        if pin:
            self.error.clear()
        self.display.setText("•" * len(pin) or " ")
        self.keypad.set_accept_enabled(len(pin) >= 4)

    def type_digit(self, digit: str) -> None:
        """A digit from a physical keyboard."""
        if self.pages.currentWidget() is self.pin_page and digit.isdigit():
            self._digit(digit)

    def _accept_pin(self) -> None:
        if len(self._pin) >= 4:
            self.pin_entered.emit(self.staff_name, self._pin)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """On the PIN pad, Enter logs in and Backspace takes back a digit, as on the screen."""
        if self.pages.currentWidget() is self.pin_page:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._accept_pin()
                return
            if event.key() == Qt.Key.Key_Backspace:
                self._set(self._pin[:-1])
                return
            if event.text().isdigit():
                self.type_digit(event.text())
                return
        super().keyPressEvent(event)

    def _first_to_pin(self) -> None:
        if not self.first_name.text().strip():
            self.refuse(self.tr("Type the manager's name first."))
            return
        self.error.clear()
        self.first_inputs.setCurrentIndex(1)
        self.first_keypad.set_target(self.first_pin)

    def _submit_first(self) -> None:
        name, pin = self.first_name.text().strip(), self.first_pin.text()
        if not name:
            self.refuse(self.tr("Type the manager's name first."))
            self.first_inputs.setCurrentIndex(0)
        elif len(pin) < 4:
            self.refuse(self.tr("A PIN is 4 to 6 digits."))
        elif pin != self.first_repeat.text():
            self.refuse(self.tr("The two PINs differ. Type them again."))
            self.first_pin.clear()
            self.first_repeat.clear()
            self.first_keypad.set_target(self.first_pin)
        else:
            self.first_manager.emit(name, pin)

    def _back(self) -> None:
        if self.pages.currentWidget() is self.pin_page and self._names:
            self.show_names(self._names)
        else:
            self.cancelled.emit()

    # --- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        page = self.pages.currentWidget()
        self.hint.setVisible(page is not self.pin_page)
        if page is self.pin_page:
            set_text(self.title, self.tr("Hello %1, type your staff PIN").replace(
                "%1", self.staff_name))
            self.hint.clear()
        elif page is self.first_page:
            set_text(self.title, self.tr("Create the first manager"))
            set_text(self.hint, self.tr(
                "No staff accounts yet. The first account is a manager who can add the others."))
        else:
            set_text(self.title, self.tr("Staff"))
            set_text(self.hint, self.tr("Touch your name or scan your staff card")
                     if self._names else self.tr("Scan your staff card"))
        self.display.setAccessibleName(self.tr("PIN"))
        self.keypad.set_accept_text(self.tr("Log in"))
        self.first_keypad.set_accept_text(self.tr("Create manager"))
        self.first_keyboard.set_accept_text(self.tr("Next"))
        self.first_name_label.setText(self.tr("Name"))
        self.first_pin_label.setText(self.tr("PIN"))
        self.first_repeat_label.setText(self.tr("PIN again"))
        self.first_name.setAccessibleName(self.tr("Name"))
        self.first_pin.setAccessibleName(self.tr("PIN"))
        self.first_repeat.setAccessibleName(self.tr("PIN again"))
        set_text(self.back_button, self.tr("Back to the customer screen")
                 if page is not self.pin_page or not self._names else self.tr("Back"))

    def clear(self) -> None:
        self.staff_name = ""
        self._names = []
        self._set("")
        self.error.clear()
        for edit in (self.first_name, self.first_pin, self.first_repeat):
            edit.clear()
        self.pages.setCurrentWidget(self.names_page)
        self.retranslate()

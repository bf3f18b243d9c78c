"""The back office's login: a staff name (typed or picked) and a PIN, Enter to log in; on a
first start the first manager's name and PIN."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from kiosk.services.staff import StaffInfo, is_staff_card
from ui.screens.base import Screen, button, label, set_text
from ui.shell.router import WANTS_CODE

MAX_PIN = 6


def _pin_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_PIN)
    edit.setValidator(QRegularExpressionValidator(r"\d{0,6}"))
    edit.setProperty("input", "none")
    return edit


class BackOfficeLogin(Screen):
    """The same signals as the kiosk's staff login, so the same staff desk drives it."""

    name_chosen = Signal(str)
    pin_entered = Signal(str, str)
    first_manager = Signal(str, str)
    card_scanned = Signal(str)
    cancelled = Signal()

    def __init__(self, place: str) -> None:
        super().__init__()
        self.setObjectName("back-office-login")
        self.place = place
        self.first = False
        self.staff_name = ""
        self.names: list[str] = []
        self.title = label("title", center=True)
        self.place_label = label("subtitle", place, center=True)
        self.hint = label("muted", center=True)
        self.error = label("warning", center=True)
        self.name_field = QLineEdit()
        self.name_field.setMinimumWidth(260)
        self.name_field.setProperty("input", "none")
        self.name_field.setProperty(WANTS_CODE, True)  # a staff card scanned here: a card login
        self.name_field.setMaxLength(80)
        self.name_field.returnPressed.connect(self._name_entered)
        self.name_model = QStringListModel(self)
        completer = QCompleter(self.name_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_field.setCompleter(completer)
        self.name_list = QListWidget()  # or pick with the mouse (or arrow keys and Enter)
        self.name_list.setMaximumHeight(140)
        self.name_list.itemClicked.connect(self._picked)
        self.name_list.itemActivated.connect(self._picked)
        self.pin_field = _pin_field()
        self.pin_field.returnPressed.connect(self._submit)
        self.repeat_field = _pin_field()
        self.repeat_field.returnPressed.connect(self._submit)
        self.login_button = button("primary")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self._submit)
        self.name_label, self.pin_label, self.repeat_label = label(), label(), label()
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.addRow(self.name_label, self.name_field)
        self.form.addRow(self.pin_label, self.pin_field)
        self.form.addRow(self.repeat_label, self.repeat_field)
        box = QFrame()
        box.setProperty("kind", "card")
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addWidget(self.place_label)
        inner.addWidget(self.hint)
        inner.addWidget(self.name_list)
        inner.addLayout(self.form)
        inner.addWidget(self.error)
        inner.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setTabOrder(self.name_list, self.name_field)
        self.setTabOrder(self.name_field, self.pin_field)
        self.setTabOrder(self.pin_field, self.repeat_field)
        self.setTabOrder(self.repeat_field, self.login_button)
        self.clear()

    # --- the desk's calls ---------------------------------------------------------------------

    def show_names(self, names: list[StaffInfo]) -> None:
        """The accounts that may log in, offered in the name list (typing works too)."""
        self.first = False
        self.names = [info.name for info in names]
        self.name_model.setStringList(self.names)
        self.name_list.clear()
        for name in self.names:
            self.name_list.addItem(QListWidgetItem(name))
        self._layout_fields()
        self.name_field.setFocus()

    def ask_pin(self, name: str) -> None:
        """A name was chosen (or a staff card scanned): the PIN is next."""
        self.staff_name = name
        self.name_field.setText(name)
        self.pin_field.clear()
        self.pin_field.setFocus()

    def ask_first_manager(self) -> None:
        self.first = True
        self._layout_fields()
        self.name_field.setFocus()

    def refuse(self, text: str) -> None:
        self.pin_field.clear()
        self.repeat_field.clear()
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.pin_field.setFocus()

    def clear(self) -> None:
        self.first = False
        self.staff_name = ""
        self.name_field.clear()
        self.pin_field.clear()
        self.repeat_field.clear()
        self.error.clear()
        self._layout_fields()

    # --- input --------------------------------------------------------------------------------

    def _name_entered(self) -> None:
        name = self.name_field.text().strip()
        if is_staff_card(name):
            self.name_field.clear()
            self.card_scanned.emit(name)
            return
        self.pin_field.setFocus()

    def _submit(self) -> None:
        name = self.name_field.text().strip()
        pin = self.pin_field.text()
        if not name:
            self.error.setText(self.tr("Type your name first."))
            self.name_field.setFocus()
        elif len(pin) < 4:
            self.error.setText(self.tr("A PIN is 4 to 6 digits."))
            self.pin_field.setFocus()
        elif self.first and pin != self.repeat_field.text():
            self.refuse(self.tr("The two PINs differ. Type them again."))
        elif self.first:
            self.first_manager.emit(name, pin)
        else:
            self.staff_name = name
            self.pin_entered.emit(name, pin)

    def _picked(self, item: QListWidgetItem) -> None:
        self.name_field.setText(item.text())
        self.error.clear()
        self.pin_field.setFocus()

    def _layout_fields(self) -> None:
        self.form.setRowVisible(self.repeat_field, self.first)
        self.name_list.setVisible(bool(self.names) and not self.first)
        self.retranslate()

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Create the first manager") if self.first
                 else self.tr("Loyalty back office"))
        set_text(self.hint, self.tr(
            "No staff accounts yet. The first account is a manager who can add the others.")
            if self.first else self.tr("Type or pick your name, then your PIN, and press Enter."))
        self.name_label.setText(self.tr("Name"))
        self.pin_label.setText(self.tr("PIN"))
        self.repeat_label.setText(self.tr("PIN again"))
        self.name_field.setAccessibleName(self.tr("Name"))
        self.pin_field.setAccessibleName(self.tr("PIN"))
        self.repeat_field.setAccessibleName(self.tr("PIN again"))
        set_text(self.login_button, self.tr("Create manager") if self.first else self.tr("Log in"))

"""A column of large, checkable choice tiles (printers, scanners, countries, demo or empty)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QSizePolicy, QWidget

from ui.screens.base import button


class ChoiceList(QWidget):
    """Exclusive choices as touch buttons in a grid; `chosen` carries the choice's value."""

    chosen = Signal(str)

    def __init__(self, columns: int = 1, kind: str = "toggle") -> None:
        super().__init__()
        self.columns = columns
        self.kind = kind
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}

    def set_choices(self, choices: list[tuple[str, str]], selected: str = "") -> None:
        """(value, caption) pairs; the selected value is checked."""
        for old in self.buttons.values():
            self.group.removeButton(old)
            self.grid.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.buttons = {}
        for index, (value, caption) in enumerate(choices):
            choice = button(self.kind, caption)
            choice.setCheckable(True)
            choice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            choice.clicked.connect(lambda _=False, v=value: self.chosen.emit(v))
            self.group.addButton(choice)
            self.grid.addWidget(choice, index // self.columns, index % self.columns)
            self.buttons[value] = choice
            choice.show()
        self.select(selected)

    def select(self, value: str) -> None:
        if value in self.buttons:
            self.buttons[value].setChecked(True)

    def clear_selection(self) -> None:
        self.group.setExclusive(False)
        for choice in self.buttons.values():
            choice.setChecked(False)
        self.group.setExclusive(True)

    def value(self) -> str:
        for value, choice in self.buttons.items():
            if choice.isChecked():
                return value
        return ""

    def caption(self, value: str, text: str) -> None:
        if value in self.buttons:
            self.buttons[value].setText(text)

"""A large reward tile: name, description, cost, and why it cannot be chosen yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout


class RewardTile(QPushButton):
    """A touch tile with several lines of text; disabled tiles say what is missing."""

    def __init__(self, item_id: int) -> None:
        super().__init__()
        self.item_id = item_id
        self.setProperty("kind", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.name = self._line("")
        self.description = self._line("muted")
        self.cost = self._line("")
        self.note = self._line("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(4)
        for line in (self.name, self.description, self.cost, self.note):
            layout.addWidget(line)
        self.name.setStyleSheet("font-weight: bold; font-size: 1.15em;")
        self.cost.setStyleSheet("font-weight: bold;")

    def _line(self, kind: str) -> QLabel:
        line = QLabel()
        if kind:
            line.setProperty("kind", kind)
        line.setWordWrap(True)
        line.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return line

    def fill(self, name: str, description: str, cost: str, note: str, enabled: bool) -> None:
        """Set the texts; the accessible name reads them all."""
        self.name.setText(name)
        self.description.setText(description)
        self.description.setVisible(bool(description))
        self.cost.setText(cost)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setEnabled(enabled)
        self.setAccessibleName(" — ".join(part for part in (name, cost, note) if part))
        self.setMinimumHeight(self.layout().sizeHint().height() + 8)

"""A large reward tile: name, description, cost, and why it cannot be chosen yet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout

INVALIDATING = frozenset((QEvent.Type.LayoutRequest, QEvent.Type.FontChange,
                          QEvent.Type.StyleChange))


class RewardTile(QPushButton):
    """A touch tile with several lines of text; disabled tiles say what is missing.

    Tiles are made once and filled again for each customer (`item_id` changes with `fill`); their
    look comes from the window's one stylesheet (kinds tile, tile-name, tile-cost), never their own.
    """

    def __init__(self, item_id: int = 0) -> None:
        super().__init__()
        self.item_id = item_id
        self._heights: dict[int, int] = {}  # heightForWidth by width, until a line changes
        self.setProperty("kind", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.name = self._line("tile-name")
        self.description = self._line("muted")
        self.cost = self._line("tile-cost")
        self.note = self._line("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(4)
        for line in (self.name, self.description, self.cost, self.note):
            layout.addWidget(line)

    def _line(self, kind: str) -> QLabel:
        line = QLabel()
        if kind:
            line.setProperty("kind", kind)
        line.setWordWrap(True)
        line.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return line

    def fill(self, name: str, description: str, cost: str, note: str, enabled: bool,
             item_id: int | None = None) -> None:
        """Set the texts (and the item it stands for); the accessible name reads them all."""
        if item_id is not None:
            self.item_id = item_id
        changed = False
        for line, text in ((self.name, name), (self.description, description),
                           (self.cost, cost), (self.note, note)):
            if line.text() != text:
                line.setText(text)
                changed = True
            if line is not self.name and line.isHidden() == bool(text):
                line.setVisible(bool(text))
        if self.isEnabled() != enabled:
            self.setEnabled(enabled)
        spoken = " — ".join(part for part in (name, cost, note) if part)
        if self.accessibleName() != spoken:
            self.setAccessibleName(spoken)
        if changed:
            self._heights.clear()
            self.updateGeometry()

    # The tile is as tall as its wrapped lines need at the width it gets (long Russian words,
    # larger text), so no line is cut off; QPushButton alone would ignore its own layout.
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self.layout().totalHeightForWidth(width)
        return height

    def event(self, event: QEvent) -> bool:
        if event.type() in INVALIDATING:  # a line, its text size or the theme changed
            self._heights.clear()
        return super().event(event)

    def sizeHint(self) -> QSize:
        hint = self.layout().totalSizeHint()
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(self.width())))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.layout().totalMinimumSize().width(), self.sizeHint().height())

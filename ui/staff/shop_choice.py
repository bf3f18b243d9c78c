"""A row of toggle buttons: the whole chain, or one of the chain's shops; exactly one is chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.screens.base import button, set_text


class ShopChoice(QWidget):
    """The shop an account belongs to: None (the whole chain) or a shop code."""

    def __init__(self) -> None:
        super().__init__()
        self.store: str | None = None
        self.codes: list[str] = []
        self.buttons: dict[str | None, QPushButton] = {}
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self._rebuild()

    def set_codes(self, codes: list[str]) -> None:
        """The shops to offer (a chosen shop that has closed stays offered)."""
        self.codes = list(codes)
        self._rebuild()

    @property
    def has_choice(self) -> bool:
        """More than one answer is possible (a chain with shops, or a shop chosen)."""
        return bool(self.codes) or self.store is not None

    def choose(self, store: str | None) -> None:
        self.store = store
        if store is not None and store not in self.codes:
            self._rebuild()
        for code, choice in self.buttons.items():
            choice.setChecked(code == store)

    def _rebuild(self) -> None:
        for choice in self.buttons.values():
            self.row.removeWidget(choice)
            choice.deleteLater()
        self.buttons = {}
        extra = [self.store] if self.store is not None and self.store not in self.codes else []
        for code in [None, *sorted({*self.codes, *extra})]:
            choice = button("toggle")
            choice.setCheckable(True)
            choice.setMinimumHeight(48)
            choice.clicked.connect(lambda _=False, c=code: self.choose(c))
            if code is not None:
                choice.setText(code)
            self.row.addWidget(choice)
            self.buttons[code] = choice
        self.retranslate()
        for code, choice in self.buttons.items():
            choice.setChecked(code == self.store)

    def retranslate(self) -> None:
        set_text(self.buttons[None], self.tr("Whole chain"))

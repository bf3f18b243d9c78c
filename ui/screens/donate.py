"""Give points to a cause: pick the cause, then how many points."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.views import MemberView, localized
from ui.screens.base import Screen, button, label, set_text
from ui.texts import language, points
from ui.widgets.reward_tile import RewardTile

AMOUNTS = (50, 100, 250, 500)


class DonateScreen(Screen):
    """Cause tiles and amount buttons; "Give" asks for confirmation next."""

    chosen = Signal(int, int)  # cause id, points
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("donate")
        self.view: MemberView | None = None
        self.language = "en"
        self.cause_id: int | None = None
        self.amount = 0
        self.tiles: list[RewardTile] = []
        self._tile_pool: list[RewardTile] = []
        self.amount_buttons: list[tuple[QPushButton, int]] = []
        self.title = label("title")
        self.causes_grid = QGridLayout()
        self.amount_title = label("subtitle")
        self.amount_row = QHBoxLayout()
        self._amount_group = QButtonGroup(self)
        self.give = button("primary")
        self.give.clicked.connect(self._give)
        self.back = button("")
        self.back.clicked.connect(self.cancelled)
        answers = QHBoxLayout()
        answers.addWidget(self.back, 1)
        answers.addWidget(self.give, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.title)
        layout.addLayout(self.causes_grid)
        layout.addWidget(self.amount_title)
        layout.addLayout(self.amount_row)
        layout.addStretch(1)
        layout.addLayout(answers)
        self.clear()

    def show_causes(self, view: MemberView, language: str) -> None:
        self.view, self.language = view, language
        self.cause_id, self.amount = None, 0
        self._clear_widgets()
        while len(self._tile_pool) < len(view.causes):
            tile = RewardTile()
            tile.setCheckable(True)
            tile.clicked.connect(lambda _=False, t=tile: self._pick_cause(t.item_id))
            index = len(self._tile_pool)
            self.causes_grid.addWidget(tile, index // 2, index % 2)
            self._tile_pool.append(tile)
        self.tiles = self._tile_pool[: len(view.causes)]
        for tile, cause in zip(self.tiles, view.causes, strict=True):
            tile.item_id = cause.id
            tile.show()
        choices = [a for a in AMOUNTS if a <= view.balance]
        if view.balance and view.balance not in choices:
            choices.append(view.balance)
        for amount in choices:
            choice = button("toggle")
            choice.setCheckable(True)
            choice.clicked.connect(lambda _=False, a=amount: self._pick_amount(a))
            self._amount_group.addButton(choice)
            self.amount_row.addWidget(choice)
            self.amount_buttons.append((choice, amount))
        self.retranslate()

    def _pick_cause(self, cause_id: int) -> None:
        self.cause_id = cause_id
        self._fill_tiles()
        self._update_give()

    def _fill_tiles(self) -> None:
        """Name and describe the causes; the chosen one is checked, ticked and said so."""
        if self.view is None:
            return
        for tile, cause in zip(self.tiles, self.view.causes, strict=True):
            name, description = localized(cause, language())
            chosen = cause.id == self.cause_id
            tile.fill("✓ " + name if chosen else name, description, "",
                      self.tr("Chosen") if chosen else "", True)
            tile.setChecked(chosen)

    def _pick_amount(self, amount: int) -> None:
        self.amount = amount
        self._update_give()

    def _update_give(self) -> None:
        self.give.setEnabled(self.cause_id is not None and self.amount > 0)

    def _give(self) -> None:
        if self.cause_id is not None and self.amount > 0:
            self.chosen.emit(self.cause_id, self.amount)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Give points to a good cause"))
        set_text(self.amount_title, self.tr("How many points?"))
        set_text(self.give, self.tr("Give"))
        set_text(self.back, self.tr("Back to my rewards"))
        if self.view is not None:
            self._fill_tiles()
            for choice, amount in self.amount_buttons:
                caption = points(amount)
                if amount == self.view.balance:
                    caption = self.tr("All: %1").replace("%1", caption)
                set_text(choice, caption)
        self._update_give()

    def _clear_widgets(self) -> None:
        for tile in self._tile_pool:  # kept for the next customer, empty and hidden
            tile.setChecked(False)
            tile.fill("", "", "", "", True, item_id=0)
            tile.hide()
        for choice, _ in self.amount_buttons:
            self._amount_group.removeButton(choice)
            self.amount_row.removeWidget(choice)
            choice.hide()
            choice.deleteLater()
        self.tiles, self.amount_buttons = [], []

    def clear(self) -> None:
        self.view, self.cause_id, self.amount = None, None, 0
        self._clear_widgets()
        self.retranslate()

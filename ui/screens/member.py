"""The member screen: greeting, balance, tier and its progress, news, history and the rewards."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.views import MemberView, RewardOption, localized
from ui.screens.base import Screen, button, card_frame, label, set_text
from ui.texts import activity_label, points, short_date, tier_name, tier_sentence
from ui.widgets.reward_tile import RewardTile

RECENT_ROWS = 4


class MemberScreen(Screen):
    """Shows one member's account; emits the reward or donation the member picks."""

    reward_chosen = Signal(int)
    donate_requested = Signal()
    done = Signal()

    def __init__(self, minor_digits: int, currency_symbol: str) -> None:
        super().__init__()
        self.setObjectName("member")
        self.minor_digits = minor_digits
        self.currency_symbol = currency_symbol
        self.view: MemberView | None = None
        self.language = "en"
        self.tiles: list[RewardTile] = []

        self.greeting = label("title")
        self.done_button = button("primary")
        self.done_button.setSizePolicy(self.done_button.sizePolicy().horizontalPolicy(),
                                       self.done_button.sizePolicy().verticalPolicy())
        self.done_button.clicked.connect(self.done)
        header = QHBoxLayout()
        header.addWidget(self.greeting, 3)
        header.addWidget(self.done_button, 1)

        self.balance_caption = label("muted")
        self.balance = label("huge")
        self.tier_badge = label("badge")
        self.tier_badge.setSizePolicy(self.tier_badge.sizePolicy().Policy.Fixed,
                                      self.tier_badge.sizePolicy().Policy.Fixed)
        self.tier_progress = QProgressBar()
        self.tier_progress.setRange(0, 1000)
        self.tier_progress.setTextVisible(False)
        self.tier_text = label("")
        self.birthday = label("banner")
        self.expiring = label("warning")
        self.recent_title = label("subtitle")
        self.recent = label("muted")
        self.recent.setTextFormat(Qt.TextFormat.PlainText)
        account = card_frame()
        account_layout = QVBoxLayout(account)
        account_layout.setContentsMargins(24, 18, 24, 18)
        account_layout.addWidget(self.balance_caption)
        account_layout.addWidget(self.balance)
        account_layout.addWidget(self.tier_badge)
        account_layout.addWidget(self.tier_progress)
        account_layout.addWidget(self.tier_text)
        account_layout.addWidget(self.expiring)
        account_layout.addStretch(1)
        account_layout.addWidget(self.recent_title)
        account_layout.addWidget(self.recent)
        left = QVBoxLayout()
        left.addWidget(self.birthday)
        left.addWidget(account, 1)

        self.rewards_title = label("subtitle")
        self.tiles_holder = QWidget()
        self.tiles_grid = QGridLayout(self.tiles_holder)
        self.tiles_grid.setContentsMargins(0, 0, 8, 0)
        self.tiles_grid.setSpacing(14)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.tiles_holder)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(
            self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self.donate_button = button("")
        self.donate_button.clicked.connect(self.donate_requested)
        right = QVBoxLayout()
        right.addWidget(self.rewards_title)
        right.addWidget(self.scroll, 1)
        right.addWidget(self.donate_button)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addSpacing(16)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.clear()

    def show_member(self, view: MemberView, language: str) -> None:
        """Fill every widget from the view (already computed off the GUI thread)."""
        self.view = view
        self.language = language
        self._rebuild_tiles(view.rewards)
        self.retranslate()
        self.scroll.verticalScrollBar().setValue(0)

    def _rebuild_tiles(self, rewards: list[RewardOption]) -> None:
        for tile in self.tiles:
            self.tiles_grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = []
        for index, reward in enumerate(rewards):
            tile = RewardTile(reward.id)
            tile.clicked.connect(lambda _=False, r=reward.id: self.reward_chosen.emit(r))
            self.tiles_grid.addWidget(tile, index // 2, index % 2)
            self.tiles.append(tile)
        self.tiles_grid.setRowStretch(len(rewards) // 2 + 1, 1)

    def _fill_tiles(self, view: MemberView) -> None:
        for tile, reward in zip(self.tiles, view.rewards, strict=True):
            name, description = localized(reward, self.language)
            if reward.tier_locked:
                note = self.tr("For %1 members and above").replace("%1", tier_name(reward.min_tier))
            elif not reward.affordable:
                note = self.tr("%n more point(s) needed", "", reward.missing_points)
            elif reward.stock is not None and reward.stock <= 10:
                note = self.tr("Only %n left", "", reward.stock)
            else:
                note = ""
            tile.fill(name, description, points(reward.cost), note,
                      reward.affordable and not reward.tier_locked)

    def retranslate(self) -> None:
        set_text(self.done_button, self.tr("Done"), self.tr("Done, back to the start"))
        set_text(self.balance_caption, self.tr("Your points"))
        set_text(self.rewards_title, self.tr("Rewards"))
        set_text(self.recent_title, self.tr("Recent activity"))
        set_text(self.donate_button, self.tr("Give points to a good cause"))
        view = self.view
        if view is None:
            return
        set_text(self.greeting, self.tr("Hello, %1!").replace("%1", view.first_name))
        self.balance.setText(QLocale().toString(view.balance))
        self.balance.setAccessibleName(self.tr("Balance: %1").replace("%1", points(view.balance)))
        tier = view.tier
        set_text(self.tier_badge, tier_name(tier.tier),
                 self.tr("Tier: %1").replace("%1", tier_name(tier.tier)))
        self.tier_progress.setValue(round(tier.progress * 1000))
        self.tier_progress.setAccessibleName(
            self.tr("Progress to the next tier: %1 percent").replace(
                "%1", str(round(tier.progress * 100))
            )
        )
        set_text(self.tier_text, tier_sentence(tier, self.minor_digits, self.currency_symbol))
        if view.birthday_bonus:
            set_text(self.birthday, self.tr("Happy birthday! We added %1 to your card.").replace(
                "%1", points(view.birthday_bonus)))
        self.birthday.setVisible(bool(view.birthday_bonus))
        if view.expiring:
            soonest = view.expiring[0]
            set_text(self.expiring, self.tr("%1 expire on %2. Use them before then!")
                     .replace("%1", points(soonest.points))
                     .replace("%2", short_date(soonest.expires_at)))
        self.expiring.setVisible(bool(view.expiring))
        rows = []
        for activity in view.recent[:RECENT_ROWS]:
            when = short_date(activity.when)
            what = activity_label(activity.kind)
            if activity.reference:
                what += f" · {activity.reference}"
            sign = "+" if activity.points > 0 else "−"
            rows.append(f"{when}   {what}   {sign}{abs(activity.points)}")
        set_text(self.recent, "\n".join(rows) or self.tr("No activity yet."))
        self.recent_title.setVisible(True)
        self._fill_tiles(view)
        self.donate_button.setVisible(bool(view.causes))
        self.donate_button.setEnabled(view.balance > 0)

    def clear(self) -> None:
        self.view = None
        self._rebuild_tiles([])
        for widget in (self.greeting, self.balance, self.tier_badge, self.tier_text,
                       self.birthday, self.expiring, self.recent):
            widget.clear()
            widget.setAccessibleName("")
        self.tier_progress.setValue(0)
        self.birthday.hide()
        self.expiring.hide()
        self.retranslate()

"""The member screen: greeting, balance, tier and its progress, news, history and the rewards."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.journey import may_spend
from kiosk.views import MemberView, localized
from ui.i18n import NATIVE_NAMES
from ui.screens.base import Screen, button, card_frame, label, set_text, show_if
from ui.texts import (
    activity_line,
    language,
    number_text,
    points,
    short_date,
    tier_name,
    tier_sentence,
)
from ui.widgets.reward_tile import RewardTile

RECENT_ROWS = 4
SHORT_NAMES = {"en": "EN", "tr": "TR", "ru": "RU"}


def masked_number(masked: str) -> str:
    """A masked phone number (dots and the last digits) grouped in threes: •••• ••• 123."""
    groups = [masked[max(end - 3, 0):end] for end in range(len(masked), 0, -3)]
    return " ".join(reversed(groups))


class MemberScreen(Screen):
    """Shows one member's account; emits the reward or donation the member picks."""

    reward_chosen = Signal(int)
    donate_requested = Signal()
    done = Signal()
    language_chosen = Signal(str)

    def __init__(self, minor_digits: int = 2, currency_symbol: str = "",
                 languages: list[str] | None = None) -> None:
        super().__init__()
        self.setObjectName("member")
        self.view: MemberView | None = None
        self.tiles: list[RewardTile] = []
        self.shown_tiles = 0
        self.language_buttons: dict[str, QPushButton] = {}
        self._language_group = QButtonGroup(self)
        self._language_group.setExclusive(True)

        self.greeting = label("title")
        self.found_by = label("muted")
        self.done_button = button("primary")
        self.done_button.clicked.connect(self.done)
        self.languages_row = QHBoxLayout()
        self.languages_row.setSpacing(6)
        greeting_box = QVBoxLayout()
        greeting_box.setSpacing(0)
        greeting_box.addWidget(self.greeting)
        greeting_box.addWidget(self.found_by)
        header = QHBoxLayout()
        header.addLayout(greeting_box, 3)
        header.addLayout(self.languages_row)
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
        self.spend_note = label("banner")
        self.recent_title = label("subtitle")
        self.recent = label("muted")
        self.recent.setTextFormat(Qt.TextFormat.RichText)
        account = card_frame()
        account_layout = QVBoxLayout(account)
        account_layout.setContentsMargins(24, 18, 24, 18)
        account_layout.addWidget(self.balance_caption)
        account_layout.addWidget(self.balance)
        self.as_of_note = label("muted")  # served from a chain kiosk's local copy
        self.as_of_note.hide()
        account_layout.addWidget(self.as_of_note)
        account_layout.addWidget(self.tier_badge)
        account_layout.addWidget(self.tier_progress)
        account_layout.addWidget(self.tier_text)
        account_layout.addWidget(self.expiring)
        account_layout.addStretch(1)
        account_layout.addWidget(self.recent_title)
        account_layout.addWidget(self.recent)
        # the account scrolls (by finger) when long words and larger text need more than the screen
        self.account_scroll = QScrollArea()
        self.account_scroll.setWidgetResizable(True)
        self.account_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.account_scroll.setWidget(account)
        QScroller.grabGesture(
            self.account_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        left = QVBoxLayout()
        left.addWidget(self.birthday)
        left.addWidget(self.account_scroll, 1)

        self.rewards_title = label("subtitle")
        self.tiles_holder = QWidget()
        holder_layout = QVBoxLayout(self.tiles_holder)
        holder_layout.setContentsMargins(0, 0, 8, 0)
        self.tiles_grid = QGridLayout()
        self.tiles_grid.setSpacing(14)
        holder_layout.addLayout(self.tiles_grid)
        holder_layout.addStretch(1)
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
        right.addWidget(self.spend_note)
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
        self.set_languages(languages if languages is not None else list(NATIVE_NAMES))
        self.clear()

    def set_languages(self, languages: list[str]) -> None:
        """The language buttons in the header (none when the kiosk speaks only one language)."""
        if list(self.language_buttons) == list(languages):
            return
        for old in self.language_buttons.values():
            self._language_group.removeButton(old)
            self.languages_row.removeWidget(old)
            old.hide()
            old.setParent(None)  # gone now, not at the next turn of an event loop
        self.language_buttons = {}
        if len(languages) < 2:
            return
        for code in languages:
            choice = button("chip", SHORT_NAMES.get(code, code.upper()))
            choice.setCheckable(True)
            choice.setSizePolicy(choice.sizePolicy().Policy.Fixed,
                                 choice.sizePolicy().Policy.Fixed)
            choice.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self._language_group.addButton(choice)
            self.languages_row.addWidget(choice)
            self.language_buttons[code] = choice
        self._mark_language()

    def _mark_language(self) -> None:
        current = self.language_buttons.get(language())
        if current is not None:
            current.setChecked(True)
        for code, choice in self.language_buttons.items():
            choice.setAccessibleName(
                self.tr("Language: %1").replace("%1", NATIVE_NAMES.get(code, code)))

    def show_member(self, view: MemberView, language: str = "") -> None:
        """Fill every widget from the view (already computed off the GUI thread).

        Names, numbers and dates follow the screen's language at the moment (`language` is
        kept for old callers); a view found by phone number alone cannot spend points here.
        """
        self.view = view
        self._place_tiles(len(view.rewards))
        self.retranslate()
        self._stale = False  # filled in the language of the moment: showing it needs no more
        self.scroll.verticalScrollBar().setValue(0)
        self.account_scroll.verticalScrollBar().setValue(0)

    def _place_tiles(self, count: int) -> None:
        """Show `count` tiles, making more only when this customer has more rewards than anyone."""
        while len(self.tiles) < count:
            tile = RewardTile()
            tile.clicked.connect(lambda _=False, t=tile: self.reward_chosen.emit(t.item_id))
            index = len(self.tiles)
            self.tiles_grid.addWidget(tile, index // 2, index % 2)
            self.tiles.append(tile)
        for index, tile in enumerate(self.tiles):
            if index >= count and not tile.isHidden():
                tile.fill("", "", "", "", False, item_id=0)  # nothing of the last customer stays
            show_if(tile, index < count)
        self.shown_tiles = count

    def visible_tiles(self) -> list[RewardTile]:
        """The tiles standing for this customer's rewards, in order."""
        return self.tiles[: self.shown_tiles]

    def _fill_tiles(self, view: MemberView) -> None:
        spend = may_spend(view)
        for tile, reward in zip(self.visible_tiles(), view.rewards, strict=True):
            name, description = localized(reward, language())
            if reward.tier_locked:
                note = self.tr("For %1 members and above").replace("%1", tier_name(reward.min_tier))
            elif not reward.affordable:
                note = self.tr("%n more point(s) needed", "", reward.missing_points).replace(
                    str(reward.missing_points), number_text(reward.missing_points))
            elif reward.stock is not None and reward.stock <= 10:
                note = self.tr("Only %n left", "", reward.stock)
            else:
                note = ""
            tile.fill(name, description, points(reward.cost), note,
                      spend and reward.affordable and not reward.tier_locked, item_id=reward.id)

    def retranslate(self) -> None:
        set_text(self.done_button, self.tr("Done"), self.tr("Done, back to the start"))
        set_text(self.balance_caption, self.tr("Your points"))
        set_text(self.rewards_title, self.tr("Rewards"))
        set_text(self.recent_title, self.tr("Recent activity"))
        set_text(self.donate_button, self.tr("Give points to a good cause"))
        self._mark_language()
        view = self.view
        if view is None:
            return
        set_text(self.greeting, self.tr("Hello, %1!").replace("%1", view.first_name))
        masked = getattr(view, "phone_masked", "")
        set_text(self.found_by, self.tr("Phone %1").replace("%1", masked_number(masked))
                 if masked else "")
        show_if(self.found_by, bool(masked))
        self.balance.setText(number_text(view.balance))
        self.balance.setAccessibleName(self.tr("Balance: %1").replace("%1", points(view.balance)))
        offline = getattr(view, "as_of", None) is not None
        set_text(self.as_of_note,
                 self.tr("Points from the last few minutes may not show yet.") if offline else "")
        show_if(self.as_of_note, offline)
        tier = view.tier
        set_text(self.tier_badge, tier_name(tier.tier),
                 self.tr("Tier: %1").replace("%1", tier_name(tier.tier)))
        self.tier_progress.setValue(round(tier.progress * 1000))
        self.tier_progress.setAccessibleName(
            self.tr("Progress to the next tier: %1 percent").replace(
                "%1", str(round(tier.progress * 100))
            )
        )
        set_text(self.tier_text, tier_sentence(tier))
        if view.birthday_bonus:
            set_text(self.birthday, self.tr("Happy birthday! We added %1 to your card.").replace(
                "%1", points(view.birthday_bonus)))
        show_if(self.birthday, bool(view.birthday_bonus))
        if view.expiring:
            soonest = view.expiring[0]
            set_text(self.expiring, self.tr("%1 expire on %2. Use them before then!")
                     .replace("%1", points(soonest.points))
                     .replace("%2", short_date(soonest.expires_at)))
        show_if(self.expiring, bool(view.expiring))
        spend = may_spend(view)
        set_text(self.spend_note, "" if spend else self.tr(
            "Found by phone number: scan your card to use your points."))
        show_if(self.spend_note, not spend)
        rows, spoken = [], []
        for activity in view.recent[:RECENT_ROWS]:
            when = short_date(activity.when)
            what = activity_line(activity.kind, activity.reference, view.rewards, view.causes)
            change = ("+" if activity.points > 0 else "−") + number_text(abs(activity.points))
            rows.append(f"<tr><td style='padding-right:12px; white-space:nowrap'>"
                        f"{html.escape(when)}</td><td>{html.escape(what)}</td>"
                        f"<td align='right' style='padding-left:12px; white-space:nowrap'>"
                        f"{html.escape(change)}</td></tr>")
            spoken.append(f"{when}, {what}, {change}")
        if rows:
            self.recent.setText(f"<table width='100%'>{''.join(rows)}</table>")
            self.recent.setAccessibleName("; ".join(spoken))
        else:
            set_text(self.recent, self.tr("No activity yet."))
        show_if(self.recent_title, spend)
        show_if(self.recent, spend)
        self._fill_tiles(view)
        show_if(self.donate_button, bool(view.causes))
        self.donate_button.setEnabled(spend and view.balance > 0)

    def clear(self) -> None:
        self.view = None
        self._place_tiles(0)
        for widget in (self.greeting, self.found_by, self.balance, self.tier_badge,
                       self.tier_text, self.birthday, self.expiring, self.recent, self.spend_note):
            widget.clear()
            widget.setAccessibleName("")
        self.tier_progress.setValue(0)
        for widget in (self.birthday, self.expiring, self.spend_note, self.found_by):
            widget.hide()
        self.retranslate()

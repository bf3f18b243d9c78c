"""The attract screen: logo, "Scan your card", the phone keypad, language and display options."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
)

from ui.i18n import NATIVE_NAMES
from ui.screens.base import Screen, button, label, restyle, set_text
from ui.widgets.hold import HoldButton
from ui.widgets.scan_hint import ScanHint

LOGO = Path(__file__).resolve().parents[2] / "assets" / "logo.png"
STACKED_LOGO = 0.6  # the logo's share of its height when the options need two rows
DEMO_COLUMNS = 4  # demo cards in rows of four when one row would clip their captions


class AttractScreen(Screen):
    """Waits for a scan; offers the phone keypad, languages, high contrast and larger text."""

    phone_requested = Signal()
    language_chosen = Signal(str)
    high_contrast_toggled = Signal(bool)
    large_text_toggled = Signal(bool)
    demo_scan = Signal(str)

    def __init__(self, shop_name: str, languages: list[str], scanner_side: str = "below") -> None:
        super().__init__()
        self.setObjectName("attract")
        self.shop_name = shop_name
        self.logo = HoldButton()
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._logo_pixmap = QPixmap(str(LOGO))
        self.shop = label("title", shop_name, center=True)
        self.scan_title = label("huge", center=True)
        self.scan_hint = ScanHint(scanner_side)
        self.where = label("subtitle", center=True)
        self.phone_button = button("primary")
        self.phone_button.clicked.connect(self.phone_requested)
        self.language_buttons: dict[str, object] = {}
        self._language_group = QButtonGroup(self)
        self._language_group.setExclusive(True)
        languages_row = QHBoxLayout()
        for code in languages:
            choice = button("lang", NATIVE_NAMES.get(code, code))
            choice.setCheckable(True)
            # a language name is short: it keeps its own width, the display toggles take the rest
            choice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            choice.setChecked(code == languages[0])
            choice.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self._language_group.addButton(choice)
            self.language_buttons[code] = choice
            languages_row.addWidget(choice)
        self.contrast_button = button("toggle")
        self.contrast_button.setCheckable(True)
        self.contrast_button.toggled.connect(self.high_contrast_toggled)
        self.text_button = button("toggle")
        self.text_button.setCheckable(True)
        self.text_button.toggled.connect(self.large_text_toggled)
        display_row = QHBoxLayout()
        display_row.addWidget(self.contrast_button)
        display_row.addWidget(self.text_button)
        # languages and display choices side by side, or stacked when long words do not fit
        self.options_box = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.options_box.setSpacing(24)
        self.options_box.addLayout(languages_row)
        self.options_box.addLayout(display_row)
        self.devices = label("status", center=True)
        self.demo_title = label("muted", center=True)
        self.demo_grid = QGridLayout()
        self.demo_buttons: list[tuple[object, str]] = []
        self._logo_height = 0
        self._demo_columns = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 8, 32, 6)
        layout.setSpacing(4)
        layout.addWidget(self.logo)
        layout.addWidget(self.shop)
        layout.addWidget(self.scan_title)
        layout.addWidget(self.scan_hint, 3)
        layout.addWidget(self.where)
        layout.addWidget(self.phone_button)
        layout.addSpacing(8)
        layout.addLayout(self.options_box)
        layout.addWidget(self.demo_title)
        layout.addLayout(self.demo_grid)
        layout.addWidget(self.devices)
        self.demo_title.hide()
        self.retranslate()

    def set_logo_height(self, height: int) -> None:
        """Scale the logo for the window size (smaller while the options take two rows)."""
        self._logo_height = height
        self._show_logo()

    def _show_logo(self) -> None:
        height = self._logo_height
        if self.options_box.direction() == QBoxLayout.Direction.TopToBottom:
            height = round(height * STACKED_LOGO)
        if not self._logo_pixmap.isNull() and height > 0:
            self.logo.setPixmap(
                self._logo_pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
            )

    def set_language(self, code: str) -> None:
        """Show which language is chosen."""
        choice = self.language_buttons.get(code)
        if choice is not None:
            choice.setChecked(True)  # type: ignore[attr-defined]

    def set_display_options(self, high_contrast: bool, large_text: bool) -> None:
        """Show the display choices without emitting signals."""
        pairs = ((self.contrast_button, high_contrast), (self.text_button, large_text))
        for widget, value in pairs:
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        self.fit_options()

    def set_device_problems(self, problems: list[str]) -> None:
        """A discreet line naming devices that need attention (empty: all is well)."""
        self.devices.setText("  ·  ".join(problems))
        kind = "warning" if problems else "status"
        if self.devices.property("kind") != kind:  # a restyle is not free: only on a change
            restyle(self.devices, kind)
        if self.devices.isHidden() == bool(problems):
            self.devices.setVisible(bool(problems))

    def set_demo_cards(self, cards: list[tuple[str, str]]) -> None:
        """Buttons that scan demo cards through the simulated scanner.

        A caption of "@unknown", "@misread" or "@staff" is shown translated ("A new card", ...).
        """
        for index, (caption, code) in enumerate(cards):
            demo = button("", caption)
            demo.setProperty("caption", caption)
            demo.clicked.connect(lambda _=False, c=code: self.demo_scan.emit(c))
            demo.setProperty("kind", "small")
            self.demo_grid.addWidget(demo, 0, index)
            self.demo_buttons.append((demo, code))
        self.retranslate()

    def fit_options(self) -> None:
        """Stack the display choices under the languages when one row would clip their words."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        buttons = [*self.language_buttons.values(), self.contrast_button, self.text_button]
        needed = sum(b.sizeHint().width() for b in buttons) + 8 * len(buttons) + 24  # type: ignore[attr-defined]
        direction = (QBoxLayout.Direction.LeftToRight if needed <= room
                     else QBoxLayout.Direction.TopToBottom)
        if self.options_box.direction() != direction:
            self.options_box.setDirection(direction)
            self._show_logo()
        stacked = direction == QBoxLayout.Direction.TopToBottom
        # two rows of options: the room comes from the demo title, the spacing and the shop's
        # name under a logo that already carries it
        self.demo_title.setVisible(bool(self.demo_buttons) and not stacked)
        self.options_box.setSpacing(6 if stacked else 24)
        self.shop.setVisible(not (stacked and not self._logo_pixmap.isNull()))
        demos = [demo for demo, _code in self.demo_buttons]
        needed = sum(demo.sizeHint().width() for demo in demos) + 8 * len(demos)  # type: ignore[attr-defined]
        columns = len(demos) if needed <= room else DEMO_COLUMNS
        if demos and self._demo_columns != columns:
            self._demo_columns = columns
            for index, demo in enumerate(demos):
                self.demo_grid.removeWidget(demo)  # type: ignore[arg-type]
                self.demo_grid.addWidget(demo, index // columns, index % columns)  # type: ignore[arg-type]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # the options fit by width alone
            self.fit_options()

    def showEvent(self, event: object) -> None:
        self.fit_options()
        self.scan_hint.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:
        self.scan_hint.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self.logo.setAccessibleName(self.tr("%1 logo").replace("%1", self.shop_name))
        self.shop.setAccessibleName(self.shop_name)
        set_text(self.scan_title, self.tr("Scan your card"))
        sides = {
            "below": self.tr("Hold your card's barcode under the scanner below the screen."),
            "left": self.tr("Hold your card's barcode in front of the scanner on the left."),
            "right": self.tr("Hold your card's barcode in front of the scanner on the right."),
        }
        set_text(self.where, sides.get(self.scan_hint.side, sides["below"]))
        self.scan_hint.setAccessibleName(self.tr("Animation: a card moving to the scanner"))
        set_text(self.phone_button, self.tr("No card? Use your phone number"))
        set_text(self.contrast_button, self.tr("High contrast"))
        set_text(self.text_button, self.tr("Larger text"))
        self.fit_options()
        for code, choice in self.language_buttons.items():
            choice.setAccessibleName(  # type: ignore[attr-defined]
                self.tr("Language: %1").replace("%1", NATIVE_NAMES.get(code, code))
            )
        self.demo_title.setText(self.tr("Demo: tap a card to scan it with the simulated scanner"))
        special = {"@unknown": self.tr("A new card"), "@misread": self.tr("A misread scan"),
                   "@staff": self.tr("Staff card")}
        for demo, _code in self.demo_buttons:
            caption = demo.property("caption")  # type: ignore[attr-defined]
            set_text(demo, special.get(caption, caption))  # type: ignore[arg-type]
        self.devices.setAccessibleName(self.tr("Device status"))

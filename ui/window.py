"""The kiosk window: every screen in a stack, a slim top bar, kiosk-mode locks and the theme."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.screens.attract import AttractScreen
from ui.screens.base import Screen, label
from ui.screens.confirm import ConfirmScreen
from ui.screens.donate import DonateScreen
from ui.screens.enrol import EnrolScreen
from ui.screens.member import MemberScreen
from ui.screens.message import MessageScreen
from ui.screens.phone import PhoneScreen
from ui.screens.printing import PrintingScreen
from ui.screens.result import ResultScreen
from ui.shell.fit import ScreenFit
from ui.staff.login import StaffLoginScreen
from ui.theme import palette_for, sizes_for, stylesheet

BLOCKED_KEYS = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_F4,
    Qt.Key.Key_F11,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Menu,
    Qt.Key.Key_Meta,
    Qt.Key.Key_Super_L,
    Qt.Key.Key_Super_R,
}


@dataclass(frozen=True)
class WindowOptions:
    """How the window looks and behaves, from the configuration and the command line."""

    shop_name: str = "Corner Market"
    languages: list[str] = field(default_factory=lambda: ["en", "tr", "ru"])
    fullscreen: bool = True
    high_contrast: bool = False
    large_text: bool = False
    scanner_side: str = "below"
    minor_digits: int = 2
    currency_symbol: str = "£"
    hide_cursor: bool = True


class KioskWindow(QWidget):
    """Holds the screens; knows nothing about members, only how to show and lock."""

    def __init__(self, options: WindowOptions) -> None:
        super().__init__()
        self.options = options
        self.allow_close = not options.fullscreen
        self.high_contrast = options.high_contrast
        self.large_text = options.large_text
        self.setObjectName("kiosk-window")
        self.setWindowTitle(options.shop_name)
        self.design_size = QSize(1024, 768)
        self.shop_label = label("muted", options.shop_name)
        self.countdown = label("countdown")
        self.countdown.hide()
        self.notice = label("warning", wrap=False, center=True)  # a device problem to know
        self.notice.hide()
        self.top_bar = QWidget()
        top = QHBoxLayout(self.top_bar)
        top.setContentsMargins(16, 4, 16, 0)
        top.addWidget(self.shop_label, 1)
        top.addWidget(self.notice, 2)
        top.addWidget(self.countdown)
        self.stack = QStackedWidget()
        self.attract = AttractScreen(options.shop_name, options.languages, options.scanner_side)
        self.phone = PhoneScreen()
        self.message = MessageScreen()
        self.enrol = EnrolScreen(options.languages)
        self.member = MemberScreen(options.minor_digits, options.currency_symbol)
        self.confirm = ConfirmScreen()
        self.printing = PrintingScreen()
        self.result = ResultScreen()
        self.donate = DonateScreen()
        self.staff = StaffLoginScreen(options.languages)
        self._screens: list[Screen] = [
            self.attract, self.phone, self.message, self.enrol, self.member, self.confirm,
            self.printing, self.result, self.donate, self.staff,
        ]
        for screen in self._screens:
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.stack, 1)
        self._theme_timer = QTimer(self)
        self._theme_timer.setSingleShot(True)
        self._theme_timer.setInterval(50)
        self._theme_timer.timeout.connect(self.apply_theme)
        if options.fullscreen:
            self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.Window)
            if options.hide_cursor:
                self.setCursor(Qt.CursorShape.BlankCursor)

    def screens(self) -> list[Screen]:
        return list(self._screens)

    def add_screen(self, screen: Screen) -> None:
        """A screen built elsewhere (the staff area) joins the stack."""
        self._screens.append(screen)
        self.stack.addWidget(screen)

    def current(self) -> Screen:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def show_screen(self, screen: Screen) -> None:
        if self.stack.currentWidget() is not screen:
            self.stack.setCurrentWidget(screen)
        self.top_bar.setVisible(screen is not self.attract)

    def start(self) -> None:
        """Show full-screen (kiosk) or as a normal window (development)."""
        if self.options.fullscreen:
            self.design_size = self.screen().geometry().size()
            self.fit = ScreenFit(self, self._fitted)
            self.fit.start()
        else:
            self.resize(self.design_size)
            self.show()
        self.apply_theme()

    def set_display(self, high_contrast: bool, large_text: bool) -> None:
        self.high_contrast, self.large_text = high_contrast, large_text
        self.apply_theme()

    def apply_theme(self) -> None:
        """Restyle for the current window size, contrast and text size."""
        height = max(min(self.design_size.height(), self.design_size.width() * 3 // 4), 600)
        palette = palette_for(self.high_contrast)
        sizes = sizes_for(height, self.large_text)
        sheet = stylesheet(palette, sizes)
        if sheet != self.styleSheet():  # one sheet at the window: 5-8x faster than app-wide
            self.setStyleSheet(sheet)
        self.attract.set_logo_height(round(height * 0.11))
        self.attract.set_display_options(self.high_contrast, self.large_text)
        self.attract.scan_hint.set_colors(palette.primary, "#e53935", palette.text)
        for spinner in (self.printing.spinner, self.message.spinner):
            spinner.set_color(palette.primary)

    def _fitted(self, size: QSize) -> None:
        if size != self.design_size:
            self.design_size = size
            self._theme_timer.start()

    def set_design_size(self, width: int, height: int) -> None:
        """The size the window is made for: sizes and fonts follow it, not the other way round."""
        self.design_size = QSize(width, height)
        self.resize(self.design_size)
        self._theme_timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.options.fullscreen and (
            event.key() in BLOCKED_KEYS or event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            event.ignore()

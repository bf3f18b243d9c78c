"""The kiosk window: every screen in a stack, a slim top bar, kiosk-mode locks and the theme."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.screens.attract import AttractScreen
from ui.screens.base import Screen, label
from ui.shell.fit import ScreenFit
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


def _build_screen(name: str, options: WindowOptions) -> Screen:
    """Make one of the window's screens (its module is imported only now)."""
    if name == "phone":
        from ui.screens.phone import PhoneScreen

        return PhoneScreen()
    if name == "message":
        from ui.screens.message import MessageScreen

        return MessageScreen()
    if name == "enrol":
        from ui.screens.enrol import EnrolScreen

        return EnrolScreen(options.languages)
    if name == "member":
        from ui.screens.member import MemberScreen

        return MemberScreen(options.minor_digits, options.currency_symbol)
    if name == "confirm":
        from ui.screens.confirm import ConfirmScreen

        return ConfirmScreen()
    if name == "printing":
        from ui.screens.printing import PrintingScreen

        return PrintingScreen()
    if name == "result":
        from ui.screens.result import ResultScreen

        return ResultScreen()
    if name == "donate":
        from ui.screens.donate import DonateScreen

        return DonateScreen()
    if name == "staff":
        from ui.staff.login import StaffLoginScreen

        return StaffLoginScreen(options.languages)
    raise KeyError(name)


class LazyScreen:
    """A screen of the window made at its first use (or while the start screen is idle)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: Any, owner: type | None = None) -> Any:
        if window is None:
            return self
        return window.screen_named(self.name)


BUILD_GAP_MS = 30  # between two screens made while idle: a scan in between waits for one only
LAZY_SCREENS = ("member", "message", "phone", "result", "confirm", "printing", "donate", "enrol",
                "staff")


class KioskWindow(QWidget):
    """Holds the screens; knows nothing about members, only how to show and lock."""

    first_painted = Signal()  # once, after the first paint has returned to the event loop

    phone = LazyScreen()
    message = LazyScreen()
    enrol = LazyScreen()
    member = LazyScreen()
    confirm = LazyScreen()
    printing = LazyScreen()
    result = LazyScreen()
    donate = LazyScreen()
    staff = LazyScreen()

    def __init__(self, options: WindowOptions) -> None:
        super().__init__()
        self.options = options
        self.allow_close = not options.fullscreen
        self.high_contrast = options.high_contrast
        self.large_text = options.large_text
        self.painted = False
        self._forwarding_key = False
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
        self._screens: list[Screen] = [self.attract]
        self._named: dict[str, Screen] = {}
        self._settled = False
        self._when_built: dict[str, list[Callable[[Any], None]]] = {}
        self.stack.addWidget(self.attract)
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
        """Every screen, making those not built yet."""
        for name in LAZY_SCREENS:
            self.screen_named(name)
        return list(self._screens)

    def built_screens(self) -> list[Screen]:
        """The screens made so far (one not made yet has nothing of anybody on it)."""
        return list(self._screens)

    def screen_named(self, name: str) -> Any:
        """A screen by its attribute name, made (and its hooks run) on first use."""
        screen = self._named.get(name)
        if screen is None:
            screen = _build_screen(name, self.options)
            self._named[name] = screen
            self._screens.append(screen)
            self.stack.addWidget(screen)
            if name in ("printing", "message"):
                screen.spinner.set_color(palette_for(self.high_contrast).primary)  # type: ignore[attr-defined]
            for hook in self._when_built.pop(name, []):
                hook(screen)
        return screen

    def when_built(self, name: str, hook: Callable[[Any], None]) -> None:
        """Run hook(screen) once the named screen exists (now, if it already does)."""
        screen = self._named.get(name)
        if screen is not None:
            hook(screen)
        else:
            self._when_built.setdefault(name, []).append(hook)

    def build_remaining(self) -> None:
        """Make the screens not built yet, one per turn of the event loop (after first paint)."""
        missing = [name for name in LAZY_SCREENS if name not in self._named]
        if missing:
            self.screen_named(missing[0])
            QTimer.singleShot(BUILD_GAP_MS, self.build_remaining)
        elif not self._settled:
            # everything made so far lives as long as the kiosk: the collector stops walking it
            # (a full collection over every widget's wrapper would otherwise pause a scan)
            self._settled = True
            gc.collect()
            gc.freeze()

    def add_screen(self, screen: Screen) -> None:
        """A screen built elsewhere (the staff area) joins the stack."""
        self._screens.append(screen)
        self.stack.addWidget(screen)

    def current(self) -> Screen:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def show_screen(self, screen: Screen) -> None:
        bar = screen is not self.attract
        if bar and self.top_bar.isHidden():
            self.top_bar.show()  # before the screen: it is laid out once, at its final height
        if self.stack.currentWidget() is not screen:
            self.stack.setCurrentWidget(screen)
        if not bar and not self.top_bar.isHidden():
            self.top_bar.hide()

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
        for name in ("printing", "message"):
            if name in self._named:
                self._named[name].spinner.set_color(palette.primary)  # type: ignore[attr-defined]

    def _fitted(self, size: QSize) -> None:
        if size != self.design_size:
            self.design_size = size
            self._theme_timer.start()

    def set_design_size(self, width: int, height: int) -> None:
        """The size the window is made for: sizes and fonts follow it, not the other way round."""
        self.design_size = QSize(width, height)
        self.resize(self.design_size)
        self._theme_timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.options.fullscreen and (
            event.key() in BLOCKED_KEYS or event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            event.accept()
            return
        screen = self.stack.currentWidget()
        if not self._forwarding_key and screen is not None and not screen.hasFocus():
            # a keyboard's key with no focused widget to take it (the window is not the active
            # one, as with no window manager): the screen showing decides, as if it had focus
            self._forwarding_key = True
            try:
                QApplication.sendEvent(screen, event)
            finally:
                self._forwarding_key = False
            if event.isAccepted():
                return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
        else:
            event.ignore()

"""Sizes a kiosk window to the whole screen it is on, with or without a window manager."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, QRect, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QLayout, QWidget


class ScreenFit(QObject):
    """Full screen by geometry, not only by request, and again when the screen changes.

    `showFullScreen()` only asks a window manager; on a bare X server or under a kiosk
    compositor the window keeps its own size, so the geometry is set to the screen's as well.
    """

    def __init__(self, window: QWidget, resized: Callable[[QSize], None]) -> None:
        super().__init__(window)
        self.window = window
        self.resized = resized
        self.screen: QScreen | None = None

    def start(self) -> None:
        """Show the window over the whole of its screen and follow that screen from now on."""
        layout = self.window.layout()
        if layout is not None:  # the screen decides the size, even when it is small
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        screen = self.window.screen()
        self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()
        handle = self.window.windowHandle()
        if handle is not None:
            handle.screenChanged.connect(self._moved)
        self._moved(screen)

    def _moved(self, screen: QScreen | None) -> None:
        if self.screen is not None:
            with suppress(RuntimeError, TypeError):  # that screen may be unplugged and gone
                self.screen.geometryChanged.disconnect(self._fit)
        self.screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._fit)
            self._fit(screen.geometry())

    def _fit(self, geometry: QRect) -> None:
        if self.window.geometry() != geometry:
            self.window.setGeometry(geometry)
        self.resized(geometry.size())

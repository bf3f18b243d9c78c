"""The kiosk window covers the whole screen it is on, whatever the window manager does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from ui.window import KioskWindow, WindowOptions

pytestmark = pytest.mark.gui


def test_the_full_screen_window_has_the_screens_geometry(qtbot: QtBot) -> None:
    window = KioskWindow(WindowOptions(fullscreen=True, hide_cursor=False))
    qtbot.addWidget(window)
    window.start()
    qtbot.waitExposed(window)
    screen = window.screen()
    try:
        assert window.geometry() == screen.geometry()
        assert window.geometry() == screen.availableGeometry()
        assert window.design_size == screen.geometry().size()
        window.fit._fit(QRect(0, 0, 1920, 1080))  # the screen changed size (a new monitor mode)
        assert window.design_size == QSize(1920, 1080)
        assert window.geometry().size() == QSize(1920, 1080)
    finally:
        window.allow_close = True
        window.close()


def test_a_development_window_keeps_its_design_size(qtbot: QtBot) -> None:
    window = KioskWindow(WindowOptions(fullscreen=False))
    qtbot.addWidget(window)
    window.start()
    qtbot.waitExposed(window)
    assert window.size() == QSize(1024, 768)
    window.close()

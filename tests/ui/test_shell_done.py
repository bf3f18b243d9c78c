"""After Done or an idle reset the next screen painted is the start screen, never an empty one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ALEX, KioskFactory, idle_seconds, wait_for_screen, wait_idle
from ui.app import Kiosk

pytestmark = pytest.mark.gui


class PaintLog(QObject):
    """Records which of the window's screens each painted widget belongs to."""

    def __init__(self, kiosk: Kiosk) -> None:
        super().__init__()
        self.screens = kiosk.window.screens()
        self.painted: list[str] = []
        self.armed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            for screen in self.screens:
                if screen is watched or screen.isAncestorOf(watched):
                    if not self.painted or self.painted[-1] != screen.objectName():
                        self.painted.append(screen.objectName())
                    break
        return False


def _first_screen_painted(qtbot: QtBot, kiosk: Kiosk, action: object,
                          arm: object = None) -> list[str]:
    """The screens painted after `action`; with `arm` (a signal), only after it fires."""
    log = PaintLog(kiosk)
    if arm is not None:
        log.armed = False
        arm.connect(lambda: setattr(log, "armed", True))  # type: ignore[attr-defined]
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(log)
    try:
        action()  # type: ignore[operator]
        qtbot.waitUntil(lambda: bool(log.painted), timeout=5_000)
        qtbot.wait(100)
    finally:
        app.removeEventFilter(log)
    return log.painted


@pytest.mark.parametrize("display", ["plain", "high_contrast", "large_text"])
def test_done_paints_the_start_screen_first(
    qtbot: QtBot, make_kiosk: KioskFactory, display: str
) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    window.set_display(display == "high_contrast", display == "large_text")
    qtbot.wait(100)
    kiosk.shell.customer.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    done = window.member.done_button
    # QTest repaints the released button before it delivers the release: measure from the
    # button's released signal, which comes just before its clicked (Done)
    painted = _first_screen_painted(
        qtbot, kiosk, lambda: qtbot.mouseClick(done, Qt.MouseButton.LeftButton),
        arm=done.released)
    assert painted[0] == "attract", painted
    assert "member" not in painted
    assert (window.high_contrast, window.large_text) == (False, False)


def test_an_idle_reset_paints_the_start_screen_first(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk(ui={"idle_timeout_s": 10})
    kiosk.shell.customer.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    idle_seconds(kiosk, 9)
    qtbot.wait(100)
    painted = _first_screen_painted(qtbot, kiosk, lambda: idle_seconds(kiosk, 1))
    assert painted[0] == "attract", painted
    assert "member" not in painted

"""Helpers for staff-mode screen tests: log in by touching the screen, open a page, type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.context import Context
from kiosk.roles import OWNER
from tests.ui.conftest import wait_for_screen, wait_idle
from ui.app import Kiosk
from ui.staff.page import StaffPage


def shop(kiosk: Kiosk) -> Context:
    """The shop owner's context (the command line's), for a test's own set-up."""
    return kiosk.journey.ctx.as_staff("cli:test", OWNER)


def log_in(qtbot: QtBot, kiosk: Kiosk, name: str, pin: str) -> None:
    """Hold the logo, touch the name, type the PIN on the pad."""
    kiosk.journey.desk.begin()
    login = kiosk.window.staff
    qtbot.waitUntil(lambda: bool(login.name_buttons), timeout=5_000)
    choice = next(b for b in login.name_buttons if b.text() == name)
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    type_pin(qtbot, kiosk, pin)


def type_pin(qtbot: QtBot, kiosk: Kiosk, pin: str) -> None:
    login = kiosk.window.staff
    for digit in pin:
        qtbot.mouseClick(login.keypad.digit_keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(login.keypad.accept_key, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, kiosk)


def logged_in(qtbot: QtBot, kiosk: Kiosk, name: str, pin: str) -> None:
    log_in(qtbot, kiosk, name, pin)
    wait_for_screen(qtbot, kiosk, "staff-area", timeout=5_000)


def open_page(qtbot: QtBot, kiosk: Kiosk, cls: type[StaffPage]) -> StaffPage:
    """Touch the page's button in the navigation."""
    area = kiosk.journey.desk.area
    page = area.page_of(cls)
    qtbot.mouseClick(area.nav_buttons[page], Qt.MouseButton.LeftButton)
    assert area.current_page() is page
    wait_idle(qtbot, kiosk)
    return page


def click(qtbot: QtBot, kiosk: Kiosk, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, kiosk)

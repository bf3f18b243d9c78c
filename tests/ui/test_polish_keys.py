"""A physical keyboard on the customer keypads: digits, Backspace and Enter, as on the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import KioskFactory, wait_for_screen, wait_idle
from tests.ui.test_customer_screens import _start_enrolment
from ui.app import Kiosk

pytestmark = pytest.mark.gui

ALEX_PHONE = "07700900001"
HUMAN_GAP_MS = 180  # a person on a USB keyboard, far slower than a wedge scanner's burst
KEYS = {"\r": (Qt.Key.Key_Return, "\r"), "\b": (Qt.Key.Key_Backspace, "\b")}


class Person:
    """Types on a USB keyboard at human speed; keys go where the window's focus sends them."""

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.now = 5_000_000

    def type(self, text: str) -> None:
        for char in text:
            key, sent = KEYS.get(char, (Qt.Key(ord(char)), char))
            target = QApplication.focusWidget() or self.kiosk.window
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, sent)
                event.setTimestamp(self.now)
                QApplication.sendEvent(target, event)
            self.now += HUMAN_GAP_MS


def _phone_screen(qtbot: QtBot, kiosk: Kiosk) -> None:
    wait_idle(qtbot, kiosk)
    kiosk.window.activateWindow()
    qtbot.mouseClick(kiosk.window.attract.phone_button, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "phone")
    qtbot.waitUntil(lambda: kiosk.window.phone.isVisible(), timeout=5_000)


def test_a_keyboard_types_corrects_and_submits_the_phone_number(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    _phone_screen(qtbot, kiosk)
    person = Person(kiosk)
    person.type(ALEX_PHONE + "9\b")
    assert kiosk.window.phone.phone_digits == ALEX_PHONE
    person.type("\r")
    wait_for_screen(qtbot, kiosk, "member")


def test_enter_moves_on_to_the_pin_and_submits_it(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk(security={"phone_lookup_pin": True})
    _phone_screen(qtbot, kiosk)
    phone = kiosk.window.phone
    person = Person(kiosk)
    person.type(ALEX_PHONE + "\r")
    assert phone.stage == "pin"
    person.type("12345\b\r")
    wait_for_screen(qtbot, kiosk, "member")


def test_enter_on_a_short_number_does_nothing(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    _phone_screen(qtbot, kiosk)
    Person(kiosk).type("0770\r")
    wait_idle(qtbot, kiosk)
    assert kiosk.window.current() is kiosk.window.phone
    assert kiosk.window.phone.phone_digits == "0770"


def test_the_enrolment_keypad_steps_take_a_keyboard(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    kiosk.window.activateWindow()
    _start_enrolment(qtbot, kiosk)
    enrol = kiosk.window.enrol
    person = Person(kiosk)
    person.type("Alex Doe\r")  # Enter on the name goes on, as the keyboard's Next does
    assert enrol.step == "phone"
    person.type("077009\b00123\r")
    assert enrol.step == "birthday"
    person.type("1503199\b90")
    assert enrol.number_display.text() == "15.03.1990"
    person.type("\r")
    assert enrol.step not in ("name", "phone", "birthday")
    assert enrol.form().name == "Alex Doe"

"""The input router: keyboard-wedge bursts as USB scanners type them, with Shift for capitals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import (
    ALEX,
    CLERK,
    CLERK_PIN,
    MANAGER,
    KioskFactory,
    wait_for_screen,
    wait_idle,
)
from tests.ui.staff_helpers import logged_in, open_page
from ui.app import Kiosk
from ui.shell.router import InputRouter
from ui.shell.wedge import Burst
from ui.staff.pages.counter import PurchasePage
from ui.staff.pages.vouchers import VoucherPage

pytestmark = pytest.mark.gui

KEYS = {"-": Qt.Key.Key_Minus, "\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}


class Wedge:
    """Types like a USB keyboard-wedge scanner: Shift down and up around every capital."""

    def __init__(self, start_ms: int = 1_000_000) -> None:
        self.now = start_ms

    def _send(self, target: QObject, kind: QEvent.Type, key: Qt.Key, shift: bool, text: str
              ) -> None:
        modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        event = QKeyEvent(kind, key, modifiers, text)
        event.setTimestamp(self.now)
        QApplication.sendEvent(target, event)

    def type(self, target: QObject, text: str, gap_ms: int = 8, suffix: str = "\r") -> None:
        for char in text + suffix:
            key = KEYS.get(char) or Qt.Key(ord(char.upper()))
            shift = char.isupper()
            if shift:
                self._send(target, QEvent.Type.KeyPress, Qt.Key.Key_Shift, True, "")
                self.now += 2
            self._send(target, QEvent.Type.KeyPress, key, shift, char)
            self.now += 2
            self._send(target, QEvent.Type.KeyRelease, key, shift, char)
            if shift:
                self.now += 1
                self._send(target, QEvent.Type.KeyRelease, Qt.Key.Key_Shift, False, "")
            self.now += gap_ms


def _focus(qtbot: QtBot, kiosk: Kiosk, field: QWidget) -> None:
    kiosk.window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=5_000)


def test_a_burst_with_capitals_and_shift_is_one_code(qapp: QApplication) -> None:
    router = InputRouter(max_gap_ms=50, min_length=6)
    codes: list[str] = []
    router.scanned.connect(codes.append)
    target = QWidget()
    qapp.installEventFilter(router)
    try:
        Wedge().type(target, "STAFF-0001")
        Wedge().type(target, "SP0EWHGE0T92H", suffix="\t")
        Wedge().type(target, "ab-C12", gap_ms=120)  # a person typing: too slow
    finally:
        qapp.removeEventFilter(router)
    assert codes == ["STAFF-0001", "SP0EWHGE0T92H"]


def test_burst_timing_and_length_come_from_the_settings() -> None:
    burst = Burst(max_gap_ms=20, min_length=4)
    for index, char in enumerate("AB-1"):
        burst.key(char, index * 15.0)
    assert burst.end(60.0) == "AB-1"
    for index, char in enumerate("AB-1"):
        burst.key(char, index * 25.0)
    assert burst.end(100.0) is None  # one gap over 20 ms: typed by a person
    for index, char in enumerate("AB1"):
        burst.key(char, index * 5.0)
    assert burst.end(15.0) is None  # shorter than four


def test_a_staff_card_typed_by_a_wedge_scanner_opens_that_persons_pin(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    wait_idle(qtbot, kiosk)
    Wedge().type(kiosk.window, "STAFF-0001")
    wait_for_screen(qtbot, kiosk, "staff-login")
    qtbot.waitUntil(lambda: kiosk.window.staff.staff_name == MANAGER, timeout=5_000)


def test_slow_typing_is_not_a_scan(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    wait_idle(qtbot, kiosk)
    Wedge().type(kiosk.window, "STAFF-0001", gap_ms=150)
    Wedge().type(kiosk.window, ALEX, gap_ms=110)
    qtbot.wait(300)
    wait_idle(qtbot, kiosk)
    assert kiosk.window.current() is kiosk.window.attract


def test_a_wedge_scanned_receipt_stays_in_the_receipt_field(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    page = open_page(qtbot, kiosk, PurchasePage)
    _focus(qtbot, kiosk, page.who)  # type: ignore[attr-defined]
    Wedge().type(page.who, ALEX)  # type: ignore[attr-defined]  # not a code field: a card scan
    qtbot.waitUntil(lambda: page.member is not None, timeout=5_000)  # type: ignore[attr-defined]
    member = page.member  # type: ignore[attr-defined]
    receipt: QLineEdit = page.receipt_field  # type: ignore[attr-defined]
    _focus(qtbot, kiosk, receipt)
    Wedge().type(receipt, "R-7001-B")
    wait_idle(qtbot, kiosk)
    assert receipt.text() == "R-7001-B"
    assert page.member is member  # type: ignore[attr-defined]
    assert page.who.text() == ALEX  # type: ignore[attr-defined]


def test_a_wedge_scanned_voucher_code_stays_in_the_voucher_field(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    page = open_page(qtbot, kiosk, VoucherPage)
    field: QLineEdit = page.code_field  # type: ignore[attr-defined]
    _focus(qtbot, kiosk, field)
    Wedge().type(field, "SP0EWHGE0T92H")
    wait_idle(qtbot, kiosk)
    assert field.text() == "SP0EWHGE0T92H"
    assert kiosk.shell.desk.area.current_page() is page
    qtbot.waitUntil(lambda: page.verdict.text() != "", timeout=5_000)  # type: ignore[attr-defined]

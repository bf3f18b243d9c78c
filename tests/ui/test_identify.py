"""Identifying a customer: a pty scanner, a keyboard-wedge burst, the phone keypad, refusals."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.models import Card, Member
from hardware.scanner_sim import ScannerSimulator
from kiosk.services import journey
from tests.ui.conftest import ALEX, AYSE, KioskFactory, wait_for_screen, wait_idle
from ui.screens.phone import TAP_GUARD_MS

pytestmark = pytest.mark.gui


def test_a_card_scanned_on_a_serial_scanner_opens_the_member_screen(
    qtbot: QtBot, make_kiosk: KioskFactory, scanner_sim: ScannerSimulator
) -> None:
    kiosk = make_kiosk(scanners=[scanner_sim.url])
    qtbot.waitUntil(lambda: kiosk.shell.health.scanner_states.get("scanner1") == "connected")
    scanner_sim.send(ALEX)
    wait_for_screen(qtbot, kiosk, "member")
    member = kiosk.window.member
    assert member.greeting.text() == "Hello, Alex!"
    view = member.view
    assert view is not None and view.card == ALEX
    assert member.balance.text() == f"{view.balance:,}"
    assert member.tier_badge.text() == view.tier.tier
    assert member.tier_text.text().startswith("Spend ")
    assert len(member.tiles) == len(view.rewards) > 0
    enabled = {tile.item_id for tile in member.tiles if tile.isEnabled()}
    assert enabled == {r.id for r in view.rewards if r.affordable and not r.tier_locked}
    locked = [tile for tile in member.tiles if not tile.isEnabled()]
    assert locked and all(tile.note.text() for tile in locked)


def test_a_keyboard_wedge_burst_is_a_scan_but_slow_typing_is_not(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    qtbot.keyClicks(kiosk.window, "2900", delay=120)
    qtbot.keyClick(kiosk.window, Qt.Key.Key_Return)
    qtbot.wait(200)
    assert kiosk.window.current().objectName() == "attract"
    qtbot.keyClicks(kiosk.window, AYSE)
    qtbot.keyClick(kiosk.window, Qt.Key.Key_Return)
    wait_for_screen(qtbot, kiosk, "member")
    assert kiosk.window.member.greeting.text() == "Merhaba, Ayşe!"


def test_the_lookup_runs_on_the_background_thread(
    qtbot: QtBot, make_kiosk: KioskFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    original = journey.member_by_card

    def recording(*args: object) -> object:
        threads.append(threading.current_thread())
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(journey, "member_by_card", recording)
    kiosk = make_kiosk()
    kiosk.journey.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "member")
    assert threads and threads[0] is not threading.main_thread()


def test_a_misread_check_digit_is_refused_in_plain_words(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    kiosk.journey.scanned(ALEX[:-1] + "9")
    wait_for_screen(qtbot, kiosk, "message")
    wait_idle(qtbot, kiosk)
    message = kiosk.window.message
    assert message.title.text() == "That scan did not read right"
    assert "scan your card again" in message.body.text()
    qtbot.mouseClick(message.buttons[0], Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "attract")


def test_a_blocked_card_says_to_ask_staff(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    Card.update(status="blocked").where(Card.number == ALEX).execute()
    kiosk = make_kiosk()
    kiosk.journey.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "message")
    wait_idle(qtbot, kiosk)
    assert kiosk.window.message.title.text() == "This card is blocked"
    assert "staff" in kiosk.window.message.body.text()


def test_garbage_from_the_scanner_shows_a_misread(
    qtbot: QtBot, make_kiosk: KioskFactory, scanner_sim: ScannerSimulator
) -> None:
    kiosk = make_kiosk(scanners=[scanner_sim.url])
    qtbot.waitUntil(lambda: kiosk.shell.health.scanner_states.get("scanner1") == "connected")
    scanner_sim.send_raw(b"\x00\x01\xff\xfe garbage\r")
    wait_for_screen(qtbot, kiosk, "message")
    assert kiosk.window.message.title.text() == "That scan did not read right"


def test_phone_lookup_shows_the_number_while_typed_and_finds_the_member(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    qtbot.mouseClick(kiosk.window.attract.phone_button, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "phone")
    phone = kiosk.window.phone
    qtbot.wait(TAP_GUARD_MS + 50)
    for digit in "07700900001":
        phone.keypad.digit.emit(digit)
    assert phone.display.text() == "07700 900001"
    phone.keypad.accepted.emit()
    wait_for_screen(qtbot, kiosk, "member")
    assert kiosk.window.member.greeting.text() == "Hello, Alex!"
    assert kiosk.window.member.found_by.text().endswith("001")
    assert "7700" not in kiosk.window.member.found_by.text()


def test_phone_lookup_with_pin_refuses_a_wrong_pin_and_accepts_the_right_one(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk(security={"phone_lookup_pin": True})
    kiosk.shell.customer.identify.open_phone_screen()
    phone = kiosk.window.phone
    for digit in "07700900001":
        phone.type_digit(digit)
    phone.accept()
    assert phone.stage == "pin"
    for digit in "9999":
        phone.type_digit(digit)
    assert phone.display.text() == "••••"
    phone.accept()
    qtbot.waitUntil(lambda: bool(phone.error.text()), timeout=10_000)
    assert phone.error.text().startswith("Number or PIN not recognised")
    assert "attempts left" not in phone.error.text()  # would say the number is registered
    assert kiosk.window.current() is phone and phone.stage == "phone"
    assert phone.display.text() == "07700 900001"  # kept, to be checked
    phone.accept()
    assert phone.stage == "pin"
    for digit in "1234":
        phone.type_digit(digit)
    phone.accept()
    wait_for_screen(qtbot, kiosk, "member")
    member_id = kiosk.window.member.view.member_id  # type: ignore[union-attr]
    assert Member.get_by_id(member_id).pin_failures == 0


def test_an_unknown_phone_number_says_so_and_lets_the_customer_retry(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    kiosk.shell.customer.identify.open_phone_screen()
    phone = kiosk.window.phone
    for digit in "07700123456":
        phone.type_digit(digit)
    phone.accept()
    qtbot.waitUntil(lambda: bool(phone.error.text()), timeout=10_000)
    assert "could not find" in phone.error.text()
    assert kiosk.window.current() is phone and phone.stage == "phone"

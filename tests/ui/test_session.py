"""Enrolment, the idle timeout, languages, kiosk-mode locks, staff exit and touch-size rules."""

from __future__ import annotations

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from db.models import Card, Member
from kiosk.services import journey
from tests.ui.conftest import ALEX, AYSE, KioskFactory, idle_seconds, wait_for_screen, wait_idle
from ui.app import Kiosk
from ui.customer.demo import demo_cards

pytestmark = pytest.mark.gui


def _unknown_card(kiosk: Kiosk) -> str:
    return next(code for caption, code in demo_cards(kiosk.journey.ctx) if caption == "@unknown")


def test_an_unknown_card_enrols_on_the_spot_with_the_on_screen_keyboard(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    card = _unknown_card(kiosk)
    kiosk.journey.scanned(card)
    wait_for_screen(qtbot, kiosk, "message")
    wait_idle(qtbot, kiosk)
    assert kiosk.window.message.title.text() == "Welcome! This card is new"
    qtbot.mouseClick(kiosk.window.message.buttons[0], Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "enrol")
    enrol = kiosk.window.enrol
    keys = {char: key for key, char in enrol.keyboard.letter_keys}
    for char in "jo":
        qtbot.mouseClick(keys[char], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(enrol.keyboard.space_key, Qt.MouseButton.LeftButton)
    for char in "lee":
        qtbot.mouseClick(keys[char], Qt.MouseButton.LeftButton)
    assert enrol.name_edit.text() == "Jo Lee"
    qtbot.mouseClick(enrol.keyboard.accept_key, Qt.MouseButton.LeftButton)
    assert enrol.step == "phone"
    for digit in "07700955555":
        qtbot.mouseClick(enrol.keypad.digit_keys[digit], Qt.MouseButton.LeftButton)
    assert enrol.number_display.text() == "07700 955555"
    qtbot.mouseClick(enrol.keypad.accept_key, Qt.MouseButton.LeftButton)
    assert enrol.step == "birthday"
    for digit in "31022001":  # no 31 February
        enrol.type_digit(digit)
    assert "There is no date 31.02.2001" in enrol.field_error.text()
    qtbot.mouseClick(enrol.keypad.accept_key, Qt.MouseButton.LeftButton)
    assert enrol.step == "birthday"
    enrol._clear_number()
    for digit in "14052001":
        enrol.type_digit(digit)
    assert enrol.number_display.text() == "14.05.2001"
    qtbot.mouseClick(enrol.keypad.accept_key, Qt.MouseButton.LeftButton)
    assert enrol.step == "consent"
    assert not enrol.join_button.isEnabled()
    enrol.terms_box.setChecked(True)
    qtbot.mouseClick(enrol.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: enrol.step == "welcome", timeout=10_000)
    assert enrol.welcome_title.text() == "Welcome, Jo!"
    qtbot.mouseClick(enrol.welcome_button, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "member")
    assert kiosk.window.member.greeting.text() == "Hello, Jo!"
    member = Member.get(Member.id == Card.get(Card.number == card).member_id)
    assert member.name == "Jo Lee" and member.birthday.isoformat() == "2001-05-14"
    assert member.phone and member.phone.endswith("7700955555")


def test_enrolment_with_a_phone_already_used_goes_back_to_the_phone_step(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    kiosk.shell.customer.enrol_card(_unknown_card(kiosk))
    enrol = kiosk.window.enrol
    enrol.name_edit.setText("Jo Lee")
    enrol.next_step()
    for digit in "07700900001":  # Alex Morgan's number
        enrol.type_digit(digit)
    enrol.next_step()
    enrol.skip()
    enrol.terms_box.setChecked(True)
    enrol.next_step()
    qtbot.waitUntil(lambda: enrol.step == "phone" and bool(enrol.error.text()), timeout=10_000)
    assert "already belongs" in enrol.error.text()


def test_idle_timeout_counts_down_then_clears_every_member_detail(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk(ui={"idle_timeout_s": 12})
    kiosk.journey.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    window = kiosk.window
    assert window.member.visible_tiles()
    idle_seconds(kiosk, 2)
    assert window.countdown.isVisible()
    assert "10 s" in window.countdown.text()
    idle_seconds(kiosk, 10)
    assert window.current() is window.attract
    assert not window.countdown.isVisible()
    assert kiosk.journey.session.member is None
    member = window.member
    assert member.view is None and not member.visible_tiles()
    assert all(tile.name.text() == "" and tile.note.text() == "" for tile in member.tiles)
    assert member.greeting.text() == "" and member.balance.text() == ""
    assert member.tier_text.text() == "" and member.recent.text() == ""
    assert window.confirm.item_name == "" and window.result.display_code == ""
    assert window.phone.phone_digits == ""


def test_a_touch_during_the_countdown_keeps_the_customer(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk(ui={"idle_timeout_s": 12})
    kiosk.journey.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    idle_seconds(kiosk, 5)
    assert kiosk.window.countdown.isVisible()
    qtbot.mouseClick(kiosk.window.member.balance, Qt.MouseButton.LeftButton)
    assert not kiosk.window.countdown.isVisible()
    idle_seconds(kiosk, 5)
    assert kiosk.window.current() is kiosk.window.member


def test_done_returns_to_the_start_and_forgets_the_member(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    kiosk.journey.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "member")
    qtbot.mouseClick(kiosk.window.member.done_button, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "attract")
    assert kiosk.window.member.view is None


def test_switching_language_translates_the_screens(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    attract = kiosk.window.attract
    qtbot.mouseClick(attract.language_buttons["tr"], Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert attract.scan_title.text() == "Kartınızı okutun"
    kiosk.journey.scanned(ALEX)  # an English member keeps the language the customer chose
    wait_for_screen(qtbot, kiosk, "member")
    assert kiosk.window.member.greeting.text() == "Merhaba, Alex!"
    assert "puan" in kiosk.window.member.balance.accessibleName()
    names = [tile.name.text() for tile in kiosk.window.member.tiles]
    assert "Hot drink" not in names
    qtbot.mouseClick(kiosk.window.member.done_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(attract.language_buttons["ru"], Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert attract.scan_title.text() == "Отсканируйте карту"
    qtbot.mouseClick(attract.language_buttons["en"], Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert attract.scan_title.text() == "Scan your card"


def test_a_member_who_prefers_turkish_is_greeted_in_turkish(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    kiosk.journey.scanned(AYSE)
    wait_for_screen(qtbot, kiosk, "member")
    assert kiosk.window.member.greeting.text() == "Merhaba, Ayşe!"
    kiosk.journey.finish()
    assert kiosk.window.attract.scan_title.text() == "Scan your card"


def test_kiosk_mode_ignores_escape_and_close_and_staff_pin_opens_the_way_out(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    window.allow_close = False
    window.options = type(window.options)(**{**window.options.__dict__, "fullscreen": True})
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert not window.close()
    assert window.isVisible()
    qtbot.mousePress(window.attract.logo, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "staff-login", timeout=5_000)
    qtbot.mouseRelease(window.attract.logo, Qt.MouseButton.LeftButton)
    login = window.staff
    qtbot.waitUntil(lambda: len(login.name_buttons) == 2, timeout=5_000)
    manager = next(b for b in login.name_buttons if b.text() == "Maria Manager")
    qtbot.mouseClick(manager, Qt.MouseButton.LeftButton)
    for digit in "1111":
        qtbot.mouseClick(login.keypad.digit_keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(login.keypad.accept_key, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(login.error.text()), timeout=5_000)
    assert "4 attempts left" in login.error.text()
    for digit in "2468":
        qtbot.mouseClick(login.keypad.digit_keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(login.keypad.accept_key, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "staff-area", timeout=5_000)
    area = kiosk.journey.desk.area
    assert area.quit_button.isVisible()
    qtbot.mouseClick(area.quit_button, Qt.MouseButton.LeftButton)
    assert window.isVisible()  # the first touch only arms it
    assert area.quit_button.text() == "Touch again to close"


def test_a_database_that_went_away_gets_a_calm_message(
    qtbot: QtBot, make_kiosk: KioskFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable(*args: object) -> object:
        raise peewee.OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(journey, "member_by_card", unreachable)
    kiosk = make_kiosk()
    kiosk.journey.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "message")
    wait_idle(qtbot, kiosk)
    assert kiosk.window.message.title.text() == "We cannot reach our records right now"
    assert "Nothing has been lost" in kiosk.window.message.body.text()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_every_control_is_named_and_big_enough_for_a_finger(
    qtbot: QtBot, make_kiosk: KioskFactory, size: tuple[int, int]
) -> None:
    kiosk = make_kiosk(size=size, simulate_scan=lambda code: None)
    window = kiosk.window
    kiosk.journey.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    checked = 0
    for screen, prepare in [
        (window.attract, lambda: None),
        (window.member, lambda: None),
        (window.phone, lambda: None),
        (window.enrol, lambda: window.enrol.start(ALEX, "en", False)),
        (window.donate, lambda: window.donate.show_causes(
            kiosk.journey.session.member, "en")),  # type: ignore[arg-type]
        (window.confirm, lambda: window.confirm.ask("reward", "Hot drink", "", 100, 500)),
        (window.staff, lambda: None),
    ]:
        prepare()
        window.show_screen(screen)
        qtbot.wait(80)
        for control in screen.findChildren(QAbstractButton):
            if not control.isVisibleTo(window):
                continue
            checked += 1
            name = control.accessibleName() or control.text()
            assert name.strip(), f"{screen.objectName()}: a button without a name"
            assert control.height() >= 48 and control.width() >= 48, (
                f"{screen.objectName()}: {name!r} is {control.width()}x{control.height()}"
            )
    assert checked > 60

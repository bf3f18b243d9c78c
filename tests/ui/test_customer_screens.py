"""What a customer sees: enrolment help, history and numbers in their language, choices marked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.formatting import number
from tests.ui.conftest import AYSE, KioskFactory, wait_for_screen, wait_idle
from ui.app import Kiosk
from ui.customer.demo import demo_cards
from ui.screens.enrol import birthday_problem
from ui.screens.terms import terms_text
from ui.texts import money_text, number_text, points

pytestmark = pytest.mark.gui


def _start_enrolment(qtbot: QtBot, kiosk: Kiosk) -> None:
    card = next(code for caption, code in demo_cards(kiosk.journey.ctx) if caption == "@unknown")
    kiosk.journey.scanned(card)
    wait_for_screen(qtbot, kiosk, "message")
    wait_idle(qtbot, kiosk)
    qtbot.mouseClick(kiosk.window.message.buttons[0], Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "enrol")


def test_an_impossible_birthday_says_why_next_does_not_go_on(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    _start_enrolment(qtbot, kiosk)
    enrol = kiosk.window.enrol
    enrol.name_edit.setText("Alex Doe")
    enrol.next_step()
    enrol.skip()
    assert enrol.step == "birthday"
    for digit in "3102199":
        enrol.type_digit(digit)
    assert enrol.field_error.text() == ""  # nothing to say while it is being typed
    qtbot.mouseClick(enrol.keypad.accept_key, Qt.MouseButton.LeftButton)
    assert "whole date" in enrol.field_error.text() and enrol.step == "birthday"
    enrol.type_digit("0")
    assert enrol.number_display.text() == "31.02.1990"
    assert enrol.field_error.text() == (
        "There is no date 31.02.1990. Please check the day and month.")
    assert enrol.field_error.isVisibleTo(enrol)
    qtbot.mouseClick(enrol.keypad.accept_key, Qt.MouseButton.LeftButton)
    assert enrol.step == "birthday"
    enrol._backspace()
    assert enrol.field_error.text() == ""


def test_birthday_problems_are_named() -> None:
    assert birthday_problem("3102199") == "incomplete"
    assert birthday_problem("31021990") == "no_such_date"
    assert birthday_problem("01011850") == "implausible"
    assert birthday_problem("29022000") == ""


def test_the_steps_are_numbered_terms_can_be_read_and_a_welcome_ends_it(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk(security={"phone_lookup_pin": True})
    _start_enrolment(qtbot, kiosk)
    enrol = kiosk.window.enrol
    assert enrol.step_line.text() == "Step 1 of 5"
    enrol.name_edit.setText("Alex Doe")
    enrol.next_step()
    assert enrol.step_line.text() == "Step 2 of 5"
    for digit in "07700955556":
        enrol.type_digit(digit)
    assert enrol.number_display.text() == "07700 955556"
    enrol.next_step()
    assert enrol.step_line.text() == "Step 3 of 5"
    enrol.skip()
    assert (enrol.step, enrol.step_line.text()) == ("pin", "Step 4 of 5")
    for digit in "2580":
        enrol.type_digit(digit)
    assert enrol.number_display.text() == "••••"
    enrol.next_step()
    assert (enrol.step, enrol.step_line.text()) == ("consent", "Step 5 of 5")
    qtbot.mouseClick(enrol.read_terms_button, Qt.MouseButton.LeftButton)
    assert enrol.reading_terms()
    assert enrol.terms_text.text().startswith("Our loyalty programme in brief")
    assert enrol.terms_scroll.isVisibleTo(enrol) and not enrol.bottom.isVisibleTo(enrol)
    qtbot.mouseClick(enrol.terms_done, Qt.MouseButton.LeftButton)
    assert not enrol.reading_terms() and enrol.step == "consent"
    enrol.terms_box.setChecked(True)
    qtbot.mouseClick(enrol.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: enrol.step == "welcome", timeout=10_000)
    assert kiosk.window.current() is enrol
    assert enrol.welcome_title.text() == "Welcome, Alex!"
    assert enrol.welcome_text.text() == "Your card is ready. You have 0 points."
    qtbot.mouseClick(enrol.welcome_button, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "member")
    assert kiosk.window.member.greeting.text() == "Hello, Alex!"


def test_terms_come_from_the_shop_folder_first_then_the_kiosk_default(tmp_path: Path) -> None:
    assert terms_text("tr", tmp_path).startswith("Sadakat programımız")
    assert terms_text("ru", tmp_path).startswith("Коротко")
    assert terms_text("xx", tmp_path).startswith("Our loyalty programme")
    (tmp_path / "terms.txt").write_text("Our own rules.", encoding="utf-8")
    assert terms_text("tr", tmp_path) == "Our own rules."
    (tmp_path / "terms_tr.txt").write_text("Kendi kurallarımız.", encoding="utf-8")
    assert terms_text("tr", tmp_path) == "Kendi kurallarımız."
    assert terms_text("en", tmp_path) == "Our own rules."


def test_turkish_history_names_the_reward_in_turkish_and_hides_receipt_ids(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    kiosk.journey.scanned(AYSE)  # a Turkish member: the screen turns Turkish
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    member = kiosk.window.member
    assert kiosk.journey.switcher.language == "tr"
    history = member.recent.accessibleName()
    assert "Ödül · Sıcak içecek" in history
    assert "Hot drink" not in history and "DEMO-" not in member.recent.text()
    assert "Alışveriş" in history
    view = member.view
    assert view is not None
    assert member.balance.text() == number(view.balance, "tr")


def test_money_numbers_and_points_follow_the_chosen_language(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    switcher = kiosk.journey.switcher
    expected = {"en": ("£41.50", "1,000", "1,000 points"),
                "tr": ("£41,50", "1.000", "1.000 puan"),
                "ru": ("41,50\u00a0£", "1\u00a0000", "1\u00a0000 баллов")}
    for language, (money, plain, with_unit) in expected.items():
        switcher.switch(language)
        assert (money_text(4150), number_text(1000), points(1000)) == (money, plain, with_unit)


def test_the_member_screen_keeps_a_language_button_after_a_turkish_phone_look_up(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    kiosk.journey._phone()
    for digit in "07700900002":  # Ayşe, who speaks Turkish
        kiosk.window.phone.type_digit(digit)
    kiosk.window.phone.accept()
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    member = kiosk.window.member
    assert member.greeting.text() == "Merhaba, Ayşe!"
    assert member.language_buttons["tr"].isChecked()
    english = member.language_buttons["en"]
    assert english.isVisibleTo(member)
    qtbot.mouseClick(english, Qt.MouseButton.LeftButton)
    assert kiosk.journey.switcher.language == "en"
    assert member.greeting.text() == "Hello, Ayşe!" and english.isChecked()


def test_reward_tiles_are_reused_from_one_customer_to_the_next(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    kiosk.journey.scanned("2900000000018")
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    first = list(kiosk.window.member.tiles)
    kiosk.journey.scanned(AYSE)
    qtbot.waitUntil(lambda: kiosk.window.member.greeting.text().endswith("Ayşe!"),
                    timeout=10_000)
    assert kiosk.window.member.tiles[: len(first)] == first
    assert all(tile.styleSheet() == "" for tile in kiosk.window.member.tiles)


def test_the_chosen_cause_is_marked(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    kiosk.journey.scanned("2900000000018")
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    qtbot.mouseClick(kiosk.window.member.donate_button, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "donate")
    donate = kiosk.window.donate
    assert len(donate.tiles) >= 2
    qtbot.mouseClick(donate.tiles[1], Qt.MouseButton.LeftButton)
    assert [tile.isChecked() for tile in donate.tiles[:2]] == [False, True]
    assert donate.tiles[1].name.text().startswith("✓ ")
    assert donate.tiles[1].note.text() == "Chosen"
    assert not donate.tiles[0].name.text().startswith("✓")
    qtbot.mouseClick(donate.tiles[0], Qt.MouseButton.LeftButton)
    assert [tile.isChecked() for tile in donate.tiles[:2]] == [True, False]

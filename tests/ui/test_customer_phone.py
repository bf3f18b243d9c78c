"""Phone look-up: a number alone shows the balance only; with the PIN, failures look alike."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.models import Member
from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.services import enrol
from kiosk.services.journey import (
    UNKNOWN_NUMBERS,
    BalanceOnlyView,
    PhoneMemberView,
    may_spend,
    member_by_phone,
)
from tests.conftest import SECRET
from tests.ui.conftest import KioskFactory, wait_for_screen, wait_idle
from ui.screens.phone import TAP_GUARD_MS, grouped_phone

pytestmark = pytest.mark.gui

ALEX_PHONE = "07700900001"
UNKNOWN_PHONE = "07700911111"


def _ctx(clock: FixedClock, pin: bool, attempts: int = 5) -> Context:
    config = Config()
    config = replace(config, security=replace(config.security, phone_lookup_pin=pin,
                                              max_pin_attempts=attempts))
    return Context(config, SECRET, clock)


def _answer(ctx: Context, phone: str, pin: str | None) -> tuple[str, str, object]:
    with pytest.raises(KioskError) as caught:
        member_by_phone(ctx, phone, pin)
    problem = caught.value
    return problem.reason, problem.message, getattr(problem, "attempts_left", None)


@pytest.fixture(autouse=True)
def _fresh_unknown_numbers() -> None:
    UNKNOWN_NUMBERS.forget()


def test_a_number_alone_shows_balance_and_first_name_but_cannot_spend(
    demo_db: FixedClock,
) -> None:
    view = member_by_phone(_ctx(demo_db, pin=False), ALEX_PHONE, None)
    assert isinstance(view, BalanceOnlyView) and not may_spend(view)
    assert view.name == "Alex" and view.recent == [] and view.balance > 0
    assert view.phone_masked.endswith("001") and "7700" not in view.phone_masked


def test_with_the_pin_the_member_is_found_in_full(demo_db: FixedClock) -> None:
    view = member_by_phone(_ctx(demo_db, pin=True), ALEX_PHONE, "1234")
    assert isinstance(view, PhoneMemberView) and may_spend(view)
    assert view.name == "Alex Morgan" and view.recent


def test_unknown_number_wrong_pin_and_no_pin_give_the_same_answer(demo_db: FixedClock) -> None:
    ctx = _ctx(demo_db, pin=True)
    enrol(ctx, "Nina Nopin", phone="07700 922222")
    known_wrong = _answer(ctx, ALEX_PHONE, "9999")
    unknown = _answer(ctx, UNKNOWN_PHONE, "9999")
    no_pin_set = _answer(ctx, "07700922222", "9999")
    assert known_wrong == unknown == no_pin_set
    assert known_wrong[0] == "phone_or_pin_unknown" and known_wrong[2] is None
    # without a PIN the kiosk asks for one, whether or not the number is known
    assert _answer(ctx, ALEX_PHONE, None)[0] == _answer(ctx, UNKNOWN_PHONE, None)[0]


def test_an_unknown_number_locks_after_as_many_tries_as_a_known_one(demo_db: FixedClock) -> None:
    ctx = _ctx(demo_db, pin=True, attempts=3)
    known = [_answer(ctx, ALEX_PHONE, "9999")[0] for _ in range(4)]
    unknown = [_answer(ctx, UNKNOWN_PHONE, "9999")[0] for _ in range(4)]
    assert known == unknown == ["phone_or_pin_unknown", "phone_or_pin_unknown",
                                "pin_locked", "pin_locked"]
    alex = Member.get(Member.name == "Alex Morgan")
    assert alex.pin_failures == 3  # the existing lockout still counts in the database


def test_the_screen_shows_the_same_words_for_a_known_and_an_unknown_number(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk(security={"phone_lookup_pin": True})
    phone = kiosk.window.phone
    said = []
    for number in (ALEX_PHONE, UNKNOWN_PHONE):
        kiosk.journey._phone()
        for digit in number:
            phone.type_digit(digit)
        phone.accept()
        assert phone.stage == "pin"  # an unknown number is asked for a PIN too
        for digit in "9999":
            phone.type_digit(digit)
        phone.accept()
        qtbot.waitUntil(lambda: bool(phone.error.text()), timeout=10_000)
        said.append(phone.error.text())
        kiosk.journey.reset()
    assert said[0] == said[1]
    assert said[0].startswith("Number or PIN not recognised")


def test_a_phone_only_session_cannot_redeem_or_donate(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    kiosk.journey._phone()
    for digit in ALEX_PHONE:
        kiosk.window.phone.type_digit(digit)
    kiosk.window.phone.accept()
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    member = kiosk.window.member
    view = member.view
    assert view is not None and any(r.affordable and not r.tier_locked for r in view.rewards)
    assert member.visible_tiles() and not any(t.isEnabled() for t in member.visible_tiles())
    assert member.spend_note.isVisibleTo(member) and "scan your card" in member.spend_note.text()
    assert not member.donate_button.isEnabled()
    assert not member.recent.isVisibleTo(member)
    affordable = next(r for r in view.rewards if r.affordable and not r.tier_locked)
    kiosk.journey.choose_reward(affordable.id)
    kiosk.journey._donate()
    assert kiosk.window.current() is member
    # the card proves it: a scan opens the full account and the rewards
    kiosk.journey.scanned("2900000000018")
    qtbot.waitUntil(lambda: member.view is not None and may_spend(member.view), timeout=10_000)
    assert any(t.isEnabled() for t in member.visible_tiles())


def test_digits_show_grouped_as_typed_and_masked_once_the_member_is_found(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    qtbot.mouseClick(kiosk.window.attract.phone_button, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "phone")
    phone = kiosk.window.phone
    qtbot.wait(TAP_GUARD_MS + 50)
    shown = []
    for digit in ALEX_PHONE:
        qtbot.mouseClick(phone.keypad.digit_keys[digit], Qt.MouseButton.LeftButton)
        shown.append(phone.display.text())
    assert shown[0] == "0" and shown[-1] == "07700 900001"
    assert "•" not in "".join(shown)
    phone.accept()
    wait_for_screen(qtbot, kiosk, "member")
    found = kiosk.window.member.found_by.text()
    assert found.endswith("001") and "•" in found and "7700" not in found
    kiosk.journey.reset()
    assert phone.phone_digits == "" and phone.display.text().strip() == ""


def test_a_turkish_shop_groups_numbers_the_turkish_way() -> None:
    assert grouped_phone("05321234567", "TR") == "0532 123 45 67"
    assert grouped_phone("89161234567", "RU") == "8 916 123-45-67"


def test_a_double_tap_on_the_phone_button_leaves_the_keypad_empty(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    phone = kiosk.window.phone
    qtbot.mouseClick(kiosk.window.attract.phone_button, Qt.MouseButton.LeftButton)
    # the second tap of the double tap lands where the keypad's 0 now is
    qtbot.mouseClick(phone.keypad.digit_keys["0"], Qt.MouseButton.LeftButton)
    assert kiosk.window.current() is phone
    assert phone.phone_digits == "" and phone.display.text().strip() == ""
    qtbot.wait(TAP_GUARD_MS + 50)
    qtbot.mouseClick(phone.keypad.digit_keys["0"], Qt.MouseButton.LeftButton)
    assert phone.phone_digits == "0"

"""Staff mode on the real window: logging in and out, roles, counter work, vouchers, hardware."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.models import AuditEntry, Member, Purchase, Reward, Staff, Voucher
from hardware.printer_sim import PrinterSimulator
from kiosk.formatting import datetime_text, shop_zone
from kiosk.services import redeem_reward
from kiosk.services.points import adjust
from kiosk.vouchers import luhn32_check
from tests.ui.conftest import (
    ALEX,
    CLERK,
    CLERK_CARD,
    CLERK_PIN,
    MANAGER,
    MANAGER_PIN,
    KioskFactory,
    idle_seconds,
    wait_for_screen,
    wait_idle,
)
from tests.ui.staff_helpers import click, log_in, logged_in, open_page, shop, type_pin
from ui.app import Kiosk
from ui.staff.pages.counter import PurchasePage, RefundPage
from ui.staff.pages.hardware import HardwarePage
from ui.staff.pages.vouchers import VoucherPage

pytestmark = pytest.mark.gui


def _audit(action: str) -> list[AuditEntry]:
    """Staff's rows of one action (not the demo data's set-up or the test's own)."""
    rows = AuditEntry.select().where(
        (AuditEntry.action == action) & AuditEntry.staff.not_in(("demo", "cli:test"))
    )
    return list(rows.order_by(AuditEntry.id))


def _voucher_for(kiosk: Kiosk, card: str = ALEX) -> str:
    ctx = shop(kiosk)
    from db.models import Card

    member_id = Card.get(Card.number == card).member_id
    reward = Reward.select().order_by(Reward.cost).first()
    adjust(ctx, member_id, reward.cost, "for the test")
    return redeem_reward(ctx, member_id, reward.id, f"test-{Voucher.select().count()}").voucher_code


def test_a_staff_card_scan_asks_that_persons_pin_and_opens_their_pages(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    kiosk.journey.scanned(CLERK_CARD)
    wait_for_screen(qtbot, kiosk, "staff-login")
    qtbot.waitUntil(lambda: kiosk.window.staff.staff_name == CLERK, timeout=5_000)
    type_pin(qtbot, kiosk, CLERK_PIN)
    wait_for_screen(qtbot, kiosk, "staff-area")
    area = kiosk.journey.desk.area
    titles = {page.nav_title() for page in area.visible_pages()}
    assert {"Purchase", "Refund", "Vouchers"} <= titles
    assert "Hardware" not in titles  # a clerk does not see manager pages
    assert not area.quit_button.isVisible()
    assert area.who.text() == "Staff: Deniz Clerk (clerk)"
    area.show_page(area.page_of(HardwarePage))  # nor can reach them another way
    assert not isinstance(area.current_page(), HardwarePage)
    assert [e.staff for e in _audit("staff.login")] == [CLERK]


def test_a_manager_sees_the_manager_pages(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    area = kiosk.journey.desk.area
    assert {"Hardware"} <= {page.nav_title() for page in area.visible_pages()}
    assert area.quit_button.isVisible()


def test_five_wrong_pins_lock_the_account_on_screen(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    login = kiosk.window.staff
    log_in(qtbot, kiosk, CLERK, "0000")
    for left in ("4 attempts", "3 attempts", "2 attempts", "1 attempt left"):
        assert left in login.error.text()
        type_pin(qtbot, kiosk, "0000")
    assert "locked until" in login.error.text()
    type_pin(qtbot, kiosk, CLERK_PIN)  # the right PIN does not open a locked account
    assert "locked until" in login.error.text()
    assert kiosk.window.current().objectName() == "staff-login"
    assert Staff.get(Staff.name == CLERK).locked_until is not None
    assert len(_audit("staff.locked")) == 1


def test_done_and_idle_log_out_and_forget_the_page(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(security={"staff_idle_timeout_s": 10})
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    page = open_page(qtbot, kiosk, PurchasePage)
    page.who.setText(ALEX)  # type: ignore[attr-defined]
    click(qtbot, kiosk, kiosk.journey.desk.area.done_button)
    wait_for_screen(qtbot, kiosk, "attract")
    assert page.who.text() == ""  # type: ignore[attr-defined]
    assert json.loads(_audit("staff.logout")[-1].details) == {"why": "done"}
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    desk = kiosk.journey.desk
    idle_seconds(kiosk, 10 - 3)
    assert kiosk.journey.desk.area.countdown.isVisible()
    idle_seconds(kiosk, 3)
    wait_for_screen(qtbot, kiosk, "attract")
    assert not desk.active
    wait_idle(qtbot, kiosk)
    assert json.loads(_audit("staff.logout")[-1].details) == {"why": "idle"}


def test_recording_a_purchase_for_a_scanned_card_and_refusing_the_same_receipt(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    page = open_page(qtbot, kiosk, PurchasePage)
    kiosk.journey.scanned(ALEX)  # the counter scanner reads the customer's card
    qtbot.waitUntil(lambda: page.member is not None, timeout=5_000)  # type: ignore[attr-defined]
    before = Member.get_by_id(page.member.member_id).balance  # type: ignore[attr-defined]
    qtbot.mouseClick(page.amount_field, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    page.amount_field.setFocus()  # type: ignore[attr-defined]
    dock = kiosk.journey.desk.area.dock
    dock._focus_changed(None, page.amount_field)  # type: ignore[attr-defined]
    for key in "24":
        click(qtbot, kiosk, dock.keypad.digit_keys[key])
    click(qtbot, kiosk, dock.keypad.clear_key)  # the decimal point on a money keypad
    for key in "90":
        click(qtbot, kiosk, dock.keypad.digit_keys[key])
    assert page.amount_field.text() == "24.90"  # type: ignore[attr-defined]
    page.receipt_field.setText("R-7001")  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.record_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Recorded" in page.banner.text(), timeout=5_000)  # type: ignore[attr-defined]
    assert page.member is None and page.who.text() == ""  # type: ignore[attr-defined]
    purchase = Purchase.get(Purchase.receipt == "R-7001")
    assert purchase.amount_minor == 2490 and purchase.points_earned > 0
    balance = Member.get_by_id(purchase.member_id).balance
    assert balance >= before + purchase.points_earned  # Alex also gets a birthday bonus today
    assert f"New balance: {balance:,} points." in page.status.text()
    entry = _audit("purchase")[-1]
    assert (entry.staff, entry.role, entry.target) == (CLERK, "clerk", "R-7001")
    assert page.member is None and page.who.text() == ""  # type: ignore[attr-defined]
    assert not page.record_button.isEnabled()  # type: ignore[attr-defined]
    kiosk.journey.scanned(ALEX)  # the form was cleared: the customer is scanned again
    qtbot.waitUntil(lambda: page.member is not None, timeout=5_000)  # type: ignore[attr-defined]
    page.amount_field.setText("24.90")  # type: ignore[attr-defined]
    page.receipt_field.setText("R-7001")  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.record_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "already recorded on" in page.status.text(), timeout=5_000)
    assert Purchase.select().where(Purchase.receipt == "R-7001").count() == 1
    assert len(_audit("purchase")) == 1


def test_a_refund_needs_a_second_touch_and_takes_the_points_back(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    purchase = Purchase.select().where(Purchase.receipt.startswith("DEMO-0018")).first()
    before = Member.get_by_id(purchase.member_id).balance
    page = open_page(qtbot, kiosk, RefundPage)
    page.receipt_field.setText(purchase.receipt)  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.refund_button)  # type: ignore[attr-defined]
    assert page.refund_button.text() == "Touch again to refund"  # type: ignore[attr-defined]
    assert Purchase.get_by_id(purchase.id).refunded_minor == 0
    click(qtbot, kiosk, page.refund_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Refunded" in page.status.text(), timeout=5_000)
    assert Purchase.get_by_id(purchase.id).refunded_minor == purchase.amount_minor
    assert Member.get_by_id(purchase.member_id).balance < before
    assert _audit("refund")[-1].target == purchase.receipt
    page.receipt_field.setText("NO-SUCH-RECEIPT")  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.refund_button)  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.refund_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "No purchase with this receipt" in page.status.text(), timeout=5_000)


def test_a_scanned_voucher_is_valid_then_redeemed_once_then_already_used(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    code = _voucher_for(kiosk)
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    open_page(qtbot, kiosk, PurchasePage)
    kiosk.journey.scanned(code)  # scanned on another page: the voucher page opens with it
    area = kiosk.journey.desk.area
    page = area.page_of(VoucherPage)
    assert area.current_page() is page
    qtbot.waitUntil(lambda: page.verdict.text() == "VALID", timeout=5_000)  # type: ignore[attr-defined]
    assert page.verdict.property("kind") == "verdict-valid"  # type: ignore[attr-defined]
    qtbot.mouseClick(page.redeem_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.mouseClick(page.redeem_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    wait_idle(qtbot, kiosk)
    qtbot.waitUntil(lambda: page.verdict.text() == "REDEEMED", timeout=5_000)  # type: ignore[attr-defined]
    assert page.verdict.property("kind") == "verdict-valid"  # type: ignore[attr-defined]
    assert "Redeemed. Hand over" in page.status.text()
    voucher = Voucher.get(Voucher.code == code)
    assert (voucher.status, voucher.redeemed_staff) == ("redeemed", CLERK)
    assert len(_audit("voucher.redeem")) == 1
    kiosk.journey.scanned(code)
    qtbot.waitUntil(lambda: "by Deniz Clerk" in page.details.text(), timeout=5_000)  # type: ignore[attr-defined]
    assert page.verdict.property("kind") == "verdict-used"  # type: ignore[attr-defined]
    assert not page.redeem_button.isVisible()  # type: ignore[attr-defined]


def test_a_forged_voucher_is_not_genuine(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    code = _voucher_for(kiosk)
    body = code[:7] + ("00000" if code[7:12] != "00000" else "11111")
    forged = body + luhn32_check(body)  # a forger computes the check character, not the signature
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    page = open_page(qtbot, kiosk, VoucherPage)
    page.code_field.setText(forged)  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.check_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.verdict.text() == "NOT GENUINE", timeout=5_000)  # type: ignore[attr-defined]
    assert page.verdict.property("kind") == "verdict-fake"  # type: ignore[attr-defined]
    assert not page.redeem_button.isVisible()  # type: ignore[attr-defined]


def test_reprint_marks_duplicate_and_void_needs_a_reason(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator
) -> None:
    kiosk = make_kiosk()
    code = _voucher_for(kiosk)
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    page = open_page(qtbot, kiosk, VoucherPage)
    kiosk.journey.scanned(code)
    qtbot.waitUntil(lambda: page.verdict.text() == "VALID", timeout=5_000)  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.reprint_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Duplicate printed" in page.status.text(), timeout=5_000)
    assert b"DUPLICATE" in b"".join(printer_sim.wait_for_jobs(1))
    assert len(_audit("voucher.reprint")) == 1
    click(qtbot, kiosk, page.void_button)  # type: ignore[attr-defined]
    assert "why" in page.status.text().lower()
    assert Voucher.get(Voucher.code == code).status != "void"
    page.void_reason.setText("printed twice by mistake")  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.void_button)  # type: ignore[attr-defined]
    assert page.void_button.text() == "Touch again to void"  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.void_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.verdict.text() == "VOID", timeout=5_000)  # type: ignore[attr-defined]
    assert Voucher.get(Voucher.code == code).status == "void"
    assert _audit("voucher.void")[-1].reason == "printed twice by mistake"


def test_the_hardware_page_shows_the_printer_and_scans_and_prints_a_test_page(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator
) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, HardwarePage)
    qtbot.waitUntil(lambda: "online" in page.printer.text(), timeout=5_000)  # type: ignore[attr-defined]
    kiosk.journey.scanned(ALEX)
    assert "loyalty card" in page.scans.item(0).text()  # type: ignore[attr-defined]
    assert isinstance(kiosk.journey.desk.area.current_page(), HardwarePage)
    click(qtbot, kiosk, page.print_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Test page printed" in page.status.text(), timeout=5_000)
    assert b"Maria Manager" in b"".join(printer_sim.wait_for_jobs(1))
    printer_sim.set_mode("paper_out")
    click(qtbot, kiosk, page.check_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "OUT OF PAPER" in page.printer.text(), timeout=5_000)  # type: ignore[attr-defined]


def test_the_first_start_creates_the_first_manager_on_screen(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    Staff.delete().execute()
    kiosk = make_kiosk()
    kiosk.journey.desk.begin()
    login = kiosk.window.staff
    qtbot.waitUntil(lambda: login.pages.currentWidget() is login.first_page, timeout=5_000)
    for char in "Olga":
        login.first_keyboard._type(char)
    click(qtbot, kiosk, login.first_keyboard.accept_key)
    for digit in "9753":
        click(qtbot, kiosk, login.first_keypad.digit_keys[digit])
    assert login.first_pin.text() == "9753"
    login.first_keypad.set_target(login.first_repeat)
    for digit in "9753":
        click(qtbot, kiosk, login.first_keypad.digit_keys[digit])
    click(qtbot, kiosk, login.first_keypad.accept_key)
    wait_for_screen(qtbot, kiosk, "staff-area")
    assert Staff.get(Staff.name == "Olga").role == "manager"
    assert kiosk.journey.desk.session.role == "manager"  # type: ignore[union-attr]


def test_a_turkish_shop_gets_refusals_in_turkish_with_the_date(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk(ui={"language": "tr"})
    kiosk.journey.choose_language("ru")  # the customer's choice does not carry into staff mode
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    page = open_page(qtbot, kiosk, PurchasePage)
    assert page.nav_title() == "Alışveriş"  # the shop's language, not the customer's Russian
    purchase = Purchase.select().where(Purchase.receipt.startswith("DEMO-0018")).first()
    kiosk.journey.scanned(ALEX)
    qtbot.waitUntil(lambda: page.member is not None, timeout=5_000)  # type: ignore[attr-defined]
    page.amount_field.setText(f"{purchase.amount_minor / 100:.2f}")  # type: ignore[attr-defined]
    page.receipt_field.setText(purchase.receipt)  # type: ignore[attr-defined]
    click(qtbot, kiosk, page.record_button)  # type: ignore[attr-defined]
    when = datetime_text(purchase.created_at, "tr", shop_zone(""))  # "13 Ağu 2025, 12:00"
    expected = f"{purchase.receipt} numaralı fiş {when}"
    wait_idle(qtbot, kiosk)
    assert expected in page.status.text(), page.status.text()
    assert "puan eklenmedi" in page.status.text()

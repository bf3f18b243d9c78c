"""Staff pages as a finger and a wedge scanner use them: verdicts, purchases, PIN, pictures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QScroller
from pytestqt.qtbot import QtBot

from db.models import Card, Member, Reward, Voucher
from kiosk.services import redeem_reward
from kiosk.services.audit_log import AuditLine
from kiosk.services.counter import counter_purchase
from kiosk.services.points import adjust
from kiosk.vouchers import luhn32_check, new_voucher_code
from tests.conftest import START
from tests.ui.conftest import (
    ALEX,
    AYSE,
    CLERK,
    CLERK_PIN,
    MANAGER,
    MANAGER_PIN,
    KioskFactory,
    wait_for_screen,
    wait_idle,
)
from tests.ui.staff_helpers import click, logged_in, open_page, shop
from ui.app import Kiosk
from ui.staff.audit_sentences import points_note, sentence
from ui.staff.pages.catalogue import CataloguePage
from ui.staff.pages.counter import PurchasePage
from ui.staff.pages.dashboard import DashboardPage
from ui.staff.pages.vouchers import VoucherPage

pytestmark = pytest.mark.gui


def _voucher(kiosk: Kiosk) -> str:
    ctx = shop(kiosk)
    member_id = Card.get(Card.number == ALEX).member_id
    reward = Reward.select().order_by(Reward.cost).first()
    adjust(ctx, member_id, reward.cost, "for the test")
    key = f"touch-{Voucher.select().count()}"
    return redeem_reward(ctx, member_id, reward.id, key).voucher_code


def _check(qtbot: QtBot, kiosk: Kiosk, page: VoucherPage, code: str, word: str) -> None:
    page.code_field.setText(code)
    click(qtbot, kiosk, page.check_button)
    qtbot.waitUntil(lambda: page.verdict.text() == word, timeout=5_000)


def test_voucher_verdicts_tell_redeemed_typo_and_forgery_apart(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    code = _voucher(kiosk)
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    page = open_page(qtbot, kiosk, VoucherPage)
    assert isinstance(page, VoucherPage)
    assert page.code_field.property("wantsCode") is True  # a wedge burst stays in the field
    _check(qtbot, kiosk, page, code, "VALID")
    click(qtbot, kiosk, page.redeem_button)
    qtbot.waitUntil(lambda: page.verdict.text() == "REDEEMED", timeout=5_000)
    assert page.verdict.property("kind") == "verdict-valid"  # green: hand it over
    reward = Reward.select().order_by(Reward.cost).first().name
    assert f"Hand over: {reward}" in page.details.text()
    _check(qtbot, kiosk, page, code, "ALREADY USED")  # scanned again later: now it is used
    assert page.verdict.property("kind") == "verdict-used"
    typo = code[:5] + ("A" if code[5] != "A" else "B") + code[6:]  # one character mistyped
    _check(qtbot, kiosk, page, typo, "CHECK THE CODE")
    assert page.verdict.property("kind") == "verdict-expired"  # amber, not black
    assert "scan it again or retype" in page.details.text()
    _check(qtbot, kiosk, page, code[:-2], "CHECK THE CODE")  # a character short
    body = code[:7] + ("00000" if code[7:12] != "00000" else "11111")
    _check(qtbot, kiosk, page, body + luhn32_check(body), "NOT GENUINE")
    assert page.verdict.property("kind") == "verdict-fake"
    assert "Do not accept it" in page.details.text()
    assert not page.redeem_button.isVisible()
    # signed with this shop's secret but not in its database: neither a typo nor a forgery
    _check(qtbot, kiosk, page, new_voucher_code(kiosk.journey.ctx.secret), "NOT KNOWN HERE")
    assert page.verdict.property("kind") == "verdict-fake"


def test_a_recorded_purchase_clears_the_customer_and_keeps_a_banner(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    page = open_page(qtbot, kiosk, PurchasePage)
    assert isinstance(page, PurchasePage)
    assert page.receipt_field.property("wantsCode") is True
    kiosk.journey.scanned(ALEX)
    qtbot.waitUntil(lambda: page.member is not None, timeout=5_000)
    name = page.member.name  # type: ignore[union-attr]
    page.amount_field.setText("24.90")
    page.receipt_field.setText("R-8001")
    click(qtbot, kiosk, page.record_button)
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=5_000)
    assert page.banner.text().startswith(f"Recorded £24.90 for {name}, +")
    assert page.member is None and not page.member_box.isVisible()
    assert (page.who.text(), page.amount_field.text(), page.receipt_field.text()) == ("", "", "")
    assert not page.record_button.isEnabled()  # the next purchase needs the next customer
    kiosk.journey.scanned(AYSE)
    qtbot.waitUntil(lambda: page.member is not None, timeout=5_000)
    assert not page.banner.isVisible()


def test_a_receipt_recorded_for_another_card_is_refused_with_its_date(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    ayse = Card.get(Card.number == AYSE).member_id
    counter_purchase(kiosk.journey.ctx.as_staff(MANAGER, "manager"), ayse, 1000, "R-9001")
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    page = open_page(qtbot, kiosk, PurchasePage)
    assert isinstance(page, PurchasePage)
    kiosk.journey.scanned(ALEX)
    qtbot.waitUntil(lambda: page.member is not None, timeout=5_000)
    before = Member.get(Member.id == page.member.member_id).balance  # type: ignore[union-attr]
    page.amount_field.setText("10.00")
    page.receipt_field.setText("R-9001")
    click(qtbot, kiosk, page.record_button)
    qtbot.waitUntil(lambda: "already recorded" in page.status.text(), timeout=5_000)
    assert f"{START:%-d} Mar 2026" in page.status.text()  # the day it was first recorded
    assert "no points were added" in page.status.text()
    assert Member.get(Member.id == page.member.member_id).balance == before  # type: ignore[union-attr]


def test_enter_on_a_keyboard_submits_the_staff_pin(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk()
    kiosk.journey.desk.begin()
    login = kiosk.window.staff
    qtbot.waitUntil(lambda: bool(login.name_buttons), timeout=5_000)
    click(qtbot, kiosk, next(b for b in login.name_buttons if b.text() == MANAGER))
    for digit in MANAGER_PIN + "9":
        qtbot.keyClick(login, digit)
    qtbot.keyClick(login, Qt.Key.Key_Backspace)  # the stray 9 is taken back
    with qtbot.waitSignal(login.pin_entered, timeout=2_000) as entered:
        qtbot.keyClick(login, Qt.Key.Key_Return)
    assert entered.args == [MANAGER, MANAGER_PIN]
    wait_for_screen(qtbot, kiosk, "staff-area", timeout=5_000)


def test_audit_entries_read_as_sentences_with_money_and_points(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    host = make_kiosk().journey.desk  # the staff host, with the English plural forms loaded
    line = AuditLine(START, MANAGER, "manager", "purchase", "R-1001",
                     {"member": 1, "amount_minor": 1000, "points": 10, "lines": {}})
    assert sentence(host, line) == (
        "Maria Manager recorded a purchase of £10.00 for member #1 (receipt R-1001).")
    assert points_note(host, line) == "+10 points"
    adjusted = AuditLine(START, MANAGER, "manager", "points.adjust", "member:7",
                         {"points": -1500, "balance": 2500, "entry": 3}, "goodwill")
    assert sentence(host, adjusted) == (
        "Maria Manager adjusted the points of member #7 by -1,500; the balance is now 2,500.")
    idle = AuditLine(START, CLERK, "clerk", "staff.logout", CLERK, {"why": "idle"})
    assert sentence(host, idle) == "Deniz Clerk was logged out: nobody touched the screen."
    unknown = AuditLine(START, None, None, "backup.run", "kiosk.db", {})
    assert sentence(host, unknown) == "The kiosk: backup.run (kiosk.db)."


def test_a_reward_picture_is_chosen_by_touching_its_thumbnail(
    qtbot: QtBot, make_kiosk: KioskFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path))
    (tmp_path / "images").mkdir()
    picture = tmp_path / "images" / "cinema.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#c9821b"))
    assert image.save(str(picture))
    (tmp_path / "images" / "notes.txt").write_text("not a picture")
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, CataloguePage)
    assert isinstance(page, CataloguePage)
    qtbot.waitUntil(lambda: bool(page.rewards), timeout=5_000)
    tiles = page.picture.tiles
    assert str(picture) in tiles and not any(path.endswith(".txt") for path in tiles)
    assert tiles[""].isChecked()  # a new reward starts with no picture
    assert min(tiles[str(picture)].width(), tiles[str(picture)].height()) >= 48
    page.name_field.setText("Cinema ticket")
    page.cost_field.setText("900")
    with qtbot.waitSignal(page.picture.chosen, timeout=1_000):
        qtbot.mouseClick(tiles[str(picture)], Qt.MouseButton.LeftButton)
    assert tiles[str(picture)].isChecked() and not tiles[""].isChecked()
    click(qtbot, kiosk, page.save_button)
    qtbot.waitUntil(lambda: "Saved" in page.status.text(), timeout=5_000)
    assert Reward.get(Reward.name == "Cinema ticket").image == str(picture)


def test_staff_pages_scroll_by_dragging_and_buttons_still_click(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    area = kiosk.journey.desk.area
    page = open_page(qtbot, kiosk, DashboardPage)
    assert isinstance(page, DashboardPage)
    viewport = area.scrolls[page].viewport()
    assert QScroller.hasScroller(viewport)
    bar = area.scrolls[page].verticalScrollBar()
    start = QPoint(viewport.width() - 20, viewport.height() - 40)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 31):
        qtbot.mouseMove(viewport, start - QPoint(0, step * 10))
        qtbot.wait(15)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 300))
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3_000)  # the drag moved the page up
    scroller = QScroller.scroller(viewport)
    # a touch while the page still glides only stops it (as on a phone); wait for it to rest
    qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Inactive, timeout=5_000)
    bar.setValue(0)
    click(qtbot, kiosk, page.period_buttons[90])  # a touch on a button is still a click
    assert page.days == 90 and page.period_buttons[90].isChecked()
    # the menu is as wide as its longest name, and the keys open under the page, not the menu
    assert all(button.sizeHint().width() <= area.nav_holder.width()
               for button in area.nav_buttons.values())
    menu_height = area.nav_holder.height()
    purchase = open_page(qtbot, kiosk, PurchasePage)
    assert isinstance(purchase, PurchasePage)
    purchase.amount_field.setFocus()
    area.dock._focus_changed(None, purchase.amount_field)  # as the focus change does
    qtbot.waitUntil(lambda: area.dock.isVisible(), timeout=2_000)
    qtbot.wait(50)  # one layout pass
    assert area.dock.mapTo(area, QPoint(0, 0)).x() >= area.nav_holder.geometry().right()
    assert area.nav_holder.height() == menu_height  # the menu keeps its full height
    assert area.dock.keypad.accept_key.text() == "Hide keys"  # one button closes the keys
    click(qtbot, kiosk, area.dock.keypad.accept_key)
    assert not area.dock.isVisible()


def test_a_turkish_shop_sees_turkish_months_and_lira(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk(ui={"language": "tr"}, store={"currency": "TRY", "currency_symbol": "₺"})
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, PurchasePage)
    assert isinstance(page, PurchasePage)
    kiosk.journey.scanned(ALEX)
    qtbot.waitUntil(lambda: page.member is not None, timeout=5_000)
    page.amount_field.setText("1234.56")
    page.receipt_field.setText("TR-1")
    click(qtbot, kiosk, page.record_button)
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=5_000)
    assert "₺1.234,56" in page.banner.text()
    dashboard = open_page(qtbot, kiosk, DashboardPage)
    # 30 days up to 1 March 2026: from 31 January, "Ocak" written short as "Oca"
    qtbot.waitUntil(lambda: "31 Oca 2026" in dashboard.status.text(), timeout=10_000)
    wait_idle(qtbot, kiosk)

"""Redeeming and donating at the kiosk with a real TCP printer: printed, failed, and while slow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.models import LedgerEntry, Member, Reward, Voucher
from hardware.printer_sim import PrinterSimulator
from tests.ui.conftest import ALEX, KioskFactory, wait_for_screen, wait_idle
from ui.app import Kiosk

pytestmark = pytest.mark.gui


def _newest_voucher() -> Voucher:
    return Voucher.select().order_by(Voucher.id.desc()).get()


def _open_member(qtbot: QtBot, kiosk: Kiosk, card: str = ALEX) -> None:
    kiosk.journey.scanned(card)
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)


def _pick_affordable(qtbot: QtBot, kiosk: Kiosk) -> int:
    tile = next(tile for tile in kiosk.window.member.tiles if tile.isEnabled())
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "confirm")
    return tile.item_id


def test_redeem_prints_the_voucher_and_shows_take_your_voucher(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator
) -> None:
    kiosk = make_kiosk()
    vouchers_before = Voucher.select().count()
    _open_member(qtbot, kiosk)
    before = kiosk.window.member.view.balance  # type: ignore[union-attr]
    reward_id = _pick_affordable(qtbot, kiosk)
    confirm = kiosk.window.confirm
    option = next(r for r in kiosk.journey.session.member.rewards if r.id == reward_id)  # type: ignore[union-attr]
    assert f"{before - option.cost:,}" in confirm.sums.text()
    qtbot.mouseClick(confirm.yes, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(confirm.yes, Qt.MouseButton.LeftButton)  # a double tap redeems once
    wait_for_screen(qtbot, kiosk, "result")
    result = kiosk.window.result
    assert result.title.text() == "Take your voucher"
    assert not result.code.isVisible()
    assert result.preview.pixmap() is not None and not result.preview.pixmap().isNull()
    jobs = printer_sim.wait_for_jobs(1)
    voucher = _newest_voucher()
    assert voucher.reward_id == reward_id and voucher.status == "printed"
    assert voucher.code.encode() in b"".join(jobs)
    assert Voucher.select().count() == vouchers_before + 1
    assert Member.get(Member.id == voucher.member_id).balance == before - option.cost
    qtbot.mouseClick(result.more_button, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "member")
    assert kiosk.window.member.view.balance == before - option.cost  # type: ignore[union-attr]


def _balance(kiosk: Kiosk) -> int:
    return Member.get_by_id(kiosk.window.member.view.member_id).balance  # type: ignore[union-attr]


def _cannot_print(qtbot: QtBot, kiosk: Kiosk) -> None:
    wait_for_screen(qtbot, kiosk, "message")
    message = kiosk.window.message
    assert message.title.text() == "Vouchers cannot be printed right now"
    assert "No points have been taken" in message.body.text()
    assert "staff" in message.body.text()


def test_a_printer_known_to_be_out_of_paper_takes_no_points_and_sends_to_staff(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator
) -> None:
    printer_sim.set_mode("paper_out")
    kiosk = make_kiosk()
    qtbot.waitUntil(lambda: "Printer: out of paper" in kiosk.window.attract.devices.text(),
                    timeout=10_000)
    vouchers_before = Voucher.select().count()
    _open_member(qtbot, kiosk)
    before = _balance(kiosk)
    notice = kiosk.window.notice
    assert notice.isVisible() and "cannot be printed" in notice.text()
    tile = next(tile for tile in kiosk.window.member.tiles if tile.isEnabled())
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    _cannot_print(qtbot, kiosk)
    assert Voucher.select().count() == vouchers_before
    assert kiosk.window.message.button_texts() == ["Back to my rewards", "Done"]
    printer_sim.set_mode("ok")  # staff put paper in: the next touch can redeem
    wait_idle(qtbot, kiosk)
    qtbot.mouseClick(kiosk.window.message.buttons[0], Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    assert _balance(kiosk) == before
    assert not notice.isVisible()
    _pick_affordable(qtbot, kiosk)


def test_a_printer_that_ran_out_while_the_customer_chose_takes_no_points(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator
) -> None:
    kiosk = make_kiosk()
    vouchers_before = Voucher.select().count()
    _open_member(qtbot, kiosk)
    before = _balance(kiosk)
    _pick_affordable(qtbot, kiosk)
    printer_sim.set_mode("paper_out")
    kiosk.window.confirm.yes.click()
    _cannot_print(qtbot, kiosk)
    assert Voucher.select().count() == vouchers_before
    assert _balance(kiosk) == before
    assert "Printer: out of paper" in kiosk.window.attract.devices.text()


def test_a_refused_printer_connection_takes_no_points(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator
) -> None:
    printer_sim.refuse()
    kiosk = make_kiosk()
    qtbot.waitUntil(lambda: "Printer: not ready" in kiosk.window.attract.devices.text(),
                    timeout=10_000)
    vouchers_before = Voucher.select().count()
    _open_member(qtbot, kiosk)
    tile = next(tile for tile in kiosk.window.member.tiles if tile.isEnabled())
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    _cannot_print(qtbot, kiosk)
    assert Voucher.select().count() == vouchers_before


def test_a_print_that_breaks_off_keeps_the_voucher_and_says_where_to_go(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator
) -> None:
    printer_sim.close_after(16)
    kiosk = make_kiosk()
    _open_member(qtbot, kiosk)
    before = _balance(kiosk)
    _pick_affordable(qtbot, kiosk)
    kiosk.window.confirm.yes.click()
    wait_for_screen(qtbot, kiosk, "result")
    result = kiosk.window.result
    voucher = _newest_voucher()
    assert result.title.text() == "Your voucher is saved"
    assert "till" in result.body.text()
    assert result.code.isVisible() and result.code.text() == result.display_code
    assert voucher.status == "issued"
    assert Member.get_by_id(voucher.member_id).balance == before - voucher.points


def test_a_donation_goes_ahead_without_paper_because_its_slip_is_only_a_thank_you(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator
) -> None:
    printer_sim.set_mode("paper_out")
    kiosk = make_kiosk()
    qtbot.waitUntil(lambda: "Printer: out of paper" in kiosk.window.attract.devices.text(),
                    timeout=10_000)
    _open_member(qtbot, kiosk)
    before = _balance(kiosk)
    kiosk.shell.customer.redeem.open_causes()
    cause = kiosk.window.member.view.causes[0]  # type: ignore[union-attr]
    kiosk.shell.customer.redeem.choose_donation(cause.id, 10)
    wait_for_screen(qtbot, kiosk, "confirm")
    kiosk.window.confirm.yes.click()
    wait_for_screen(qtbot, kiosk, "result")
    assert kiosk.window.result.title.text() == "Thank you! Your donation is saved"
    assert Member.get_by_id(kiosk.window.member.view.member_id).balance == before - 10  # type: ignore[union-attr]


def test_the_screen_keeps_moving_while_the_printer_hangs(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator
) -> None:
    printer_sim.set_mode("hang")
    kiosk = make_kiosk()
    _open_member(qtbot, kiosk)
    _pick_affordable(qtbot, kiosk)
    kiosk.window.confirm.yes.click()
    wait_for_screen(qtbot, kiosk, "printing")
    spinner = kiosk.window.printing.spinner
    angles = set()
    for _ in range(8):
        qtbot.wait(60)
        angles.add(round(spinner.angle))
    assert len(angles) >= 4, "the spinner froze: the GUI thread is blocked"
    kiosk.shell.idle.tick()
    assert kiosk.window.current() is kiosk.window.printing
    wait_for_screen(qtbot, kiosk, "result", timeout=20_000)
    assert kiosk.window.result.title.text() == "Your voucher is saved"


def test_donating_points_prints_a_thank_you_slip(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator
) -> None:
    kiosk = make_kiosk()
    _open_member(qtbot, kiosk)
    before = kiosk.window.member.view.balance  # type: ignore[union-attr]
    qtbot.mouseClick(kiosk.window.member.donate_button, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "donate")
    donate = kiosk.window.donate
    assert not donate.give.isEnabled()
    qtbot.mouseClick(donate.tiles[0], Qt.MouseButton.LeftButton)
    choice, amount = donate.amount_buttons[0]
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(donate.give, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "confirm")
    kiosk.window.confirm.yes.click()
    wait_for_screen(qtbot, kiosk, "result")
    assert kiosk.window.result.title.text() == "Thank you!"
    assert printer_sim.wait_for_jobs(1)
    entry = (LedgerEntry.select().where(LedgerEntry.kind == "donate")
             .order_by(LedgerEntry.id.desc()).get())
    assert entry.points == -amount
    assert Member.get_by_id(entry.member_id).balance == before - amount


def test_a_reward_that_ran_out_meanwhile_is_explained(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    vouchers_before = Voucher.select().count()
    _open_member(qtbot, kiosk)
    reward_id = _pick_affordable(qtbot, kiosk)

    Reward.update(stock=0).where(Reward.id == reward_id).execute()
    kiosk.window.confirm.yes.click()
    wait_for_screen(qtbot, kiosk, "message")
    assert kiosk.window.message.body.text() == "Sorry, this reward has just run out."
    assert Voucher.select().count() == vouchers_before
    assert kiosk.window.message.button_texts() == ["Back to my rewards", "Done"]

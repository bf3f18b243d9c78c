"""A database that fails during or after a redemption: the voucher's code still reaches the
customer, and trying again returns the same voucher instead of taking the points twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from db.models import Member, Voucher
from hardware.printer_sim import PrinterSimulator
from kiosk.services import journey, printing
from tests.ui.conftest import ALEX, KioskFactory, wait_for_screen, wait_idle
from ui.app import Kiosk

pytestmark = pytest.mark.gui


def _open_member_and_confirm(qtbot: QtBot, kiosk: Kiosk) -> tuple[int, int]:
    """Scan Alex, choose the first reward Alex can afford and confirm: (reward, balance before)."""
    kiosk.journey.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    before = _alex().balance  # after the scan: a birthday bonus may have come with it
    tile = next(tile for tile in kiosk.window.member.tiles if tile.isEnabled())
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "confirm")
    qtbot.mouseClick(kiosk.window.confirm.yes, Qt.MouseButton.LeftButton)
    return tile.item_id, before


def _records_gone(*_: Any, **__: Any) -> Any:
    raise peewee.OperationalError("server closed the connection unexpectedly")


def _alex() -> Member:
    return Member.get(Member.name == "Alex Morgan")


@pytest.mark.parametrize("printed", [True, False], ids=["printed", "not-printed"])
def test_records_failing_after_the_voucher_is_saved_still_give_the_customer_its_code(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator,
    monkeypatch: pytest.MonkeyPatch, printed: bool,
) -> None:
    if not printed:
        printer_sim.close_after(16)
    monkeypatch.setattr(printing, "member_view", _records_gone)  # the screen after the voucher
    kiosk = make_kiosk()
    _, before = _open_member_and_confirm(qtbot, kiosk)
    wait_for_screen(qtbot, kiosk, "result")
    result = kiosk.window.result
    voucher = Voucher.select().order_by(Voucher.id.desc()).get()
    assert _alex().balance == before - voucher.points
    assert result.display_code and voucher.code.startswith(result.display_code.replace("-", "")[:4])
    if printed:
        assert result.title.text() == "Take your voucher"
        assert voucher.code.encode() in b"".join(printer_sim.wait_for_jobs(1))
    else:
        assert result.title.text() == "Your voucher is saved"
        assert result.code.isVisible() and result.code.text() == result.display_code


def test_trying_again_after_the_records_failed_mid_redemption_returns_the_same_voucher(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real: Callable[..., Any] = journey.redeem_reward
    calls: list[str] = []

    def saved_then_connection_lost(*args: Any, **kwargs: Any) -> Any:
        issued = real(*args, **kwargs)
        calls.append(issued.voucher_code)
        if len(calls) == 1:  # committed, but the answer never came back
            raise peewee.OperationalError("server closed the connection unexpectedly")
        return issued

    monkeypatch.setattr(journey, "redeem_reward", saved_then_connection_lost)
    kiosk = make_kiosk()
    vouchers = Voucher.select().count()
    reward_id, before = _open_member_and_confirm(qtbot, kiosk)
    wait_for_screen(qtbot, kiosk, "message")
    back = next(b for b in kiosk.window.message.findChildren(QPushButton)
                if b.isVisible() and b.text() == "Back to my rewards")
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "member")
    wait_idle(qtbot, kiosk)
    tile = next(tile for tile in kiosk.window.member.tiles if tile.item_id == reward_id)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "confirm")
    qtbot.mouseClick(kiosk.window.confirm.yes, Qt.MouseButton.LeftButton)
    wait_for_screen(qtbot, kiosk, "result")
    assert calls[0] == calls[1]  # the same voucher came back for the same request key
    assert Voucher.select().count() == vouchers + 1
    voucher = Voucher.select().order_by(Voucher.id.desc()).get()
    assert _alex().balance == before - voucher.points
    assert voucher.status == "printed"

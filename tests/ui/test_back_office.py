"""The back office window: name and PIN with Enter, a staff card, the menu's log-out, and the
log-out after the configured quiet time; no customer screen, no keys on screen."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.models import AuditEntry
from kiosk.clock import FixedClock
from kiosk.config import BackOfficeConfig, Config
from kiosk.context import Context
from kiosk.services.programme import with_effective_programme
from tests.conftest import SECRET
from tests.ui.conftest import MANAGER, MANAGER_CARD, MANAGER_PIN
from ui.backoffice.app import BackOffice, build_back_office
from ui.staff.density import at_desk
from ui.staff.pages.counter import PurchasePage

pytestmark = pytest.mark.gui


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def ticks() -> Ticks:
    return Ticks()


@pytest.fixture
def office(qtbot: QtBot, demo_db: FixedClock, ticks: Ticks) -> Iterator[BackOffice]:
    config = replace(Config(), back_office=BackOfficeConfig(lock_minutes=2))
    built = build_back_office(Context(config, SECRET, demo_db), with_effective_programme,
                              clock=ticks)
    qtbot.addWidget(built.window)
    built.start()
    qtbot.waitExposed(built.window)
    qtbot.waitUntil(lambda: built.login.name_list.count() == 2, timeout=5_000)
    yield built
    built.shut_down()


def _log_in(qtbot: QtBot, office: BackOffice, name: str = MANAGER, pin: str = MANAGER_PIN) -> None:
    login = office.login
    qtbot.keyClicks(login.name_field, name)
    qtbot.keyClick(login.name_field, Qt.Key.Key_Return)
    assert login.pin_field.hasFocus()  # Enter moves on to the PIN
    qtbot.keyClicks(login.pin_field, pin)
    qtbot.keyClick(login.pin_field, Qt.Key.Key_Return)


def _logged_in(qtbot: QtBot, office: BackOffice) -> None:
    qtbot.waitUntil(lambda: office.desk.session is not None, timeout=5_000)
    qtbot.waitUntil(lambda: office.window.current() is office.desk.area, timeout=5_000)


def test_a_normal_window_with_a_name_and_pin_login(qtbot, office) -> None:
    window = office.window
    assert not window.isFullScreen() and window.minimumWidth() < window.maximumWidth()
    assert window.windowTitle() == "Loyalty back office — Corner Market"
    assert window.current() is office.login and at_desk()
    assert [office.login.name_list.item(i).text() for i in range(2)] == [
        "Deniz Clerk", "Maria Manager"]
    _log_in(qtbot, office)
    _logged_in(qtbot, office)
    assert window.windowTitle() == "Loyalty back office — all shops"  # a chain-wide account
    assert window.log_out_action.isEnabled()
    area = office.desk.area
    assert not area.quit_button.isVisible()  # the window closes as windows do
    page = area.current_page()
    assert isinstance(page, PurchasePage)
    qtbot.mouseClick(page.amount_field, Qt.MouseButton.LeftButton)
    assert page.amount_field.hasFocus()
    assert not area.dock.isVisible()  # a keyboard is there: no keys on screen
    assert area.nav_buttons[page].height() < 40 and page.amount_field.height() < 40
    titles = [action.text() for action in window.pages_menu.actions()]
    assert titles[0] == "Purchase" and "Terminals" in titles  # a manager's pages, in order
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Ctrl+2: Refund
    assert type(area.current_page()).__name__ == "RefundPage"


def test_a_wrong_pin_is_refused_with_the_attempts_left(qtbot, office) -> None:
    _log_in(qtbot, office, pin="1111")
    qtbot.waitUntil(lambda: "attempt" in office.login.error.text(), timeout=5_000)
    assert office.desk.session is None and office.login.pin_field.text() == ""
    assert office.login.pin_field.hasFocus()


def test_a_staff_card_in_the_name_field_asks_for_its_pin(qtbot, office) -> None:
    login = office.login
    qtbot.keyClicks(login.name_field, MANAGER_CARD)
    qtbot.keyClick(login.name_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: login.name_field.text() == MANAGER, timeout=5_000)
    assert office.desk.card == MANAGER_CARD
    qtbot.keyClicks(login.pin_field, MANAGER_PIN)
    qtbot.keyClick(login.pin_field, Qt.Key.Key_Return)
    _logged_in(qtbot, office)


def test_the_menu_logs_out_to_the_login(qtbot, office) -> None:
    _log_in(qtbot, office)
    _logged_in(qtbot, office)
    office.window.log_out_action.trigger()
    qtbot.waitUntil(lambda: office.window.current() is office.login, timeout=5_000)
    assert office.window.windowTitle() == "Loyalty back office — Corner Market"
    assert not office.window.pages_menu.isEnabled()
    # the names again (asked once the log-out is written), ready for the next person
    qtbot.waitUntil(office.login.name_field.hasFocus, timeout=5_000)
    qtbot.waitUntil(lambda: not office.worker.busy, timeout=5_000)
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert last.action == "staff.logout" and json.loads(last.details)["why"] == "done"


def test_logged_out_after_the_lock_time_without_input(qtbot, office, ticks) -> None:
    _log_in(qtbot, office)
    _logged_in(qtbot, office)
    idle = office.idle
    ticks.now += 119
    idle.tick()
    assert office.desk.session is not None
    assert office.desk.area.countdown.isVisible()  # the last 30 seconds are counted down
    qtbot.mouseClick(office.desk.area.nav_buttons[office.desk.area.current_page()],
                     Qt.MouseButton.LeftButton)  # a click: the full two minutes again
    assert not office.desk.area.countdown.isVisible()
    ticks.now += 119
    idle.tick()
    assert office.desk.session is not None
    ticks.now += 1
    idle.tick()
    assert office.desk.session is None
    qtbot.waitUntil(lambda: office.window.current() is office.login, timeout=5_000)
    qtbot.waitUntil(lambda: not office.worker.busy, timeout=5_000)
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert last.action == "staff.logout" and json.loads(last.details)["why"] == "idle"
    ticks.now += 10_000
    idle.tick()  # the login waits as long as it is left
    assert office.window.current() is office.login


def test_the_back_office_reports_in_as_a_terminal(qtbot, demo_db) -> None:
    from db.models import Terminal
    from main import back_office_report_in

    config = replace(Config(), store=replace(Config().store, terminal="OFFICE-1"))
    built = build_back_office(Context(config, SECRET, demo_db), report_in=back_office_report_in())
    qtbot.addWidget(built.window)
    built.start()
    try:
        qtbot.waitUntil(lambda: Terminal.select().where(Terminal.code == "OFFICE-1").exists(),
                        timeout=5_000)
        row = Terminal.get(Terminal.code == "OFFICE-1")
        assert (row.kind, row.store, row.printer_state, row.scanner_state) == (
            "back-office", config.store.id, "none", "none")
    finally:
        qtbot.waitUntil(lambda: not built.worker.busy, timeout=5_000)
        built.shut_down()

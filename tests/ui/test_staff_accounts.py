"""Staff accounts and the audit log on the real window: add, PIN, lock, unlock, roles, the log."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from db.models import AuditEntry, Staff
from tests.ui.conftest import (
    CLERK,
    CLERK_PIN,
    MANAGER,
    MANAGER_PIN,
    KioskFactory,
    wait_for_screen,
    wait_idle,
)
from tests.ui.staff_helpers import click, log_in, logged_in, open_page
from ui.app import Kiosk
from ui.staff.pages.accounts import StaffAccountsPage
from ui.staff.pages.audit import AuditPage

pytestmark = pytest.mark.gui

NEW, NEW_PIN = "Sam Saturday", "8642"


def _audit(action: str) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id))


def _pad(qtbot: QtBot, kiosk: Kiosk, edit: QLineEdit, digits: str) -> None:
    """Touch the field, then the digits on the on-screen keypad that comes up for it."""
    dock = kiosk.journey.desk.area.dock
    edit.setFocus()
    dock._focus_changed(None, edit)
    assert dock.target is edit
    for digit in digits:
        click(qtbot, kiosk, dock.keypad.digit_keys[digit])
    assert edit.text() == digits


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Touch the field and type on a keyboard."""
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    assert edit.text() == text


def _log_in(qtbot: QtBot, kiosk: Kiosk, name: str, pin: str) -> None:
    """Open the login screen once its name buttons include `name`, then log in."""
    kiosk.journey.desk.begin()
    login = kiosk.window.staff
    qtbot.waitUntil(lambda: name in [b.text() for b in login.name_buttons], timeout=5_000)
    log_in(qtbot, kiosk, name, pin)


def _accounts(qtbot: QtBot, kiosk: Kiosk) -> StaffAccountsPage:
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, StaffAccountsPage)
    assert isinstance(page, StaffAccountsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5_000)
    return page


def _choose(qtbot: QtBot, kiosk: Kiosk, page: StaffAccountsPage, name: str) -> None:
    """Touch the account's row in the table."""
    row = next(i for i in range(page.table.rowCount()) if page.table.item(i, 0).text() == name)
    rect = page.table.visualItemRect(page.table.item(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, kiosk)
    assert page.chosen is not None and page.chosen.name == name
    assert page.edit_box.isVisible()


def _row(page: StaffAccountsPage, name: str) -> list[str]:
    for i in range(page.table.rowCount()):
        if page.table.item(i, 0).text() == name:
            return [page.table.item(i, c).text() for c in range(page.table.columnCount())]
    raise AssertionError(f"no row for {name}")


def _log_out(qtbot: QtBot, kiosk: Kiosk) -> None:
    click(qtbot, kiosk, kiosk.journey.desk.area.done_button)
    wait_for_screen(qtbot, kiosk, "attract")


def test_the_table_lists_every_account_with_role_card_and_state(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    page = _accounts(qtbot, kiosk)
    assert _row(page, MANAGER)[:4] == [MANAGER, "Manager", "STAFF-0001", "active"]
    assert _row(page, CLERK) == [CLERK, "Clerk", "STAFF-0002", "active", "never"]
    assert not page.edit_box.isVisible() and not page.add_box.isVisible()


def test_a_manager_adds_a_clerk_who_can_then_log_in(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    page = _accounts(qtbot, kiosk)
    click(qtbot, kiosk, page.add_mode_button)
    assert page.add_box.isVisible() and not page.edit_box.isVisible()
    _type(qtbot, page.new_name, NEW)
    assert page.new_role.clerk_button.isChecked()
    _pad(qtbot, kiosk, page.new_pin, NEW_PIN)
    _pad(qtbot, kiosk, page.new_pin_again, "8643")  # a typing slip is caught on screen
    click(qtbot, kiosk, page.add_button)
    assert "not the same" in page.status.text()
    assert not Staff.select().where(Staff.name == NEW).exists()
    _pad(qtbot, kiosk, page.new_pin, NEW_PIN)
    _pad(qtbot, kiosk, page.new_pin_again, NEW_PIN)
    click(qtbot, kiosk, page.add_button)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=5_000)
    assert page.status.text() == f"Added {NEW} as clerk. They can log in now."
    assert _row(page, NEW)[:4] == [NEW, "Clerk", "—", "active"]
    assert page.chosen is not None and page.chosen.name == NEW  # the new account is chosen
    (added,) = [e for e in _audit("staff.add") if e.target == NEW]
    assert (added.staff, added.role, added.target) == (MANAGER, "manager", NEW)
    assert json.loads(added.details) == {"card": "", "role": "clerk", "store": "chain"}
    _log_out(qtbot, kiosk)
    _log_in(qtbot, kiosk, NEW, NEW_PIN)
    wait_for_screen(qtbot, kiosk, "staff-area")
    assert kiosk.journey.desk.session.role == "clerk"


def test_adding_a_name_that_exists_shows_the_refusal(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    page = _accounts(qtbot, kiosk)
    click(qtbot, kiosk, page.add_mode_button)
    _type(qtbot, page.new_name, CLERK)
    _pad(qtbot, kiosk, page.new_pin, "1111")
    _pad(qtbot, kiosk, page.new_pin_again, "1111")
    click(qtbot, kiosk, page.add_button)
    assert page.status.text() == "There is already a staff account with this name."
    assert page.status.property("kind") == "warning"
    assert Staff.select().count() == 2
    assert [e.target for e in _audit("staff.add")] == [MANAGER, CLERK]  # the demo accounts only


def test_a_manager_changes_a_pin_and_the_old_one_stops_working(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    page = _accounts(qtbot, kiosk)
    _choose(qtbot, kiosk, page, CLERK)
    assert page.pin_field.echoMode() == QLineEdit.EchoMode.Password
    _pad(qtbot, kiosk, page.pin_field, "12")
    click(qtbot, kiosk, page.pin_button)
    assert page.status.property("kind") == "warning"  # too short: the service says why
    assert _audit("staff.passwd") == []
    _pad(qtbot, kiosk, page.pin_field, "97531")
    click(qtbot, kiosk, page.pin_button)
    assert page.status.text() == f"{CLERK} has a new PIN."
    assert page.pin_field.text() == ""
    assert [(e.staff, e.target) for e in _audit("staff.passwd")] == [(MANAGER, CLERK)]
    _log_out(qtbot, kiosk)
    log_in(qtbot, kiosk, CLERK, CLERK_PIN)
    assert kiosk.window.current().objectName() == "staff-login"
    assert "not right" in kiosk.window.staff.error.text()
    kiosk.journey.desk.cancel()
    logged_in(qtbot, kiosk, CLERK, "97531")


def test_locking_takes_two_touches_and_keeps_the_clerk_out_until_unlocked(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    page = _accounts(qtbot, kiosk)
    _choose(qtbot, kiosk, page, CLERK)
    _type(qtbot, page.reason_field, "left the till open")
    click(qtbot, kiosk, page.lock_button)
    assert page.lock_button.text() == "Touch again to lock"
    assert not Staff.get(Staff.name == CLERK).locked  # one touch changes nothing
    click(qtbot, kiosk, page.lock_button)
    qtbot.waitUntil(lambda: _row(page, CLERK)[3] == "locked by a manager", timeout=5_000)
    assert page.status.text() == f"{CLERK} is locked and cannot log in."
    assert page.lock_button.text() == "Unlock"
    (locked,) = _audit("staff.lock")
    assert (locked.staff, locked.target, locked.reason) == (MANAGER, CLERK, "left the till open")
    _log_out(qtbot, kiosk)
    log_in(qtbot, kiosk, CLERK, CLERK_PIN)
    assert kiosk.window.current().objectName() == "staff-login"
    assert kiosk.window.staff.error.text() == "This account is locked. A manager can unlock it."
    assert _audit("staff.login")[-1].staff == MANAGER  # the clerk never got in
    kiosk.journey.desk.cancel()
    page = _accounts(qtbot, kiosk)
    _choose(qtbot, kiosk, page, CLERK)
    click(qtbot, kiosk, page.lock_button)  # unlocking takes one touch
    qtbot.waitUntil(lambda: _row(page, CLERK)[3] == "active", timeout=5_000)
    assert page.status.text() == f"{CLERK} is unlocked and can log in."
    assert [e.target for e in _audit("staff.unlock")] == [CLERK]
    _log_out(qtbot, kiosk)
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)


def test_the_last_manager_cannot_be_locked_or_switched_off(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    page = _accounts(qtbot, kiosk)
    _choose(qtbot, kiosk, page, MANAGER)
    click(qtbot, kiosk, page.lock_button)
    click(qtbot, kiosk, page.lock_button)
    message = "The shop needs at least one manager who can log in."
    assert page.status.text() == message
    assert page.status.property("kind") == "warning"
    click(qtbot, kiosk, page.active_button)
    assert page.active_button.text() == "Touch again to switch off"
    click(qtbot, kiosk, page.active_button)
    assert page.status.text() == message
    row = Staff.get(Staff.name == MANAGER)
    assert not row.locked and row.active
    assert _row(page, MANAGER)[3] == "active"
    assert _audit("staff.lock") == [] and _audit("staff.edit") == []


def test_switching_off_and_changing_role_and_card(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    page = _accounts(qtbot, kiosk)
    _choose(qtbot, kiosk, page, CLERK)
    page.card_field.setText("STAFF-0001")  # the manager's card
    click(qtbot, kiosk, page.save_button)
    assert page.status.text() == "This staff card belongs to another account."
    page.card_field.setText("staff-0099")
    click(qtbot, kiosk, page.role_choice.manager_button)
    click(qtbot, kiosk, page.save_button)
    qtbot.waitUntil(lambda: _row(page, CLERK)[1] == "Manager", timeout=5_000)
    assert _row(page, CLERK)[2] == "STAFF-0099"
    assert json.loads(_audit("staff.edit")[-1].details) == {
        "card_number": ["STAFF-0002", "STAFF-0099"], "role": ["clerk", "manager"]}
    click(qtbot, kiosk, page.active_button)
    click(qtbot, kiosk, page.active_button)
    qtbot.waitUntil(lambda: _row(page, CLERK)[3] == "switched off", timeout=5_000)
    assert page.active_button.text() == "Switch on"
    assert not Staff.get(Staff.name == CLERK).active
    click(qtbot, kiosk, page.active_button)  # switching on takes one touch
    qtbot.waitUntil(lambda: _row(page, CLERK)[3] == "active", timeout=5_000)
    assert [json.loads(e.details) for e in _audit("staff.edit")[-2:]] == [
        {"active": [True, False]}, {"active": [False, True]}]


def test_a_clerk_never_sees_or_reaches_the_accounts_or_the_log(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    area = kiosk.journey.desk.area
    titles = {page.nav_title() for page in area.visible_pages()}
    assert not {"Staff accounts", "Audit log"} & titles
    shown = area.current_page()
    for cls in (StaffAccountsPage, AuditPage):
        page = area.page_of(cls)
        assert not area.nav_buttons[page].isVisible()
        area.show_page(page)
        wait_idle(qtbot, kiosk)
        assert area.current_page() is shown
    assert area.page_of(StaffAccountsPage).table.rowCount() == 0  # nothing was loaded


def test_the_audit_log_lists_what_was_just_done_and_by_whom(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    page = _accounts(qtbot, kiosk)
    _choose(qtbot, kiosk, page, CLERK)
    _type(qtbot, page.reason_field, "left the till open")
    click(qtbot, kiosk, page.lock_button)
    click(qtbot, kiosk, page.lock_button)
    qtbot.waitUntil(lambda: _row(page, CLERK)[3] == "locked by a manager", timeout=5_000)
    click(qtbot, kiosk, page.lock_button)
    qtbot.waitUntil(lambda: _row(page, CLERK)[3] == "active", timeout=5_000)
    audit = open_page(qtbot, kiosk, AuditPage)
    assert isinstance(audit, AuditPage)
    qtbot.waitUntil(lambda: audit.table.rowCount() == 5, timeout=5_000)  # and the demo's two

    def rows() -> list[list[str]]:
        table = audit.table
        return [[table.item(r, c).text() for c in range(1, 3)] for r in range(table.rowCount())]

    assert rows()[:3] == [  # one sentence per action, the reason beside it
        [f"{MANAGER} unlocked the account of {CLERK}.", ""],
        [f"{MANAGER} locked the account of {CLERK}.", "left the till open"],
        [f"{MANAGER} logged in.", ""],
    ]
    assert [b.text() for b in audit.person_buttons.values()] == [MANAGER, CLERK]
    click(qtbot, kiosk, audit.person_buttons[CLERK])
    assert audit.table.rowCount() == 0
    assert audit.status.text() == "Nothing was recorded for these filters."
    click(qtbot, kiosk, audit.everyone_button)
    click(qtbot, kiosk, audit.kind_buttons["voucher"])
    assert audit.table.rowCount() == 0
    click(qtbot, kiosk, audit.kind_buttons["staff"])
    assert audit.table.rowCount() == 5
    click(qtbot, kiosk, audit.person_buttons[MANAGER])
    assert audit.table.rowCount() == 3
    assert audit.status.text() == "3 actions, newest first."
    click(qtbot, kiosk, audit.day_buttons["yesterday"])
    assert audit.table.rowCount() == 0
    click(qtbot, kiosk, audit.day_buttons["week"])
    assert audit.table.rowCount() == 3

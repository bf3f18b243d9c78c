"""Locks on the real window: the lock sentence at any level, the card path, who is locked and why,
and a manager unlocking a member's phone look-up."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from db.models import AuditEntry, Card, Member, Staff
from tests.ui.conftest import (
    ALEX,
    CLERK,
    CLERK_CARD,
    CLERK_PIN,
    MANAGER,
    MANAGER_PIN,
    KioskFactory,
    wait_for_screen,
)
from tests.ui.staff_helpers import click, log_in, logged_in, open_page, type_pin
from ui.app import Kiosk
from ui.staff.pages.accounts import StaffAccountsPage
from ui.staff.pages.members import MembersPage

pytestmark = pytest.mark.gui
# English plural forms come from kiosk_en.qm, rebuilt from the sources after a merge
PINS = r"PIN(?:s|\(s\))"


def _audit(action: str) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id))


def test_a_wrong_pin_after_weeks_of_locks_shows_the_lock_not_an_error(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    Staff.update(lock_level=25, failures=90).where(Staff.name == CLERK).execute()
    kiosk = make_kiosk()
    log_in(qtbot, kiosk, CLERK, "0000")
    text = kiosk.window.staff.error.text()
    assert "locked until" in text and "went wrong" not in text
    assert "With a staff card, scan it to log in without waiting." in text
    assert len(_audit("staff.locked")) == 1


def test_a_clerk_locked_at_the_name_list_gets_in_with_the_staff_card(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    log_in(qtbot, kiosk, CLERK, "0000")
    for _ in range(4):
        type_pin(qtbot, kiosk, "0000")
    assert "locked until" in kiosk.window.staff.error.text()
    kiosk.journey.desk.cancel()
    kiosk.journey.scanned(CLERK_CARD)
    wait_for_screen(qtbot, kiosk, "staff-login")
    qtbot.waitUntil(lambda: kiosk.window.staff.staff_name == CLERK, timeout=5_000)
    type_pin(qtbot, kiosk, CLERK_PIN)
    wait_for_screen(qtbot, kiosk, "staff-area")
    assert _audit("staff.login")[-1].details == '{"by": "card"}'
    row = Staff.get(Staff.name == CLERK)
    assert row.failures == 5 and row.card_failures == 0


def _row(page: StaffAccountsPage, name: str) -> list[str]:
    for i in range(page.table.rowCount()):
        if page.table.item(i, 0).text() == name:
            return [page.table.item(i, c).text() for c in range(page.table.columnCount())]
    raise AssertionError(f"no row for {name}")


def _accounts_with_a_locked_clerk(qtbot: QtBot, kiosk: Kiosk) -> StaffAccountsPage:
    """The manager's accounts page with the clerk locked for 16 minutes after 5 wrong PINs."""
    now = kiosk.journey.ctx.now()
    Staff.update(failures=5, locked_until=now + timedelta(minutes=16)).where(
        Staff.name == CLERK).execute()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, StaffAccountsPage)
    qtbot.waitUntil(lambda: page.table.rowCount() >= 2, timeout=5_000)
    return page


def test_the_accounts_page_says_who_is_locked_and_why(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    page = _accounts_with_a_locked_clerk(qtbot, make_kiosk())
    assert re.fullmatch(r"locked until \d\d:\d\d", _row(page, CLERK)[3])
    assert page.locks_label.isVisible()
    assert re.fullmatch(rf"{CLERK}: locked until \d\d:\d\d after 5 wrong {PINS}",
                        page.locks_label.text())
    Staff.update(locked=True, locked_by="Ana Owner", lock_reason="left the till open").where(
        Staff.name == CLERK).execute()
    Staff.update(card_failures=2).where(Staff.name == MANAGER).execute()
    page.refresh()
    qtbot.waitUntil(lambda: _row(page, CLERK)[3] == "locked by a manager", timeout=5_000)
    assert _row(page, MANAGER)[3] == "active"
    lines = sorted(page.locks_label.text().splitlines())  # in the table's order: managers first
    assert lines[0] == f"{CLERK}: locked by Ana Owner: left the till open"
    assert re.fullmatch(rf"{MANAGER}: active, 2 wrong {PINS} since the last login", lines[1])


def test_a_manager_unlocks_a_members_phone_look_up(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    member_id = Card.get(Card.number == ALEX).member_id
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
    page = open_page(qtbot, kiosk, MembersPage)
    kiosk.journey.scanned(ALEX)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=5_000)
    assert page.unlock_phone_button.isHidden() and page.phone_lock_label.isHidden()

    Member.update(pin_failures=5, pin_locked_at=kiosk.journey.ctx.now()).where(
        Member.id == member_id).execute()
    page.open_member(member_id)
    qtbot.waitUntil(lambda: page.detail.phone_locked, timeout=5_000)
    assert page.unlock_phone_button.isVisible()
    assert page.unlock_phone_button.text() == "Unlock phone look-up"
    assert page.phone_lock_label.text().startswith("Phone look-up locked since ")
    assert re.search(rf"after 5 wrong {PINS}\.$", page.phone_lock_label.text())
    click(qtbot, kiosk, page.unlock_phone_button)
    qtbot.waitUntil(lambda: not page.detail.phone_locked, timeout=5_000)
    assert page.unlock_phone_button.isHidden()
    (reset,) = _audit("member.pin_reset")
    assert (reset.staff, reset.target) == (MANAGER, f"member:{member_id}")
    assert Member.get_by_id(member_id).pin_failures == 0


def test_a_clerk_sees_the_phone_lock_but_no_unlock_button(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    member_id = Card.get(Card.number == ALEX).member_id
    Member.update(pin_failures=5).where(Member.id == member_id).execute()
    kiosk = make_kiosk()
    logged_in(qtbot, kiosk, CLERK, CLERK_PIN)
    page = open_page(qtbot, kiosk, MembersPage)
    kiosk.journey.scanned(ALEX)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=5_000)
    assert page.phone_lock_label.isVisible() and page.unlock_phone_button.isHidden()


def test_the_members_card_scanned_at_the_kiosk_lifts_the_phone_lock(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    member_id = Card.get(Card.number == ALEX).member_id
    kiosk = make_kiosk(security={"phone_lookup_pin": True})
    Member.update(pin_failures=5, pin_locked_at=kiosk.journey.ctx.now()).where(
        Member.id == member_id).execute()
    kiosk.journey.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "member")
    qtbot.waitUntil(lambda: not kiosk.worker.busy, timeout=5_000)
    row = Member.get_by_id(member_id)
    assert (row.pin_failures, row.pin_locked_at) == (0, None)
    (lifted,) = _audit("member.pin_unlock")
    assert (lifted.staff, lifted.role, lifted.target) == (
        "customer", "customer", f"member:{member_id}"
    )


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_lock_in_the_accounts_table_never_cuts_a_name_at_1024(
    qtbot: QtBot, make_kiosk: KioskFactory, language: str
) -> None:
    page = _accounts_with_a_locked_clerk(qtbot, make_kiosk(ui={"language": language}))
    qtbot.wait(50)
    metrics = page.table.fontMetrics()
    for name in (MANAGER, CLERK):
        shown = page.table.visualItemRect(page.table.item(_index(page, name), 0)).width()
        assert shown >= metrics.horizontalAdvance(name), (language, name, shown)
    right = page.table.horizontalHeader().length()
    assert right <= page.table.viewport().width() + 1  # no column runs off the table


def _index(page: StaffAccountsPage, name: str) -> int:
    return next(i for i in range(page.table.rowCount()) if page.table.item(i, 0).text() == name)

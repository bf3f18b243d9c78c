"""Staff lockouts hold for a month of guessing: locks stop growing at a day and never break."""

from __future__ import annotations

from datetime import timedelta

import pytest

from db.models import AuditEntry, Staff
from kiosk.errors import WrongPin
from kiosk.services import staff
from kiosk.services.staff import MAX_LOCK, TOP_LEVEL, StaffLocked, _lock_for

pytestmark = pytest.mark.integration

RIGHT = "1357"


@pytest.fixture
def clerk(database, ctx):
    cli = ctx.as_staff("cli:owner", "owner")
    staff.add_staff(cli, "Maria", "manager", "2468")
    staff.add_staff(cli, "Sam", "clerk", RIGHT)
    return "Sam"


def _guesses():
    """Wrong PINs in an order a brute force might use, never the right one."""
    number = 0
    while True:
        pin = f"{number:04d}"
        number += 1
        if pin != RIGHT:
            yield pin


def _count(action: str) -> int:
    return AuditEntry.select().where(AuditEntry.action == action).count()


def test_thirty_days_of_guessing_check_few_pins_and_every_one_is_counted(
    clerk, ctx, clock
) -> None:
    end = clock.now() + timedelta(days=30)
    guesses = _guesses()
    checked = refused = 0
    while clock.now() < end:
        before = _count("staff.login_failed") + _count("staff.locked")
        try:
            staff.log_in(ctx, clerk, next(guesses))
        except StaffLocked as locked:
            after = _count("staff.login_failed") + _count("staff.locked")
            if after == before:  # refused without checking: the account was locked already
                refused += 1
                assert locked.until is None or locked.until > clock.now()
                # while locked the attacker keeps trying every ten minutes, then at the lift
                step = min(locked.until - clock.now(), timedelta(minutes=10))
                clock.advance(seconds=step.total_seconds() + 1)
                continue
            assert after == before + 1
            checked += 1
        except WrongPin:
            assert _count("staff.login_failed") + _count("staff.locked") == before + 1
            checked += 1
        row = Staff.get(Staff.name == clerk)
        assert row.lock_level <= TOP_LEVEL
        assert row.locked_until is None or row.locked_until - clock.now() <= MAX_LOCK
    print(f"PINs checked in 30 days: {checked}; refused while locked: {refused}")
    assert checked == _count("staff.login_failed") + _count("staff.locked")
    assert checked < 60
    assert refused > 0
    row = Staff.get(Staff.name == clerk)
    assert row.failures == checked  # every wrong PIN since the last right one is counted
    assert not AuditEntry.select().where(AuditEntry.action == "staff.login").exists()


def test_a_lock_level_stored_before_the_cap_still_locks_for_a_day(clerk, ctx) -> None:
    Staff.update(lock_level=40, failures=4).where(Staff.name == clerk).execute()
    with pytest.raises(StaffLocked) as locked:
        staff.log_in(ctx, clerk, "0000")
    assert locked.value.until == ctx.now() + MAX_LOCK
    assert Staff.get(Staff.name == clerk).lock_level == TOP_LEVEL
    assert _lock_for(ctx, 10**9) == ctx.now() + MAX_LOCK  # no huge power is computed


def test_after_a_month_of_locks_the_right_pin_gets_in_once_the_lock_lifts(
    clerk, ctx, clock
) -> None:
    Staff.update(lock_level=TOP_LEVEL, failures=500).where(Staff.name == clerk).execute()
    with pytest.raises(StaffLocked):
        staff.log_in(ctx, clerk, "0000")
    clock.advance(days=1, seconds=1)
    assert staff.log_in(ctx, clerk, RIGHT).name == clerk
    row = Staff.get(Staff.name == clerk)
    assert (row.failures, row.lock_level, row.locked_until) == (0, 0, None)

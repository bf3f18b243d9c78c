"""PIN attempts at the same instant: never more PINs checked than the attempts left.

Sixteen threads, each with its own connection to the same database (SQLite or PostgreSQL),
are released together by a barrier. What was checked is counted from what the kiosk leaves
behind: audit rows and outcomes, never mocks.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from db.database import database_proxy
from db.models import AuditEntry, Member, Staff
from kiosk import services
from kiosk.config import Config, SecurityConfig
from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.services import staff

pytestmark = pytest.mark.integration

THREADS = 16
TIMEOUT = 60
STAFF_PIN = "1357"
MEMBER_PIN = "4321"


def _race(attempt: Callable[[int], Any]) -> list[Any]:
    """Run attempt(0..15) in sixteen threads released together; their results or errors."""
    barrier = threading.Barrier(THREADS)
    outcomes: list[Any] = [None] * THREADS
    crashes: list[BaseException] = []

    def run(index: int) -> None:
        try:
            database_proxy.connect(reuse_if_open=True)
            barrier.wait(timeout=TIMEOUT)
            outcomes[index] = attempt(index)
        except KioskError as problem:
            outcomes[index] = problem  # an answer, not a crash
        except BaseException as crash:  # a crash is an outcome to assert on
            crashes.append(crash)
        finally:
            database_proxy.close()

    database_proxy.close()  # the test's own connection holds nothing open meanwhile
    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=TIMEOUT * 2)
    assert not any(thread.is_alive() for thread in threads)
    assert not crashes, crashes
    return outcomes


def _audit(*actions: str) -> int:
    return AuditEntry.select().where(AuditEntry.action.in_(actions)).count()


@pytest.fixture
def sam(database, ctx):
    cli = ctx.as_staff("cli:owner", "owner")
    staff.add_staff(cli, "Maria", "manager", "2468")
    staff.add_staff(cli, "Sam", "clerk", STAFF_PIN)
    return Staff.get(Staff.name == "Sam")


def _wrong(index: int) -> str:
    return f"{9000 + index:04d}"


def test_sixteen_wrong_staff_pins_at_once_check_only_five(sam, ctx) -> None:
    outcomes = _race(lambda i: staff.log_in(ctx, "Sam", _wrong(i)))
    checked = _audit("staff.login_failed", "staff.locked")
    assert checked == ctx.config.security.staff_max_pin_attempts == 5
    assert _audit("staff.locked") == 1
    reasons = [getattr(o, "reason", None) for o in outcomes]
    assert reasons.count("staff_pin_wrong") == 4
    assert reasons.count("staff_locked") == 12  # the one that locked, and eleven refused unchecked
    row = Staff.get_by_id(sam.id)
    assert row.failures == 5 and row.locked_until is not None


@pytest.mark.parametrize("right", [0, 7, 15])
def test_with_one_attempt_left_only_one_staff_pin_is_checked(sam, ctx, right) -> None:
    Staff.update(failures=4).where(Staff.id == sam.id).execute()
    outcomes = _race(lambda i: staff.log_in(ctx, "Sam", STAFF_PIN if i == right else _wrong(i)))
    logins = _audit("staff.login")
    wrong = [
        json.loads(row.details)["failures"]
        for row in AuditEntry.select().where(
            AuditEntry.action.in_(("staff.login_failed", "staff.locked"))
        )
    ]
    assert logins + wrong.count(5) == 1  # one PIN checked for the one attempt left
    got_in = [i for i, o in enumerate(outcomes) if isinstance(o, staff.StaffSession)]
    assert got_in == ([right] if logins else [])  # the right PIN without a slot stays out
    if logins:  # the right PIN cleared the count: later attempts count again from the start
        assert all(n < 5 for n in wrong)
    else:
        assert wrong == [5] and Staff.get_by_id(sam.id).locked_until is not None


def _phone_ctx(ctx: Context) -> Context:
    security = SecurityConfig(phone_lookup_pin=True, max_pin_attempts=5)
    return replace(ctx, config=replace(Config(), security=security))


@pytest.mark.parametrize("right", [None, 0, 9])
def test_with_one_phone_pin_attempt_left_only_one_guess_is_checked(
    make_member, ctx, right
) -> None:
    ctx = _phone_ctx(ctx)
    member = make_member(phone="07700 900123", pin=MEMBER_PIN)
    Member.update(pin_failures=4).where(Member.id == member.member_id).execute()

    def guess(index: int) -> Any:
        pin = MEMBER_PIN if index == right else f"{1000 + index:04d}"
        return services.identify_by_phone(ctx, "07700 900123", pin)

    outcomes = _race(guess)
    found = [o for o in outcomes if not isinstance(o, KioskError)]
    wrong = [o for o in outcomes if getattr(o, "reason", None) == "pin_wrong"]
    assert all(getattr(o, "reason", "found") in ("pin_locked", "pin_wrong", "found")
               for o in outcomes)
    row = Member.get_by_id(member.member_id)
    if not found:  # exactly one PIN was checked, the wrong one that locked the look-up
        assert not wrong and _audit("member.pin_locked") == 1
        assert row.pin_failures == 5 and row.pin_locked_at == ctx.now()
        return
    # the right PIN took the one attempt left and cleared the count: later guesses in the same
    # burst start a new round of five, and are counted as such
    assert found[0].member_id == member.member_id and len(found) == 1
    relocked = _audit("member.pin_locked")
    assert len(wrong) + relocked <= 5 and relocked <= 1
    assert row.pin_failures == len(wrong) + relocked
    assert sorted(o.attempts_left for o in wrong) == list(range(5 - len(wrong), 5))

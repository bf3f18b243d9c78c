"""Lockouts cannot shut people out: the staff card path, and the member's card or a manager."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from db.models import AuditEntry, Member, Staff
from kiosk import services
from kiosk.cli.staff_commands import lock_state
from kiosk.config import Config, SecurityConfig
from kiosk.errors import NotFound, Refused, WrongPin
from kiosk.services import journey, member_admin, phone_lock, staff
from kiosk.services.staff import StaffLocked

pytestmark = pytest.mark.integration

PHONE = "07700 900123"
PIN = "4321"


@pytest.fixture
def team(database, ctx):
    cli = ctx.as_staff("cli:owner", "owner")
    staff.add_staff(cli, "Maria", "manager", "2468", card="STAFF-0001")
    staff.add_staff(cli, "Sam", "clerk", "1357", card="STAFF-0002")
    return cli


def _wrong(ctx, name: str) -> None:
    with pytest.raises((WrongPin, StaffLocked)):
        staff.log_in(ctx, name, "0000")


def _audit(action: str) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.action == action).order_by(AuditEntry.id))


def test_guessing_at_the_name_list_keeps_the_manager_out_there_but_not_with_the_card(
    team, ctx, clock
) -> None:
    for _ in range(11):  # the first day: eleven wrong PINs, each as soon as allowed
        try:
            staff.log_in(ctx, "Maria", "0000")
        except StaffLocked as locked:
            if locked.until is not None and locked.until > clock.now():
                clock.advance(seconds=(locked.until - clock.now()).total_seconds() + 1)
        except WrongPin:
            pass
    for _ in range(3):  # then one a day
        clock.advance(days=1, seconds=1)
        _wrong(ctx, "Maria")
        with pytest.raises(StaffLocked):
            staff.log_in(ctx, "Maria", "2468")
    info = next(i for i in staff.list_staff(team) if i.name == "Maria")
    assert info.locked_now(clock.now()) and not info.card_locked_now(clock.now())
    assert lock_state(ctx, info).startswith("locked until ")
    assert f"after {info.failures} wrong PINs" in lock_state(ctx, info)

    session = staff.log_in_by_card(ctx, " staff-0001 ", "2468")
    assert (session.name, session.role) == ("Maria", "manager")
    (login,) = _audit("staff.login")
    assert json.loads(login.details) == {"by": "card"}
    row = Staff.get(Staff.name == "Maria")
    assert row.card_failures == 0 and row.locked_until > clock.now()  # the name lock stays


def test_wrong_pins_with_the_card_lock_the_card_path_only(team, ctx) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPin) as wrong:
            staff.log_in_by_card(ctx, "STAFF-0002", "0000")
        assert wrong.value.attempts_left == left
    with pytest.raises(StaffLocked):
        staff.log_in_by_card(ctx, "STAFF-0002", "0000")
    with pytest.raises(StaffLocked):  # the right PIN with the card waits now
        staff.log_in_by_card(ctx, "STAFF-0002", "1357")
    row = Staff.get(Staff.name == "Sam")
    assert (row.failures, row.card_failures) == (0, 5)
    assert json.loads(_audit("staff.locked")[0].details)["by"] == "card"
    info = next(i for i in staff.list_staff(team) if i.name == "Sam")
    assert lock_state(ctx, info).startswith("card login locked until ")
    assert staff.log_in(ctx, "Sam", "1357").name == "Sam"  # the name list still works
    assert Staff.get(Staff.name == "Sam").card_locked_until is not None


def test_a_lock_by_hand_shuts_both_paths_and_unlocking_opens_both(team, ctx) -> None:
    staff.lock_staff(team, "Sam", "left the till open")
    for attempt in (lambda: staff.log_in(ctx, "Sam", "1357"),
                    lambda: staff.log_in_by_card(ctx, "STAFF-0002", "1357")):
        with pytest.raises(StaffLocked) as locked:
            attempt()
        assert locked.value.until is None
    info = next(i for i in staff.list_staff(team) if i.name == "Sam")
    assert lock_state(ctx, info) == "locked by cli:owner: left the till open"
    assert (info.locked_by, info.lock_reason) == ("cli:owner", "left the till open")
    assert Staff.get(Staff.name == "Sam").card_failures == 0  # refused, not counted
    staff.unlock_staff(team, "Sam")
    row = Staff.get(Staff.name == "Sam")
    assert (row.locked, row.locked_by, row.lock_reason) == (False, None, "")
    assert staff.log_in_by_card(ctx, "STAFF-0002", "1357").name == "Sam"


def test_an_unknown_or_switched_off_staff_card_is_refused(team, ctx) -> None:
    with pytest.raises(NotFound) as unknown:
        staff.log_in_by_card(ctx, "STAFF-9999", "1357")
    assert unknown.value.reason == "staff_card_unknown"
    staff.update_staff(team, "Sam", active=False)
    with pytest.raises(NotFound):
        staff.log_in_by_card(ctx, "STAFF-0002", "1357")


@pytest.fixture
def phone_ctx(ctx):
    return replace(ctx, config=replace(Config(), security=SecurityConfig(phone_lookup_pin=True)))


def _lock_phone(ctx) -> int:
    for _ in range(4):
        with pytest.raises(WrongPin):
            services.identify_by_phone(ctx, PHONE, "0000")
    with pytest.raises(Refused) as locked:
        services.identify_by_phone(ctx, PHONE, "0000")
    assert locked.value.reason == "pin_locked"
    return Member.get(Member.phone == "+447700900123").id


def test_a_phone_lock_is_audited_without_phone_or_name_and_the_card_lifts_it(
    make_member, phone_ctx, clock
) -> None:
    found = make_member("Ada Lovelace", phone=PHONE, pin=PIN)
    member_id = _lock_phone(phone_ctx)
    (row,) = _audit("member.pin_locked")
    assert row.target == f"member:{member_id}"
    assert "7700" not in row.details + row.reason and "Ada" not in row.details + row.reason
    assert Member.get_by_id(member_id).pin_locked_at == clock.now()
    with pytest.raises(Refused):  # the right PIN waits too
        services.identify_by_phone(phone_ctx, PHONE, PIN)

    clock.advance(minutes=5)
    journey.member_by_card(phone_ctx, found.card)
    (lifted,) = _audit("member.pin_unlock")
    assert lifted.target == f"member:{member_id}"
    assert (Member.get_by_id(member_id).pin_failures, Member.get_by_id(member_id).pin_locked_at) \
        == (0, None)
    assert services.identify_by_phone(phone_ctx, PHONE, PIN).member_id == member_id
    journey.member_by_card(phone_ctx, found.card)  # not locked: nothing more is written
    assert len(_audit("member.pin_unlock")) == 1


def test_a_manager_resets_a_phone_lock_and_a_clerk_cannot(make_member, phone_ctx) -> None:
    make_member("Ada Lovelace", phone=PHONE, pin=PIN)
    member_id = _lock_phone(phone_ctx)
    detail = member_admin.member_detail(phone_ctx.as_staff("Maria", "manager"), member_id)
    assert detail.phone_locked and detail.pin_failures == 5 and detail.pin_locked_at is not None
    with pytest.raises(Refused) as refused:
        member_admin.reset_phone_lock(phone_ctx.as_staff("Sam", "clerk"), member_id)
    assert refused.value.reason == "not_allowed"
    assert phone_lock.state(phone_ctx, member_id).locked
    member_admin.reset_phone_lock(phone_ctx.as_staff("Maria", "manager"), member_id)
    (reset,) = _audit("member.pin_reset")
    assert (reset.staff, reset.target) == ("Maria", f"member:{member_id}")
    assert not phone_lock.state(phone_ctx, member_id).locked
    with pytest.raises(Refused) as again:
        member_admin.reset_phone_lock(phone_ctx.as_staff("Maria", "manager"), member_id)
    assert again.value.reason == "pin_not_locked"
    assert services.identify_by_phone(phone_ctx, PHONE, PIN).member_id == member_id


def test_a_new_pin_from_staff_also_clears_the_phone_lock(make_member, phone_ctx) -> None:
    make_member("Ada Lovelace", phone=PHONE, pin=PIN)
    member_id = _lock_phone(phone_ctx)
    services.set_pin(phone_ctx, member_id, "8765")
    assert not phone_lock.state(phone_ctx, member_id).locked
    assert Member.get_by_id(member_id).pin_locked_at is None

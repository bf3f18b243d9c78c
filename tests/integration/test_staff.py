"""Staff accounts: the first manager, PIN checks, growing locks, locks by hand and the audit log."""

from __future__ import annotations

from datetime import timedelta

import pytest

from db.models import AuditEntry, Staff
from kiosk.errors import InvalidInput, NotFound, Refused, WrongPin
from kiosk.services import staff
from kiosk.services.staff import StaffLocked

pytestmark = pytest.mark.integration


@pytest.fixture
def team(database, ctx):
    """A manager with a staff card and a clerk, added from the command line."""
    cli = ctx.as_staff("cli:owner", "owner")
    staff.add_staff(cli, "Maria", "manager", "2468", card="staff-0001")
    staff.add_staff(cli, "Sam", "clerk", "1357")
    return cli


def _actions() -> list[tuple[str, str | None, str]]:
    rows = AuditEntry.select().order_by(AuditEntry.id)
    return [(row.action, row.staff, row.target) for row in rows]


def test_the_first_account_must_be_a_manager(database, ctx) -> None:
    assert not staff.has_staff()
    with pytest.raises(Refused) as refused:
        staff.add_staff(ctx, "Sam", "clerk", "1357")
    assert refused.value.reason == "first_manager"
    manager = staff.add_staff(ctx.as_staff(None, "clerk"), "Maria", "manager", "2468")
    assert manager.role == "manager" and staff.has_staff()


def test_pins_are_stored_only_as_scrypt_hashes(team) -> None:
    row = Staff.get(Staff.name == "Maria")
    assert row.pin_hash.startswith("scrypt$") and "2468" not in row.pin_hash
    assert row.card_number == "STAFF-0001"


def test_a_right_pin_logs_in_by_name_or_card(team, ctx) -> None:
    session = staff.log_in(ctx, "maria", "2468")
    assert (session.name, session.role) == ("Maria", "manager")
    assert staff.staff_for_card(" staff-0001 ").name == "Maria"
    assert staff.is_staff_card("STAFF-0001") and not staff.is_staff_card("2900000000018")
    with pytest.raises(NotFound):
        staff.staff_for_card("STAFF-9999")
    assert _actions()[-1] == ("staff.login", "Maria", "Maria")


def test_five_wrong_pins_lock_with_growing_back_off(team, ctx, clock) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPin) as wrong:
            staff.log_in(ctx, "Sam", "0000")
        assert wrong.value.attempts_left == left and wrong.value.reason == "staff_pin_wrong"
    with pytest.raises(StaffLocked) as locked:
        staff.log_in(ctx, "Sam", "0000")
    assert locked.value.until == ctx.now() + timedelta(minutes=1)
    with pytest.raises(StaffLocked):  # the right PIN does not open a locked account
        staff.log_in(ctx, "Sam", "1357")
    clock.advance(minutes=1, seconds=1)
    with pytest.raises(StaffLocked) as again:  # one more wrong PIN locks again, four times longer
        staff.log_in(ctx, "Sam", "9999")
    assert again.value.until == ctx.now() + timedelta(minutes=4)
    clock.advance(minutes=4, seconds=1)
    assert staff.log_in(ctx, "Sam", "1357").name == "Sam"
    row = Staff.get(Staff.name == "Sam")
    assert (row.failures, row.lock_level, row.locked_until) == (0, 0, None)
    actions = [action for action, _, _ in _actions()]
    assert actions.count("staff.login_failed") == 4 and actions.count("staff.locked") == 2


def test_the_back_off_stops_at_a_day(team, ctx, clock) -> None:
    Staff.update(lock_level=10, failures=4).where(Staff.name == "Sam").execute()
    with pytest.raises(StaffLocked) as locked:
        staff.log_in(ctx, "Sam", "0000")
    assert locked.value.until == ctx.now() + timedelta(days=1)


def test_a_lock_by_hand_stays_until_unlocked(team, ctx, clock) -> None:
    staff.lock_staff(team, "Sam", "card lost")
    clock.advance(days=30)
    with pytest.raises(StaffLocked) as locked:
        staff.log_in(ctx, "Sam", "1357")
    assert locked.value.until is None and locked.value.reason == "staff_locked"
    staff.unlock_staff(team, "Sam")
    assert staff.log_in(ctx, "Sam", "1357").role == "clerk"
    assert [a for a, _, _ in _actions()][-3:] == ["staff.lock", "staff.unlock", "staff.login"]


def test_a_clerk_cannot_manage_accounts_but_may_change_their_own_pin(team, ctx) -> None:
    clerk = ctx.as_staff("Sam", "clerk")
    before = _actions()
    for attempt in (
        lambda: staff.add_staff(clerk, "Eve", "manager", "1111"),
        lambda: staff.lock_staff(clerk, "Maria"),
        lambda: staff.unlock_staff(clerk, "Maria"),
        lambda: staff.change_pin(clerk, "Maria", "1111"),
        lambda: staff.update_staff(clerk, "Sam", role="manager"),
    ):
        with pytest.raises(Refused) as refused:
            attempt()
        assert refused.value.reason == "not_allowed"
    assert _actions() == before
    staff.change_pin(clerk, "Sam", "8642")
    assert staff.log_in(ctx, "Sam", "8642").name == "Sam"


def test_on_screen_the_last_manager_cannot_be_locked_or_demoted(team, ctx) -> None:
    manager = ctx.as_staff("Maria", "manager")
    for attempt in (
        lambda: staff.lock_staff(manager, "Maria"),
        lambda: staff.update_staff(manager, "Maria", role="clerk"),
        lambda: staff.update_staff(manager, "Maria", active=False),
    ):
        with pytest.raises(Refused) as refused:
            attempt()
        assert refused.value.reason == "last_manager"
    staff.update_staff(manager, "Sam", role="manager", card="STAFF-0002")
    staff.lock_staff(manager, "Maria")
    assert {info.name: info.locked for info in staff.list_staff(manager)} == {
        "Maria": True,
        "Sam": False,
    }


def test_bad_names_pins_cards_and_duplicates_are_refused(team) -> None:
    cases = [
        (("", "clerk", "1234"), "name_missing"),
        (("Eve", "owner", "1234"), "role_invalid"),
        (("Eve", "clerk", "12"), "pin_invalid"),
        (("Eve", "clerk", "12ab"), "pin_invalid"),
        (("sam", "clerk", "1234"), "staff_exists"),
    ]
    for args, reason in cases:
        with pytest.raises((InvalidInput, Refused)) as refused:
            staff.add_staff(team, *args)
        assert refused.value.reason == reason, args
    with pytest.raises(InvalidInput) as bad_card:
        staff.add_staff(team, "Eve", "clerk", "1234", card="2900000000018")
    assert bad_card.value.reason == "staff_card_invalid"
    with pytest.raises(Refused) as taken:
        staff.add_staff(team, "Eve", "clerk", "1234", card="STAFF-0001")
    assert taken.value.reason == "staff_card_taken"
    assert Staff.select().count() == 2


def test_every_change_is_in_the_audit_log_with_who(team, ctx) -> None:
    staff.log_out(ctx, staff.log_in(ctx, "Maria", "2468"), why="idle")
    assert _actions() == [
        ("staff.add", "cli:owner", "Maria"),
        ("staff.add", "cli:owner", "Sam"),
        ("staff.login", "Maria", "Maria"),
        ("staff.logout", "Maria", "Maria"),
    ]
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert last.details == '{"why": "idle"}' and last.store == ctx.store

"""Schema step 7 on a version-6 database with data: the lock columns are added, nothing is lost,
and the old locks, PINs and wrong-PIN counts keep working."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_operations

from db.check import run_checks
from db.database import close_database, database_proxy, open_database
from db.migrations import LOCK_COLUMNS, STEPS, current_version, latest_version, migrate
from db.models import Member, Staff
from kiosk import services
from kiosk.clock import FixedClock
from kiosk.config import Config, SecurityConfig
from kiosk.context import Context
from kiosk.errors import Refused
from kiosk.pins import hash_pin
from kiosk.services import journey, phone_lock, staff
from tests.conftest import SECRET

pytestmark = pytest.mark.integration
NOW = datetime(2026, 1, 1, 9, 0)
LATER = datetime(2026, 1, 1, 10, 0)
VERSION_SIX = [step for step in STEPS if step.version <= 6]


def _sql(statement: str, *params: object) -> None:
    database = database_proxy.obj
    database.execute_sql(statement.replace("?", database.param), params)


@pytest.fixture
def version_six(database_url: str):
    """A database as version 6 left it (no lock columns), with staff and members in it."""
    open_database(database_url)
    try:
        database = database_proxy.obj
        assert migrate(NOW, VERSION_SIX)[-1] == 6
        migrator = SchemaMigrator.from_database(database)
        with database.atomic():
            run_operations(*(migrator.drop_column(t, c) for t, c, _ in LOCK_COLUMNS))
            staff_sql = (
                'INSERT INTO "staff" (name, role, pin_hash, card_number, failures, lock_level, '
                "locked_until, locked, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            )
            _sql(staff_sql, "Maria", "manager", hash_pin("2468"), "STAFF-0001", 0, 0, None,
                 False, True, NOW)
            _sql(staff_sql, "Sam", "clerk", hash_pin("1357"), "STAFF-0002", 7, 3,
                 NOW + timedelta(hours=2), False, True, NOW)
            _sql(staff_sql, "Eve", "clerk", hash_pin("1111"), None, 0, 0, None, True, True, NOW)
            _sql(
                'INSERT INTO "member" (name, phone, language, marketing_consent, status, balance, '
                "created_at, pin_hash, pin_failures, purchase_count) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "Ada Lovelace", "+447700900100", "en", False, "active", 0, NOW,
                hash_pin("4321"), 5, 0,
            )
            member_id = Member.select(Member.id).scalar()
            _sql('INSERT INTO "card" (number, member_id, status, issued_at) VALUES (?, ?, ?, ?)',
                 "2900000000018", member_id, "active", NOW)
        yield database
    finally:
        close_database()


def test_step_seven_adds_the_lock_columns_and_keeps_every_row(version_six) -> None:
    assert current_version() == 6
    before = {
        "staff": list(database_proxy.obj.execute_sql(
            'SELECT name, role, pin_hash, card_number, failures, lock_level, locked, active '
            'FROM "staff" ORDER BY id').fetchall()),
        "member": list(database_proxy.obj.execute_sql(
            'SELECT name, phone, pin_hash, pin_failures FROM "member" ORDER BY id').fetchall()),
    }
    assert migrate(LATER)[0] == 7 and current_version() == latest_version()
    after_staff = [
        (r.name, r.role, r.pin_hash, r.card_number, r.failures, r.lock_level, r.locked, r.active)
        for r in Staff.select().order_by(Staff.id)
    ]
    assert [(*row[:6], bool(row[6]), bool(row[7])) for row in before["staff"]] == after_staff
    assert [tuple(r) for r in before["member"]] == list(
        Member.select(Member.name, Member.phone, Member.pin_hash, Member.pin_failures)
        .order_by(Member.id).tuples()
    )
    assert all(
        (r.card_failures, r.card_lock_level, r.card_locked_until) == (0, 0, None)
        for r in Staff.select()
    )
    assert Member.get().pin_locked_at is None
    assert run_checks().ok
    assert migrate(LATER) == []  # a second run changes nothing


def test_old_locks_and_pins_keep_working_after_the_upgrade(version_six) -> None:
    migrate(LATER)
    clock = FixedClock(LATER)
    security = SecurityConfig(phone_lookup_pin=True)
    ctx = Context(replace(Config(), security=security), SECRET, clock)
    assert staff.log_in(ctx, "Maria", "2468").name == "Maria"
    with pytest.raises(staff.StaffLocked):  # Sam's lock from before the upgrade still holds
        staff.log_in(ctx, "Sam", "1357")
    assert staff.log_in_by_card(ctx, "STAFF-0002", "1357").name == "Sam"  # the card gets in
    with pytest.raises(staff.StaffLocked):  # Eve was locked by hand: both paths stay shut
        staff.log_in(ctx, "Eve", "1111")
    member_id = Member.select(Member.id).scalar()
    manager = ctx.as_staff("Maria", "manager")
    assert phone_lock.state(manager, member_id).locked  # five wrong PINs before the upgrade
    with pytest.raises(Refused) as locked:
        services.identify_by_phone(ctx, "07700 900100", "4321")
    assert locked.value.reason == "pin_locked"
    journey.member_by_card(ctx, "2900000000018")  # the card lifts it
    assert services.identify_by_phone(ctx, "07700 900100", "4321").member_id == member_id

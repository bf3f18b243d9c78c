"""Schema step 9 on a version-8 database with data: shops and terminals become tables, rewards,
causes and staff accounts gain their shop columns, and every existing row stays chain-wide."""

from __future__ import annotations

from datetime import datetime

import pytest

from db.check import run_checks
from db.database import close_database, database_proxy, open_database
from db.migrations import STEPS, current_version, latest_version, migrate
from db.models import Cause, Member, Reward, Staff, Store, Terminal
from kiosk import services
from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.context import Context
from kiosk.roles import MANAGER, OWNER
from tests.conftest import SECRET

pytestmark = pytest.mark.integration
NOW = datetime(2026, 1, 1, 9, 0)
LATER = datetime(2026, 1, 1, 10, 0)
VERSION_EIGHT = [step for step in STEPS if step.version <= 8]
NEW_COLUMNS = {"reward": "stores", "cause": "stores", "staff": "store"}


@pytest.fixture
def version_eight(database_url: str):
    """A database as version 8 left it (no shop tables or columns), with members, a reward, a
    cause and a manager in it."""
    open_database(database_url)
    try:
        database = database_proxy.obj
        assert migrate(NOW, VERSION_EIGHT)[-1] == 8
        database.execute_sql('DROP TABLE "store"')  # step 1 made today's tables whole
        database.execute_sql('DROP TABLE "terminal"')
        for table, column in NEW_COLUMNS.items():
            database.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        ctx = Context(Config(), SECRET, FixedClock(NOW), staff="cli:test", role=OWNER)
        # raw rows: the models already carry the columns this version lacks
        mark = database.param
        database.execute_sql(
            "INSERT INTO reward (name, description, cost, min_tier, active, image, sort_order, "
            f"translations) VALUES ('Coffee', '', 100, '', {mark}, '', 0, '{{}}')", (True,)
        )
        database.execute_sql(
            "INSERT INTO cause (name, description, active, translations) "
            f"VALUES ('Food bank', '', {mark}, '{{}}')", (True,)
        )
        database.execute_sql(
            "INSERT INTO staff (name, role, pin_hash, failures, lock_level, locked, lock_reason, "
            "card_failures, card_lock_level, active, created_at) VALUES "
            f"({', '.join([mark] * 11)})",
            ("Maria", MANAGER, "x", 0, 0, False, "", 0, 0, True, NOW),
        )
        for name in ("Ada", "Bob"):
            enrolled = services.enrol(ctx, name)
            services.adjust(ctx, enrolled.member_id, 50, "before the upgrade")
        yield database
    finally:
        close_database()


def test_step_nine_adds_shops_and_terminals_and_keeps_every_row_chain_wide(version_eight) -> None:
    assert current_version() == 8
    assert {"store", "terminal"}.isdisjoint(version_eight.get_tables())
    before = list(Member.select(Member.name, Member.balance).order_by(Member.id).tuples())
    assert migrate(LATER) == [9] and current_version() == latest_version() == 9
    for table, column in NEW_COLUMNS.items():
        assert column in {c.name for c in version_eight.get_columns(table)}
    assert list(Member.select(Member.name, Member.balance).order_by(Member.id).tuples()) == before
    assert [r.stores for r in Reward.select()] == [""]
    assert [c.stores for c in Cause.select()] == [""]
    assert [(s.name, s.store) for s in Staff.select()] == [("Maria", None)]
    Store.create(code="IST-1", name="Kadıköy", time_zone="Europe/Istanbul", created_at=LATER)
    Terminal.create(store="IST-1", code="KIOSK-1", first_seen_at=LATER, last_seen_at=LATER)
    assert run_checks().ok
    assert migrate(LATER) == []  # a second run changes nothing

"""Schema step 8 on a version-7 database with data: the job_run table is added, nothing is
lost, and the kiosk's scheduled work records its runs in it."""

from __future__ import annotations

from datetime import datetime

import pytest

from db.check import run_checks
from db.database import close_database, database_proxy, open_database
from db.migrations import STEPS, current_version, latest_version, migrate
from db.models import JobRun, Member
from kiosk import services
from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.context import Context
from kiosk.roles import OWNER
from kiosk.schedule import system_context
from kiosk.services import job_runs
from tests.conftest import SECRET

pytestmark = pytest.mark.integration
NOW = datetime(2026, 1, 1, 9, 0)
LATER = datetime(2026, 1, 1, 10, 0)
VERSION_SEVEN = [step for step in STEPS if step.version <= 7]
VERSION_EIGHT = [step for step in STEPS if step.version <= 8]


@pytest.fixture
def version_seven(database_url: str):
    """A database as version 7 left it (no job_run table), with members and points in it."""
    open_database(database_url)
    try:
        database = database_proxy.obj
        assert migrate(NOW, VERSION_SEVEN)[-1] == 7
        database.execute_sql('DROP TABLE "job_run"')  # step 1 made today's tables whole
        ctx = Context(Config(), SECRET, FixedClock(NOW), staff="cli:test", role=OWNER)
        for name in ("Ada", "Bob"):
            enrolled = services.enrol(ctx, name)
            services.adjust(ctx, enrolled.member_id, 50, "before the upgrade")
        yield database
    finally:
        close_database()


def test_step_eight_adds_the_job_run_table_and_keeps_every_row(version_seven) -> None:
    assert current_version() == 7 and "job_run" not in version_seven.get_tables()
    before = list(Member.select(Member.name, Member.balance).order_by(Member.id).tuples())
    assert migrate(LATER, VERSION_EIGHT) == [8] and current_version() == 8
    assert list(Member.select(Member.name, Member.balance).order_by(Member.id).tuples()) == before
    assert run_checks().ok
    ctx = Context(Config(), SECRET, FixedClock(LATER), staff="cli:test", role=OWNER)
    job_runs.record(system_context(ctx), "expiry", LATER, True, "0 points in 0 lots of 0 members")
    assert JobRun.select().count() == 1
    assert job_runs.last_runs(ctx)["expiry"].summary.startswith("0 points")
    assert migrate(LATER, VERSION_EIGHT) == []  # a second run changes nothing
    assert migrate(LATER)[-1] == current_version() == latest_version()

"""Schema versions: a fresh database gets the latest, an old one upgrades in place, a newer one is
refused."""

from __future__ import annotations

from datetime import datetime

import peewee
import pytest
from playhouse.migrate import migrate as run_migration

from db.database import close_database, database_proxy, open_database
from db.migrations import (
    STEPS,
    SchemaError,
    Step,
    current_version,
    latest_version,
    migrate,
    require_current,
)
from db.models import ALL_MODELS, Member, SchemaVersion
from kiosk import services

pytestmark = pytest.mark.integration
NOW = datetime(2026, 1, 1)
LATER = datetime(2026, 2, 1)


@pytest.fixture
def empty(database_url: str):
    """An open, empty database (no tables at all)."""
    open_database(database_url)
    try:
        yield database_proxy.obj
    finally:
        close_database()


def _columns(table: str) -> set[str]:
    return {column.name for column in database_proxy.get_columns(table)}


def _add_nickname(database: peewee.Database, migrator) -> None:
    run_migration(migrator.add_column("member", "nickname", peewee.CharField(default="")))


def _add_index(database: peewee.Database, migrator) -> None:
    run_migration(migrator.add_index("member", ("email",), False))


def _half_done(database: peewee.Database, migrator) -> None:
    run_migration(migrator.add_column("member", "half", peewee.IntegerField(default=0)))
    raise RuntimeError("step failed halfway")


def test_a_fresh_database_gets_the_latest_version(empty, ctx) -> None:
    assert current_version() == 0
    assert migrate(NOW) == [step.version for step in STEPS]
    assert current_version() == latest_version() == max(s.version for s in STEPS)
    tables = set(database_proxy.get_tables())
    assert {model._meta.table_name for model in ALL_MODELS} <= tables
    rows = list(SchemaVersion.select().order_by(SchemaVersion.version))
    assert [r.version for r in rows] == [s.version for s in STEPS]
    assert all(r.applied_at == NOW for r in rows)
    assert migrate(LATER) == []  # a second run changes nothing
    services.enrol(ctx, "Works", "07700 900100")  # and the schema is usable


def test_require_current_creates_an_empty_database(empty) -> None:
    require_current(NOW)
    assert current_version() == latest_version()
    require_current(LATER)  # current: nothing to do


def test_an_older_database_upgrades_in_place_keeping_its_data(empty, ctx) -> None:
    version_one = [Step(1, "initial", STEPS[0].apply)]
    assert migrate(NOW, version_one) == [1]
    ada = services.enrol(ctx, "Ada Lovelace", "07700 900100", email="ada@example.org")
    services.adjust(ctx, ada.member_id, 42, "before the upgrade")
    steps = [
        *version_one,
        Step(3, "index member e-mail", _add_index),  # out of order on purpose
        Step(2, "member nickname", _add_nickname),
    ]
    assert migrate(LATER, steps) == [2, 3]
    assert current_version() == 3
    assert "nickname" in _columns("member")
    assert {ix.name for ix in database_proxy.get_indexes("member")} >= {"member_email"}
    row = database_proxy.execute_sql(
        f"SELECT name, nickname, balance FROM member WHERE id = {int(ada.member_id)}"
    ).fetchone()
    assert tuple(row) == ("Ada Lovelace", "", 42)
    applied = {r.version: r.applied_at for r in SchemaVersion.select()}
    assert applied == {1: NOW, 2: LATER, 3: LATER}
    assert migrate(LATER, steps) == []


def test_a_failing_step_is_rolled_back_and_can_be_retried(empty) -> None:
    version_one = [Step(1, "initial", STEPS[0].apply)]
    migrate(NOW, version_one)
    broken = [*version_one, Step(2, "nickname", _add_nickname), Step(3, "broken", _half_done)]
    with pytest.raises(RuntimeError, match="halfway"):
        migrate(LATER, broken)
    assert current_version() == 2  # step 2 committed, step 3 not
    assert "nickname" in _columns("member") and "half" not in _columns("member")
    fixed = [*broken[:2], Step(3, "fixed", _add_index)]
    assert migrate(LATER, fixed) == [3]


def test_an_older_database_is_refused_until_migrated(empty) -> None:
    migrate(NOW)
    future = Step(latest_version() + 1, "member nickname", _add_nickname)
    STEPS.append(future)  # as if this program were one release newer than the database
    try:
        with pytest.raises(SchemaError, match=r"Run: python main\.py db migrate"):
            require_current(LATER)
        assert migrate(LATER) == [future.version]
        require_current(LATER)
        assert "nickname" in _columns("member")
    finally:
        STEPS.remove(future)


def test_a_newer_database_is_refused(empty) -> None:
    migrate(NOW)
    newer = latest_version() + 5
    SchemaVersion.create(version=newer, description="from the future", applied_at=LATER)
    with pytest.raises(SchemaError, match=f"version {newer}, newer than this program"):
        migrate(LATER)
    with pytest.raises(SchemaError, match="newer than this program"):
        require_current(LATER)
    assert Member.select().count() == 0


def test_kiosk_tables_without_a_version_are_refused(empty) -> None:
    database_proxy.create_tables([Member])
    with pytest.raises(SchemaError, match="no schema version"):
        current_version()
    with pytest.raises(SchemaError):
        migrate(NOW)


def _orphan_cards(database: peewee.Database, migrator) -> None:
    database.execute_sql("DELETE FROM member")


def test_a_step_that_breaks_references_is_refused_and_rolled_back(empty, ctx) -> None:
    version_one = [Step(1, "initial", STEPS[0].apply)]
    migrate(NOW, version_one)
    ada = services.enrol(ctx, "Ada", "07700 900100")
    with pytest.raises((SchemaError, peewee.IntegrityError)):
        migrate(LATER, [*version_one, Step(2, "bad", _orphan_cards)])
    assert current_version() == 1
    assert Member.get_by_id(ada.member_id).name == "Ada"


def test_foreign_keys_are_enforced_again_after_an_upgrade(empty, ctx) -> None:
    version_one = [Step(1, "initial", STEPS[0].apply)]
    migrate(NOW, version_one)
    services.enrol(ctx, "Ada", "07700 900100")
    migrate(LATER, [*version_one, Step(2, "member nickname", _add_nickname)])
    with pytest.raises(peewee.IntegrityError):
        database_proxy.execute_sql("DELETE FROM member")

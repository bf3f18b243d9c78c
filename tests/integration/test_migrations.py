"""Schema versions: a fresh database gets the latest, an old one upgrades in place."""

from __future__ import annotations

from datetime import datetime

import pytest

from db.database import close_database, database_proxy, open_database
from db.migrations import STEPS, SchemaError, Step, current_version, latest_version, migrate
from db.models import SchemaVersion

pytestmark = pytest.mark.integration
NOW = datetime(2026, 1, 1)


def _add_column(database, migrator) -> None:
    from peewee import CharField
    from playhouse.migrate import migrate as run_migration

    run_migration(migrator.add_column("member", "nickname", CharField(max_length=40, default="")))


def test_fresh_database_gets_the_latest_version(db_url: str) -> None:
    open_database(db_url)
    try:
        assert current_version() == 0
        assert migrate(NOW) == [step.version for step in STEPS]
        assert current_version() == latest_version()
        assert migrate(NOW) == []
    finally:
        close_database()


def test_old_database_upgrades_in_place_and_keeps_data(db_url: str) -> None:
    open_database(db_url)
    try:
        migrate(NOW)
        database_proxy.execute_sql(
            "INSERT INTO member (name, language, marketing_consent, status, balance, created_at) "
            "VALUES ('Old Member', 'en', %s, 'active', 0, %s)".replace(
                "%s", "?" if "sqlite" in db_url else "%s"
            ),
            (False, NOW),
        )
        steps = [*STEPS, Step(latest_version() + 1, "member nickname", _add_column)]
        assert migrate(NOW, steps) == [latest_version() + 1]
        assert current_version() == latest_version() + 1
        row = database_proxy.execute_sql("SELECT name, nickname FROM member").fetchone()
        assert tuple(row) == ("Old Member", "")
        with pytest.raises(SchemaError, match="newer than this program"):
            migrate(NOW)
    finally:
        close_database()


def test_unversioned_kiosk_tables_are_refused(db_url: str) -> None:
    open_database(db_url)
    try:
        migrate(NOW)
        database_proxy.drop_tables([SchemaVersion])
        with pytest.raises(SchemaError, match="no schema version"):
            current_version()
    finally:
        close_database()

"""Schema steps 2 and up on a real version-1 database: PIN columns, catalogue translations and the
later tables are added in place, every row is kept, and the upgraded schema matches a fresh one."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta

import peewee
import pytest

from db.check import run_checks
from db.database import close_database, database_proxy, open_database
from db.migrations import (
    SchemaError,
    current_version,
    latest_version,
    migrate,
    require_current,
)
from db.models import ALL_MODELS, Cause, Member, Reward, Voucher
from db.models import SchemaVersion as CurrentSchemaVersion
from kiosk import services
from kiosk.config import Config, SecurityConfig
from kiosk.errors import Refused
from kiosk.views import localized
from tests.integration import schema_v1 as v1
from tests.integration.ledger_checks import assert_ledger_whole

pytestmark = pytest.mark.integration
NOW = datetime(2026, 1, 1)
LATER = datetime(2026, 2, 1)


@pytest.fixture
def version_one(database_url: str):
    """A database created as schema version 1 created it, with a member, a voucher and history."""
    open_database(database_url)
    try:
        database = database_proxy.obj
        with database.atomic():
            database.create_tables(v1.V1_MODELS)
            v1.SchemaVersion.create(version=1, description="initial schema", applied_at=NOW)
            _fill(NOW - timedelta(days=30))
        yield database
    finally:
        close_database()


def _fill(at: datetime) -> None:
    ada = v1.Member.create(
        name="Ada Lovelace", phone="+447700900100", language="tr", balance=150, created_at=at
    )
    v1.Member.create(name="Bo Blocked", phone="+447700900200", status="blocked", created_at=at)
    v1.Card.create(number="2900000000018", member=ada, issued_at=at)
    purchase = v1.Purchase.create(
        member=ada,
        store="main",
        terminal="kiosk-1",
        receipt="R-1",
        amount_minor=20_000,
        points_earned=200,
        created_at=at,
    )
    common = {"store": "main", "terminal": "kiosk-1", "created_at": at}
    earn = v1.LedgerEntry.create(
        member=ada,
        kind="earn",
        points=200,
        reason="Purchase R-1",
        idempotency_key="earn:main:R-1",
        purchase=purchase,
        reference="R-1",
        **common,
    )
    lot = v1.Lot.create(member=ada, entry=earn, points=200, remaining=150, earned_at=at)
    coffee = v1.Reward.create(name="Coffee", description="A hot drink", cost=50, stock=9)
    v1.Cause.create(name="Food bank", description="Meals for families")
    spend = v1.LedgerEntry.create(
        member=ada,
        kind="redeem",
        points=-50,
        reason="Reward: Coffee",
        idempotency_key="voucher:old",
        reference="Coffee",
        **common,
    )
    v1.LotUse.create(entry=spend, lot=lot, points=50)
    v1.Voucher.create(
        code="ABCDEFGHJKLM",
        member=ada,
        reward=coffee,
        entry=spend,
        points=50,
        idempotency_key="old",
        store="main",
        terminal="kiosk-1",
        issued_at=at,
        expires_at=at + timedelta(days=90),
    )


def _columns(table: str) -> set[tuple[str, bool]]:
    return {(c.name, bool(c.null)) for c in database_proxy.get_columns(table)}


def _model_columns(model: type[peewee.Model]) -> set[tuple[str, bool]]:
    return {(f.column_name, bool(f.null)) for f in model._meta.sorted_fields}


def test_version_one_is_refused_until_migrated(version_one) -> None:
    assert current_version() == 1
    assert "pin_hash" not in {name for name, _ in _columns("member")}
    with pytest.raises(SchemaError, match=f"version 1 but this program needs {latest_version()}"):
        require_current(LATER)


def test_step_two_adds_the_columns_and_keeps_every_row(version_one) -> None:
    before = {
        table: database_proxy.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("member", "card", "purchase", "ledger_entry", "lot", "lot_use", "voucher")
    }
    assert migrate(LATER) == list(range(2, latest_version() + 1))
    assert current_version() == latest_version()
    applied = {r.version: r.applied_at for r in CurrentSchemaVersion.select()}
    assert applied == {1: NOW} | {v: LATER for v in range(2, latest_version() + 1)}
    for model in ALL_MODELS:  # the upgraded schema is the one a fresh database gets
        table = model._meta.table_name
        assert _columns(table) == _model_columns(model), table
    after = {
        table: database_proxy.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in before
    }
    assert after == before
    ada = Member.get(Member.phone == "+447700900100")
    assert (ada.name, ada.language, ada.balance, ada.status) == (
        "Ada Lovelace",
        "tr",
        150,
        "active",
    )
    assert (ada.pin_hash, ada.pin_failures) == (None, 0)
    assert [r.translations for r in Reward.select()] == ["{}"]
    assert [c.translations for c in Cause.select()] == ["{}"]
    assert Voucher.get(Voucher.code == "ABCDEFGHJKLM").status == "issued"
    assert {ix.name for ix in database_proxy.get_indexes("member")} >= {"member_phone"}
    assert run_checks().ok
    assert_ledger_whole()
    with pytest.raises(peewee.IntegrityError):  # references are still enforced
        database_proxy.execute_sql("DELETE FROM member")
    assert migrate(LATER) == []
    require_current(LATER)


def test_the_upgraded_database_serves_pins_and_translations(version_one, ctx) -> None:
    migrate(LATER)
    ada = Member.get(Member.phone == "+447700900100")
    view = services.member_view(ctx, ada.id)
    assert view.balance == 150 and [r.translations for r in view.rewards] == [{}]
    assert [a.reference for a in view.recent] == ["Coffee", "R-1"]
    words = {"tr": {"name": "Kahve", "description": "Sıcak bir içecek"}}
    Reward.update(translations=json.dumps(words)).execute()
    view = services.member_view(ctx, ada.id)
    assert localized(view.rewards[0], view.language) == ("Kahve", "Sıcak bir içecek")
    with_pin = replace(
        ctx, config=replace(Config(), security=SecurityConfig(phone_lookup_pin=True))
    )
    with pytest.raises(Refused) as caught:
        services.identify_by_phone(with_pin, "07700 900100", "1234")
    assert caught.value.reason == "pin_not_set"
    services.set_pin(ctx, ada.id, "1234")
    assert services.identify_by_phone(with_pin, "07700 900100", "1234").member_id == ada.id
    issued = services.redeem_reward(ctx, ada.id, view.rewards[0].id, "after-upgrade")
    assert issued.balance == 100
    assert Reward.get_by_id(view.rewards[0].id).stock == 8
    assert run_checks().ok

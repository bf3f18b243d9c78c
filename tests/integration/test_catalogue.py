"""The reward catalogue and causes as staff edit them: validation, audit, vouchers untouched."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from db.models import AuditEntry, Cause, Reward, Voucher
from kiosk import services
from kiosk.config import ProgrammeConfig, TierConfig
from kiosk.errors import InvalidInput, NotFound
from kiosk.services import catalogue as cat
from kiosk.services.programme import save_programme

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]


@pytest.fixture
def boss(ctx):
    return ctx.as_staff("maria", "manager")


def _fields(**changes) -> cat.RewardFields:
    base = cat.RewardFields(
        name="Free coffee",
        cost=150,
        description="Any size",
        image="coffee.png",
        min_tier="silver",
        stock=10,
        validity_days=14,
        active_from=datetime(2026, 1, 1),
        active_until=datetime(2026, 12, 31),
        translations={"tr": {"name": "Bedava kahve"}, "ru": {"name": "Кофе", "description": ""}},
    )
    return replace(base, **changes)


def test_create_and_read_back_a_reward(boss) -> None:
    reward_id = cat.create_reward(boss, _fields())
    back = cat.reward_fields(reward_id)
    assert back == _fields(
        min_tier="Silver", translations={"tr": {"name": "Bedava kahve"}, "ru": {"name": "Кофе"}}
    )
    row = AuditEntry.get(AuditEntry.action == "reward.create")
    assert row.target == f"reward:{reward_id}" and row.staff == "maria"
    assert json.loads(row.details)["cost"] == 150


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"cost": 0}, "cost"),
        ({"cost": -5}, "cost"),
        ({"min_tier": "Platinum"}, "min_tier"),
        ({"stock": -1}, "stock"),
        ({"validity_days": 0}, "validity_days"),
        ({"validity_days": 3661}, "validity_days"),
        ({"active_until": datetime(2025, 1, 1)}, "active_until"),
        ({"translations": {"de": {"name": "Kaffee"}}}, "translations"),
        ({"translations": {"tr": {"title": "x"}}}, "translations"),
        ({"name": "x" * 121}, "name"),
    ],
)
def test_reward_fields_are_checked(boss, changes, field) -> None:
    with pytest.raises(InvalidInput) as caught:
        cat.create_reward(boss, _fields(**changes))
    assert caught.value.reason == "catalogue_invalid" and field in caught.value.message
    assert Reward.select().count() == 0 and AuditEntry.select().count() == 0


def test_empty_name_and_unknown_reward(boss) -> None:
    with pytest.raises(InvalidInput) as caught:
        cat.create_reward(boss, _fields(name="  "))
    assert caught.value.reason == "name_missing"
    with pytest.raises(NotFound) as missing:
        cat.update_reward(boss, 999, _fields())
    assert missing.value.reason == "reward_unavailable"


def test_min_tier_follows_the_programme_in_force(boss) -> None:
    rules = ProgrammeConfig(tiers=[TierConfig("Basic", 0), TierConfig("Platinum", 1000)])
    save_programme(boss, rules)
    assert cat.reward_fields(cat.create_reward(boss, _fields(min_tier="PLATINUM"))).min_tier == (
        "Platinum"
    )
    with pytest.raises(InvalidInput):
        cat.create_reward(boss, _fields(min_tier="Silver"))


def test_editing_a_reward_never_touches_issued_vouchers(boss, ctx, make_member) -> None:
    reward_id = cat.create_reward(boss, _fields(min_tier="", stock=None, validity_days=10))
    ada = make_member("Ada", points=500)
    issued = services.redeem_reward(ctx, ada.member_id, reward_id, "k1")
    cat.update_reward(boss, reward_id, _fields(min_tier="", cost=300, validity_days=90, stock=3))
    voucher = Voucher.get(Voucher.code == issued.voucher_code)
    assert voucher.points == 150 and voucher.expires_at == issued.expires_at
    assert Reward.get_by_id(reward_id).cost == 300
    row = AuditEntry.get(AuditEntry.action == "reward.edit")
    changes = json.loads(row.details)["changes"]
    assert changes["cost"] == [150, 300] and changes["validity_days"] == [10, 90]
    assert changes["stock"] == [None, 3] and "name" not in changes
    cat.update_reward(boss, reward_id, _fields(min_tier="", cost=300, validity_days=90, stock=3))
    assert AuditEntry.select().where(AuditEntry.action == "reward.edit").count() == 1


def test_withdraw_and_offer_a_reward(boss, ctx) -> None:
    reward_id = cat.create_reward(boss, _fields(min_tier="", active_from=None, active_until=None))
    cat.set_reward_active(boss, reward_id, False)
    assert [r.id for r in services.list_rewards(ctx)] == []
    cat.set_reward_active(boss, reward_id, False)
    cat.set_reward_active(boss, reward_id, True)
    assert [r.id for r in services.list_rewards(ctx)] == [reward_id]
    actions = [a for (a,) in AuditEntry.select(AuditEntry.action).order_by(AuditEntry.id).tuples()]
    assert actions == ["reward.create", "reward.deactivate", "reward.activate"]


def test_causes(boss, ctx) -> None:
    cause_id = cat.create_cause(
        boss, cat.CauseFields("Food bank", "Meals", True, {"tr": {"name": "Gıda bankası"}})
    )
    cat.update_cause(boss, cause_id, cat.CauseFields("City food bank", "Meals"))
    back = cat.cause_fields(cause_id)
    assert back.name == "City food bank" and back.translations == {}
    cat.set_cause_active(boss, cause_id, False)
    assert services.list_causes(ctx) == [] and not Cause.get_by_id(cause_id).active
    actions = [a for (a,) in AuditEntry.select(AuditEntry.action).order_by(AuditEntry.id).tuples()]
    assert actions == ["cause.create", "cause.edit", "cause.deactivate"]
    with pytest.raises(NotFound) as caught:
        cat.set_cause_active(boss, 999, True)
    assert caught.value.reason == "cause_unavailable"

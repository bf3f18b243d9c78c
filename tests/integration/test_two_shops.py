"""Two kiosks of two shops over one database (SQLite and PostgreSQL): rewards, causes and
promotions limited to a shop, a voucher from one shop redeemed once at the other."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from db.models import LedgerEntry, Reward, Voucher
from kiosk import services
from kiosk.config import ProgrammeConfig, PromotionConfig
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.roles import MANAGER
from kiosk.services import catalogue, stores
from kiosk.services.catalogue import CauseFields, RewardFields

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]


def shop_kiosk(ctx: Context, store: str, terminal: str = "KIOSK-1", **rules) -> Context:
    """The same program configured as the kiosk of another shop (and with other rules)."""
    config = ctx.config
    programme = replace(config.programme, **rules) if rules else config.programme
    return replace(ctx, config=replace(
        config, store=replace(config.store, id=store, terminal=terminal), programme=programme))


@pytest.fixture
def shops(ctx) -> tuple[Context, Context]:
    """Shop A and shop B of one chain, each with a kiosk, as the command line of each."""
    stores.add_store(ctx, "A", "Shop A")
    stores.add_store(ctx, "B", "Shop B")
    return shop_kiosk(ctx, "A"), shop_kiosk(ctx, "B", "KIOSK-7")


def _reason(call, *args, **kwargs) -> str:
    with pytest.raises((InvalidInput, NotFound, Refused)) as caught:
        call(*args, **kwargs)
    assert caught.value.message
    return caught.value.reason


def test_a_reward_limited_to_shop_a_is_offered_and_redeemed_only_there(
    shops, make_member
) -> None:
    at_a, at_b = shops
    ada = make_member("Ada", points=500)
    city = catalogue.create_reward(at_a, RewardFields("City coffee", 100, stores=("a",)))
    everywhere = catalogue.create_reward(at_a, RewardFields("Tea", 50))
    assert Reward.get_by_id(city).stores == "A"
    offered_a = [r.id for r in services.member_view(at_a.as_customer(), ada.member_id).rewards]
    offered_b = [r.id for r in services.member_view(at_b.as_customer(), ada.member_id).rewards]
    assert offered_a == [everywhere, city] and offered_b == [everywhere]
    refused = _reason(services.redeem_reward, at_b.as_customer(), ada.member_id, city, "k-b")
    assert refused == "reward_not_here"
    assert Voucher.select().count() == 0
    assert services.member_view(at_b, ada.member_id).balance == 500
    issued = services.redeem_reward(at_a.as_customer(), ada.member_id, city, "k-a")
    assert issued.points == 100 and issued.balance == 400
    assert [r.stores for r in services.list_rewards(at_a) if r.id == city] == [("A",)]


def test_a_cause_limited_to_shop_a_takes_donations_only_there(shops, make_member) -> None:
    at_a, at_b = shops
    ada = make_member("Ada", points=500)
    cause = catalogue.create_cause(at_a, CauseFields("City shelter", stores=("A",)))
    assert [c.id for c in services.list_causes(at_a)] == [cause]
    assert services.list_causes(at_b) == []
    assert services.member_view(at_b, ada.member_id).causes == []
    assert _reason(services.donate, at_b.as_customer(), ada.member_id, cause, 10, "d-b") == (
        "reward_not_here")
    assert services.donate(at_a.as_customer(), ada.member_id, cause, 10, "d-a").points == 10


def test_a_voucher_from_shop_a_redeems_once_at_shop_b(shops, make_member, clock) -> None:
    at_a, at_b = shops
    ada = make_member("Ada", points=500)
    coffee = catalogue.create_reward(at_a, RewardFields("Coffee", 100))
    voucher = services.redeem_reward(at_a.as_customer(), ada.member_id, coffee, "k-1")
    assert Voucher.get_by_id(voucher.voucher_id).store == "A"
    clock.advance(minutes=5)
    used = services.redeem_voucher(at_b.as_staff("Sam", "clerk"), voucher.voucher_code)
    assert used.ok and used.redeemed_store == "B" and used.redeemed_terminal == "KIOSK-7"
    for kiosk in (at_a, at_b):
        again = services.redeem_voucher(kiosk.as_staff("Sam", "clerk"), voucher.voucher_code)
        assert not again.ok and again.status == "redeemed"
        assert (again.redeemed_store, again.redeemed_at) == ("B", clock.now())
    assert LedgerEntry.select().where(LedgerEntry.kind == "redeem").count() == 1


def test_a_promotion_limited_to_shop_a_earns_only_there(ctx, shops, make_member) -> None:
    double_at_a = PromotionConfig(name="Double at A", starts=date(2026, 1, 1),
                                  ends=date(2026, 12, 31), multiplier=2, stores=("A",))
    at_a = shop_kiosk(ctx, "A", promotions=[double_at_a])
    at_b = shop_kiosk(ctx, "B", "KIOSK-7", promotions=[double_at_a])
    ada = make_member("Ada")
    earned_a = services.record_purchase(at_a, ada.card, 1000, "R-1")
    earned_b = services.record_purchase(at_b, ada.card, 1000, "R-1")  # same receipt, other shop
    assert earned_a.points_earned == 2 * earned_b.points_earned > 0
    assert "Double at A" in earned_a.promotions and not earned_b.promotions


def test_promotion_shops_are_checked_with_the_rules() -> None:
    from kiosk.services.programme import validate_rules

    bad = ProgrammeConfig(promotions=[PromotionConfig(name="x", stores=("no spaces",))])
    with pytest.raises(InvalidInput) as caught:
        validate_rules(bad, reward_tiers=[])
    assert "stores" in caught.value.message and caught.value.reason == "rules_invalid"


def test_the_catalogue_checks_shops_and_a_shop_manager_offers_only_at_their_shop(
    ctx, shops
) -> None:
    at_a, _ = shops
    assert _reason(catalogue.create_reward, ctx, RewardFields("X", 10, stores=("NOPE",))) == (
        "store_unknown")
    assert _reason(catalogue.create_reward, ctx, RewardFields("X", 10, stores=("a b",))) == (
        "store_invalid")
    manager_a = at_a.as_staff("Maria", MANAGER, "A")
    own = catalogue.create_reward(manager_a, RewardFields("A's cake", 10, stores=("A",)))
    for wrong in ((), ("B",), ("A", "B")):
        fields = RewardFields("Y", 10, stores=wrong)
        assert _reason(catalogue.create_reward, manager_a, fields) == "not_allowed"
    chain_wide = catalogue.create_reward(ctx, RewardFields("Everywhere", 10))
    assert _reason(catalogue.set_reward_active, manager_a, chain_wide, False) == "not_allowed"
    catalogue.update_reward(manager_a, own, RewardFields("A's big cake", 20, stores=("A",)))
    assert catalogue.reward_fields(own).stores == ("A",)
    assert Reward.get_by_id(own).name == "A's big cake"


# --- staff of a shop and of the chain -------------------------------------------------------


@pytest.fixture
def staff_of_two_shops(ctx, shops):
    """A chain manager, a manager and a clerk at each shop."""
    from kiosk.services import staff

    staff.add_staff(ctx, "Chen", "manager", "1111")
    for shop in ("A", "B"):
        staff.add_staff(ctx, f"Boss {shop}", "manager", "2222", store=shop)
        staff.add_staff(ctx, f"Clerk {shop}", "clerk", "3333", store=shop.lower())
    return shops


def test_a_shop_account_logs_in_only_at_its_own_shop(staff_of_two_shops) -> None:
    from kiosk.services import staff

    at_a, at_b = staff_of_two_shops
    session = staff.log_in(at_a, "Clerk A", "3333")
    assert session.store == "A"
    with pytest.raises(Refused) as caught:
        staff.log_in(at_b, "Clerk A", "3333")
    assert caught.value.reason == "staff_other_shop"
    assert caught.value.message == "This account belongs to shop A."
    assert staff.log_in(at_b, "Chen", "1111").store is None  # the chain's: anywhere
    assert {s.name for s in staff.login_choices("B")} == {"Chen", "Boss B", "Clerk B"}
    from db.models import Staff

    assert Staff.get(Staff.name == "Clerk A").failures == 0  # no attempt counted at B


def test_a_shop_manager_sees_and_manages_only_their_shops_staff(staff_of_two_shops) -> None:
    from db.models import AuditEntry
    from kiosk.services import staff

    at_a, _ = staff_of_two_shops
    boss_a = at_a.as_staff("Boss A", MANAGER, "A")
    assert {s.name for s in staff.list_staff(boss_a)} == {"Boss A", "Clerk A"}
    for call in (
        lambda: staff.lock_staff(boss_a, "Clerk B", "x"),
        lambda: staff.unlock_staff(boss_a, "Clerk B"),
        lambda: staff.update_staff(boss_a, "Clerk B", role="manager"),
        lambda: staff.change_pin(boss_a, "Boss B", "9999"),
        lambda: staff.update_staff(boss_a, "Chen", active=False),
        lambda: staff.add_staff(boss_a, "New B", "clerk", "1234", store="B"),
        lambda: staff.update_staff(boss_a, "Clerk A", store=""),  # to the chain
    ):
        assert _reason(call) == "store_account"
    new = staff.add_staff(boss_a, "New A", "manager", "1234")  # their own shop's, by default
    assert new.store == "A"
    assert staff.lock_staff(boss_a, "Clerk A", "away").locked
    details = json.loads(AuditEntry.get(AuditEntry.target == "New A").details)
    assert details["store"] == "A"


def test_a_chain_manager_manages_every_shop_and_moves_accounts(ctx, staff_of_two_shops) -> None:
    from kiosk.services import staff

    chen = ctx.as_staff("Chen", MANAGER, None)
    assert len(staff.list_staff(chen)) == 5
    assert {s.name for s in staff.list_staff(chen, store="B")} == {"Boss B", "Clerk B"}
    assert staff.update_staff(chen, "Clerk A", store="B").store == "B"
    assert staff.update_staff(chen, "Clerk A", store="").store is None
    assert _reason(staff.add_staff, chen, "Nobody", "clerk", "1234", None, "ZZZ") == (
        "store_unknown")

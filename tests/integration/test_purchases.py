"""Purchases and refunds on a real database: points once per receipt, clawed back in proportion."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from db.models import LedgerEntry, Lot, LotUse, Purchase
from kiosk import services
from kiosk.config import PromotionConfig
from kiosk.errors import InvalidInput, NotFound, Refused
from tests.integration.ledger_checks import assert_ledger_whole, balance, lot_remaining

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]


def test_a_purchase_earns_points_in_a_lot_that_expires(ctx, make_member) -> None:
    ada = make_member()
    staff_ctx = ctx.as_staff("till-3", "clerk")
    result = services.record_purchase(staff_ctx, ada.card, 12_345, " R-1 ")
    assert (result.receipt, result.amount_minor, result.points_earned) == ("R-1", 12_345, 123)
    assert result.balance == 123 and not result.duplicate and result.recorded_at == ctx.now()
    purchase = Purchase.get_by_id(result.purchase_id)
    assert purchase.points_earned == 123 and purchase.staff == "till-3"
    assert (purchase.store, purchase.terminal) == ("STORE-1", "KIOSK-1")
    entry = LedgerEntry.get(LedgerEntry.purchase == purchase.id)
    assert (entry.kind, entry.points, entry.staff, entry.reference) == (
        "earn",
        123,
        "till-3",
        "R-1",
    )
    lot = Lot.get(Lot.entry == entry.id)
    assert (lot.points, lot.remaining) == (123, 123)
    assert lot.expires_at == ctx.now() + timedelta(days=365)
    assert_ledger_whole()


def test_a_purchase_by_phone_or_member_id(ctx, make_member) -> None:
    ada = make_member(phone="07700 900100")
    assert services.record_purchase(ctx, "+44 7700 900100", 1_000, "R-1").points_earned == 10
    by_id = services.record_purchase(ctx, None, 2_000, "R-2", member_id=ada.member_id)
    assert by_id.balance == 30
    with pytest.raises(InvalidInput, match="card or phone"):
        services.record_purchase(ctx, None, 1_000, "R-3")


def test_the_same_receipt_twice_credits_once(ctx, make_member) -> None:
    ada = make_member()
    first = services.record_purchase(ctx, ada.card, 12_345, "R-1")
    again = services.record_purchase(ctx, ada.card, 12_345, "R-1")
    assert again.duplicate and not first.duplicate
    assert again.purchase_id == first.purchase_id and again.points_earned == 123
    assert again.balance == 123 == balance(ada.member_id)
    assert Purchase.select().count() == 1 and LedgerEntry.select().count() == 1
    assert_ledger_whole()


def test_the_same_receipt_with_another_amount_or_card_is_refused(ctx, make_member) -> None:
    ada, bo = make_member("Ada"), make_member("Bo")
    services.record_purchase(ctx, ada.card, 12_345, "R-1")
    with pytest.raises(Refused, match="already recorded"):
        services.record_purchase(ctx, ada.card, 999, "R-1")
    with pytest.raises(Refused, match="already recorded"):
        services.record_purchase(ctx, bo.card, 12_345, "R-1")
    assert balance(ada.member_id) == 123 and balance(bo.member_id) == 0
    assert Purchase.select().count() == 1


def test_receipt_numbers_are_per_store(ctx, make_member) -> None:
    ada = make_member()
    other_store = replace(ctx, config=replace(ctx.config, store=replace(ctx.config.store, id="S2")))
    services.record_purchase(ctx, ada.card, 1_000, "R-1")
    second = services.record_purchase(other_store, ada.card, 1_000, "R-1")
    assert not second.duplicate and second.balance == 20


@pytest.mark.parametrize(
    ("amount", "receipt", "lines", "message"),
    [
        (0, "R-1", None, "amount must be positive"),
        (-500, "R-1", None, "amount must be positive"),
        (100_000_001, "R-1", None, "amount must be positive"),
        (1_000, "  ", None, "receipt number"),
        (1_000, "R" * 81, None, "receipt number"),
        (1_000, "R-1", {"bakery": 0}, "category amount must be positive"),
    ],
)
def test_bad_purchases_are_refused(ctx, make_member, amount, receipt, lines, message) -> None:
    ada = make_member()
    with pytest.raises(InvalidInput, match=message):
        services.record_purchase(ctx, ada.card, amount, receipt, lines=lines)
    assert Purchase.select().count() == 0 and balance(ada.member_id) == 0


def test_a_blocked_card_cannot_earn(ctx, make_member) -> None:
    ada = make_member()
    services.replace_card(ctx, ada.card)
    with pytest.raises(Refused, match="blocked"):
        services.record_purchase(ctx, ada.card, 1_000, "R-1")
    assert Purchase.select().count() == 0


def test_categories_and_promotions(ctx, make_member) -> None:
    promo = PromotionConfig(
        name="Bakery x2",
        starts=date(2026, 3, 1),
        ends=date(2026, 3, 31),
        multiplier=Decimal(2),
        categories=["bakery"],
    )
    programme = replace(ctx.config.programme, promotions=[promo])
    promo_ctx = replace(ctx, config=replace(ctx.config, programme=programme))
    ada = make_member()
    result = services.record_purchase(
        promo_ctx, ada.card, 0, "R-1", lines={"bakery": 1_000, "dairy": 500}
    )
    assert result.amount_minor == 1_500 and result.points_earned == 25
    assert result.promotions == ("Bakery x2",)
    assert Purchase.get_by_id(result.purchase_id).lines == '{"bakery": 1000, "dairy": 500}'


def test_points_are_earned_at_the_tier_held_before_the_purchase(ctx, make_member) -> None:
    ada = make_member()
    reaching = services.record_purchase(ctx, ada.card, 30_000, "R-1")  # reaches Silver
    assert reaching.points_earned == 300  # still at Member rate
    silver = services.record_purchase(ctx, ada.card, 10_000, "R-2")
    assert silver.points_earned == 125  # 100 x 1.25
    view = services.member_view(ctx, ada.member_id)
    assert view.tier.tier == "Silver" and view.tier.value == 40_000
    assert "to keep Silver" in view.tier_explanation and "to reach Gold" in view.tier_explanation


def test_tier_falls_when_purchases_leave_the_window(ctx, clock, make_member) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 30_000, "R-1")
    assert services.member_view(ctx, ada.member_id).tier.tier == "Silver"
    clock.advance(days=365)
    assert services.member_view(ctx, ada.member_id).tier.tier == "Member"
    assert services.record_purchase(ctx, ada.card, 10_000, "R-2").points_earned == 100


# --- refunds ------------------------------------------------------------------------------------


def test_full_refund_claws_back_every_point(ctx, make_member) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 10_000, "R-1")
    result = services.refund(ctx, "R-1")
    assert (result.refunded_minor, result.points_clawed, result.points_uncollected) == (
        10_000,
        100,
        0,
    )
    assert result.balance == 0 == balance(ada.member_id)
    purchase = Purchase.get(Purchase.receipt == "R-1")
    assert purchase.refunded_minor == 10_000 and purchase.points_clawed == 100
    refund_entry = LedgerEntry.get(LedgerEntry.kind == "refund")
    assert refund_entry.points == -100 and refund_entry.purchase_id == purchase.id
    assert_ledger_whole()


def test_partial_refunds_claw_back_in_proportion(ctx, make_member) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 10_000, "R-1")
    first = services.refund(ctx, "R-1", 2_500)
    assert first.points_clawed == 25 and first.balance == 75
    tiny = services.refund(ctx, "R-1", 1)  # 0.01 of 100.00 is worth 0.01 points: none yet
    assert tiny.points_clawed == 0 and tiny.balance == 75
    second = services.refund(ctx, "R-1", 99)  # now a whole point is due
    assert second.points_clawed == 1 and second.balance == 74
    rest = services.refund(ctx, "R-1")
    assert rest.refunded_minor == 7_400 and rest.points_clawed == 74 and rest.balance == 0
    assert Purchase.get(Purchase.receipt == "R-1").points_clawed == 100
    assert_ledger_whole()


def test_cannot_refund_more_than_was_paid(ctx, make_member) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 10_000, "R-1")
    with pytest.raises(InvalidInput, match="between"):
        services.refund(ctx, "R-1", 10_001)
    services.refund(ctx, "R-1", 6_000)
    with pytest.raises(InvalidInput, match=r"left on the receipt \(4000\)"):
        services.refund(ctx, "R-1", 4_001)
    with pytest.raises(InvalidInput):
        services.refund(ctx, "R-1", 0)
    services.refund(ctx, "R-1", 4_000)
    with pytest.raises(Refused, match="refunded in full"):
        services.refund(ctx, "R-1")
    with pytest.raises(Refused, match="refunded in full"):
        services.refund(ctx, "R-1", 1)
    assert Purchase.get(Purchase.receipt == "R-1").refunded_minor == 10_000
    assert balance(ada.member_id) == 0
    with pytest.raises(NotFound):
        services.refund(ctx, "NO-SUCH-RECEIPT")
    assert_ledger_whole()


def test_refund_after_spending_never_goes_negative(ctx, make_member, make_reward) -> None:
    ada = make_member()
    coffee = make_reward(100)
    services.record_purchase(ctx, ada.card, 15_000, "R-1")
    services.redeem_reward(ctx, ada.member_id, coffee.id, "k1")
    result = services.refund(ctx, "R-1")
    assert result.points_clawed == 50 and result.points_uncollected == 100
    assert result.balance == 0 == balance(ada.member_id)
    assert (
        "100 points could not be taken back" in LedgerEntry.get(LedgerEntry.kind == "refund").reason
    )
    assert_ledger_whole()


def test_refund_takes_the_purchases_own_lot_first(ctx, clock, make_member) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 10_000, "OLD")
    clock.advance(days=30)
    services.record_purchase(ctx, ada.card, 5_000, "NEW")
    old_lot, new_lot = (lot.id for lot in Lot.select().order_by(Lot.expires_at))
    services.refund(ctx, "NEW")
    # the older lot would be spent first, but a refund takes back the points it earned
    assert lot_remaining(old_lot) == 100 and lot_remaining(new_lot) == 0
    assert balance(ada.member_id) == 100
    refund_entry = LedgerEntry.get(LedgerEntry.kind == "refund")
    assert [u.lot_id for u in LotUse.select().where(LotUse.entry == refund_entry.id)] == [new_lot]


def test_a_refund_lowers_the_tier(ctx, make_member) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 30_000, "R-1")
    assert services.member_view(ctx, ada.member_id).tier.tier == "Silver"
    services.refund(ctx, "R-1", 10_000)
    view = services.member_view(ctx, ada.member_id)
    assert view.tier.tier == "Member" and view.tier.value == 20_000


@pytest.mark.parametrize("parts", [[1, 1, 9_998], [3_333, 3_333, 3_334], [9_999, 1], [7] * 5])
def test_refunds_in_parts_add_up_to_the_points_earned(ctx, make_member, parts) -> None:
    ada = make_member()
    earned = services.record_purchase(ctx, ada.card, 10_000, "R-1").points_earned
    clawed = sum(services.refund(ctx, "R-1", part).points_clawed for part in parts)
    refunded = sum(parts)
    assert clawed == earned * refunded // 10_000
    assert balance(ada.member_id) == earned - clawed
    assert_ledger_whole()


def test_a_refund_retried_with_its_key_refunds_once(ctx, make_member) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 3_008, "R-1")
    first = services.refund(ctx, "R-1", 1_504, "request-1")
    again = services.refund(ctx, "R-1", 1_504, "request-1")  # killed after its commit, retried
    assert again == first
    purchase = Purchase.get(Purchase.receipt == "R-1")
    assert purchase.refunded_minor == 1_504
    assert LedgerEntry.select().where(LedgerEntry.kind == "refund").count() == 1
    with pytest.raises(Refused) as caught:
        services.refund(ctx, "R-1", 1_000, "request-1")
    assert caught.value.reason == "key_reused"
    second = services.refund(ctx, "R-1", 1_504, "request-2")  # another item at the same price
    assert second.refunded_minor == 1_504
    assert Purchase.get(Purchase.receipt == "R-1").refunded_minor == 3_008
    assert_ledger_whole()

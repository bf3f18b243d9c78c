"""Every use case against a real database, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from peewee import fn

from db.check import run_checks
from db.models import LedgerEntry, Lot, LotUse, Member, Purchase, Reward, Voucher
from kiosk import services
from kiosk.errors import InsufficientPoints, InvalidInput, NotFound, Refused

pytestmark = pytest.mark.integration


def _member(ctx, name="Ada Lovelace", phone="07700 900100", **extra):
    return services.enrol(ctx, name, phone, **extra)


def _ledger_sum(member_id: int) -> int:
    return (
        LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.points), 0))
        .where(LedgerEntry.member == member_id)
        .scalar()
    )


def test_enrol_issues_a_valid_card_and_finds_by_phone(ctx) -> None:
    enrolled = _member(ctx)
    assert services.identify(ctx, enrolled.card).member_id == enrolled.member_id
    for typed in ("07700 900100", "+44 7700 900100", "0044-7700-900100"):
        found = services.identify(ctx, typed, kind="phone")
        assert found.member_id == enrolled.member_id and found.card == enrolled.card
    with pytest.raises(Refused, match="phone number already exists"):
        _member(ctx, "Someone Else")
    with pytest.raises(Refused, match="already registered"):
        services.enrol(ctx, "Other", "07700 900101", card=enrolled.card)


def test_misread_unknown_and_blocked_cards(ctx) -> None:
    enrolled = _member(ctx)
    wrong = enrolled.card[:-1] + str((int(enrolled.card[-1]) + 1) % 10)
    with pytest.raises(InvalidInput, match="did not read correctly"):
        services.identify(ctx, wrong)
    with pytest.raises(NotFound):
        services.identify(ctx, "2900000000094")
    replaced = services.replace_card(ctx, enrolled.card)
    with pytest.raises(Refused, match="blocked"):
        services.identify(ctx, enrolled.card)
    assert services.identify(ctx, replaced.new_card).member_id == enrolled.member_id


def test_purchase_is_idempotent_on_the_receipt(ctx) -> None:
    enrolled = _member(ctx)
    first = services.record_purchase(ctx, enrolled.card, 12_345, "R-1")
    assert first.points_earned == 123 and first.balance == 123 and not first.duplicate
    again = services.record_purchase(ctx, enrolled.card, 12_345, "R-1")
    assert again.duplicate and again.balance == 123
    assert Purchase.select().count() == 1
    with pytest.raises(Refused, match="already recorded"):
        services.record_purchase(ctx, enrolled.card, 999, "R-1")


def test_tier_multiplier_applies_from_the_next_purchase(ctx, clock) -> None:
    enrolled = _member(ctx)
    services.record_purchase(ctx, enrolled.card, 30_000, "R-1")  # reaches Silver
    second = services.record_purchase(ctx, enrolled.card, 10_000, "R-2")
    assert second.points_earned == 125  # 100 x 1.25
    view = services.member_view(ctx, enrolled.member_id)
    assert view.tier.tier == "Silver" and view.tier.next_tier == "Gold"
    assert view.tier.next_needed == 75_000 - 40_000
    assert view.tier.reach_by == clock.now() + timedelta(days=365)
    assert "to reach Gold" in view.tier_explanation and "to keep Silver" in view.tier_explanation


def test_refund_claws_back_in_proportion(ctx) -> None:
    enrolled = _member(ctx)
    services.record_purchase(ctx, enrolled.card, 10_000, "R-1")
    part = services.refund(ctx, "R-1", 2_500)
    assert part.points_clawed == 25 and part.balance == 75
    rest = services.refund(ctx, "R-1")
    assert rest.points_clawed == 75 and rest.balance == 0
    with pytest.raises(Refused, match="refunded in full"):
        services.refund(ctx, "R-1")


def test_refund_after_spending_never_goes_negative(ctx, catalogue) -> None:
    enrolled = _member(ctx)
    services.record_purchase(ctx, enrolled.card, 15_000, "R-1")
    services.redeem_reward(ctx, enrolled.member_id, catalogue["coffee"], "k1")
    result = services.refund(ctx, "R-1")
    assert result.points_clawed == 50 and result.points_uncollected == 100
    assert result.balance == 0 and run_checks().ok


def test_redeem_takes_points_and_makes_voucher_atomically(ctx, catalogue) -> None:
    enrolled = _member(ctx)
    with pytest.raises(InsufficientPoints):
        services.redeem_reward(ctx, enrolled.member_id, catalogue["coffee"], "k0")
    assert Voucher.select().count() == 0 and LedgerEntry.select().count() == 0
    services.record_purchase(ctx, enrolled.card, 45_000, "R-1")
    issued = services.redeem_reward(ctx, enrolled.member_id, catalogue["bag"], "k1")
    assert issued.balance == 450 - 300 and issued.status == "issued"
    assert Reward.get_by_id(catalogue["bag"]).stock == 0
    assert services.redeem_reward(ctx, enrolled.member_id, catalogue["bag"], "k1").repeated
    with pytest.raises(Refused, match="out of stock"):
        services.redeem_reward(ctx, enrolled.member_id, catalogue["bag"], "k2")
    with pytest.raises(Refused, match="Gold"):
        services.redeem_reward(ctx, enrolled.member_id, catalogue["gold_only"], "k3")
    assert _ledger_sum(enrolled.member_id) == Member.get_by_id(enrolled.member_id).balance


def test_voucher_redeemed_exactly_once_and_void_returns_points(ctx, catalogue, clock) -> None:
    enrolled = _member(ctx)
    services.record_purchase(ctx, enrolled.card, 30_000, "R-1")
    first = services.redeem_reward(ctx, enrolled.member_id, catalogue["coffee"], "a")
    assert services.check_voucher(ctx, first.display_code.lower()).ok
    assert services.redeem_voucher(ctx, first.voucher_code).ok
    second_try = services.redeem_voucher(ctx, first.voucher_code)
    assert not second_try.ok and second_try.status == "redeemed"
    assert second_try.redeemed_terminal == ctx.terminal
    assert not services.void_voucher(ctx, first.voucher_code).ok

    other = services.redeem_reward(ctx, enrolled.member_id, catalogue["coffee"], "b")
    lots_before = {lot.id: lot.remaining for lot in Lot.select()}
    voided = services.void_voucher(ctx, other.voucher_code, "printer jam")
    assert voided.ok and voided.points_returned == 100 and voided.status == "void"
    lots_after = {lot.id: lot.remaining for lot in Lot.select()}
    assert sum(lots_after.values()) - sum(lots_before.values()) == 100
    assert not services.redeem_voucher(ctx, other.voucher_code).ok

    late = services.redeem_reward(ctx, enrolled.member_id, catalogue["coffee"], "c")
    clock.advance(days=31)
    expired = services.redeem_voucher(ctx, late.voucher_code)
    assert not expired.ok and expired.status == "expired"
    forged = services.check_voucher(ctx, "ABCDEFGHJKMNP")
    assert forged.status == "invalid"


def test_points_expire_oldest_first_and_vouchers_expire(ctx, catalogue, clock) -> None:
    enrolled = _member(ctx)
    services.record_purchase(ctx, enrolled.card, 20_000, "R-1")
    clock.advance(days=100)
    services.record_purchase(ctx, enrolled.card, 5_000, "R-2")
    services.redeem_reward(ctx, enrolled.member_id, catalogue["coffee"], "k")
    used = LotUse.select(LotUse.lot).scalar()
    assert used == Lot.select(Lot.id).order_by(Lot.expires_at).scalar()  # oldest-expiring first
    clock.advance(days=270)
    view = services.member_view(ctx, enrolled.member_id)
    assert view.expiring and view.expiring[0].points == 100
    run = services.expire_points(ctx)
    assert run.points == 100 and run.members == 1 and run.vouchers_expired == 1
    assert Member.get_by_id(enrolled.member_id).balance == 50
    assert services.expire_points(ctx).points == 0
    assert run_checks().ok


def test_donate_adjust_and_transfer(ctx, catalogue) -> None:
    giver = _member(ctx)
    services.record_purchase(ctx, giver.card, 20_000, "R-1")
    gift = services.donate(ctx, giver.member_id, catalogue["cause"], 50, "d1")
    assert (
        gift.balance == 150
        and services.donate(ctx, giver.member_id, catalogue["cause"], 50, "d1").balance == 150
    )
    with pytest.raises(InvalidInput, match="reason"):
        services.adjust(ctx, giver.member_id, 10, " ")
    assert services.adjust(ctx, giver.member_id, -20, "correction").balance == 130
    with pytest.raises(InsufficientPoints):
        services.adjust(ctx, giver.member_id, -1000, "too much")
    other = _member(ctx, "Bo Peep", "07700 900200")
    expiry = Lot.select(Lot.expires_at).where(Lot.member == giver.member_id).scalar()
    moved = services.transfer_balance(ctx, giver.member_id, other.member_id, "merge")
    assert moved.points == 130
    assert Member.get_by_id(giver.member_id).balance == 0
    assert Member.get_by_id(other.member_id).balance == 130
    assert Lot.select(Lot.expires_at).where(Lot.member == other.member_id).scalar() == expiry
    assert run_checks().ok


def test_birthday_bonus_once_a_year(ctx, clock) -> None:
    today = clock.now().date()
    enrolled = _member(ctx, birthday=date(1990, today.month, today.day))
    assert services.member_view(ctx, enrolled.member_id).birthday_bonus == 100
    assert services.member_view(ctx, enrolled.member_id).birthday_bonus == 0
    clock.advance(days=365)
    assert services.member_view(ctx, enrolled.member_id).birthday_bonus == 100
    assert services.member_view(ctx, enrolled.member_id).balance == 200


def test_member_view_shows_what_is_missing(ctx, catalogue) -> None:
    enrolled = _member(ctx)
    services.record_purchase(ctx, enrolled.card, 8_000, "R-1")
    view = services.member_view(ctx, enrolled.member_id)
    by_name = {r.name: r for r in view.rewards}
    assert by_name["Coffee"].missing_points == 20 and not by_name["Coffee"].affordable
    assert by_name["Lounge"].tier_locked and not by_name["Lounge"].affordable
    assert view.first_name == "Ada" and view.recent[0].kind == "earn"

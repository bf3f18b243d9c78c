"""Vouchers on a real database: checked, redeemed exactly once, voided with points back, expired."""

from __future__ import annotations

import pytest

from db.models import LedgerEntry, Lot, LotUse, Reward, Voucher
from kiosk import services
from kiosk.errors import InvalidInput
from kiosk.vouchers import luhn32_check, new_voucher_code
from tests.conftest import SECRET
from tests.integration.ledger_checks import assert_ledger_whole, balance

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]


@pytest.fixture
def voucher(ctx, make_member, make_reward):
    """A member with 300 points who has just redeemed a 100-point coffee."""
    ada = make_member("Ada Lovelace", points=300)
    coffee = make_reward(100, "Coffee", stock=5)
    return services.redeem_reward(ctx, ada.member_id, coffee.id, "k")


def test_check_a_valid_voucher_without_changing_it(ctx, voucher) -> None:
    for typed in (voucher.voucher_code, voucher.display_code, voucher.display_code.lower()):
        state = services.check_voucher(ctx, typed)
        assert state.ok and state.status == "issued" and state.message == "Valid voucher."
        assert (state.reward, state.points, state.member_first_name) == ("Coffee", 100, "Ada")
        assert state.code == voucher.display_code and state.expires_at == voucher.expires_at
    assert Voucher.get_by_id(voucher.voucher_id).status == "issued"


def test_forged_unknown_and_mistyped_codes(ctx, voucher) -> None:
    body = "ABCDEFG" + "00000"  # a payload with a made-up signature and a correct check char
    forged = services.check_voucher(ctx, body + luhn32_check(body))
    assert not forged.ok and forged.status == "invalid"
    assert forged.message == "This voucher is not genuine."
    unknown = services.check_voucher(ctx, new_voucher_code(SECRET))
    assert unknown.status == "invalid" and unknown.message == "This voucher is not known here."
    code = voucher.voucher_code
    typo = code[:3] + ("X" if code[3] != "X" else "Y") + code[4:]
    mistyped = services.check_voucher(ctx, typo)
    assert not mistyped.ok and "typo" in mistyped.message
    assert not services.redeem_voucher(ctx, typo).ok
    assert not services.void_voucher(ctx, typo).ok
    assert Voucher.get_by_id(voucher.voucher_id).status == "issued"


def test_redeemed_exactly_once(ctx, voucher) -> None:
    at_till = ctx.as_staff("sam", "clerk")
    first = services.redeem_voucher(at_till, voucher.display_code)
    assert first.ok and first.status == "redeemed" and "Hand over" in first.message
    assert (first.redeemed_store, first.redeemed_terminal, first.redeemed_staff) == (
        "STORE-1",
        "KIOSK-1",
        "sam",
    )
    assert first.redeemed_at == ctx.now()
    second = services.redeem_voucher(ctx, voucher.voucher_code)
    assert not second.ok and second.status == "redeemed"
    assert second.message == "This voucher has already been used."
    assert second.redeemed_staff == "sam"  # tells who took it
    check = services.check_voucher(ctx, voucher.voucher_code)
    assert not check.ok and check.status == "redeemed"
    assert balance(voucher.member_id) == 200  # redeeming gives nothing back or takes more


def test_void_returns_the_points_to_the_lots_they_came_from(
    ctx, clock, make_member, make_reward
) -> None:
    # two lots: the voucher takes all of the first and part of the second
    member_id = make_member(points=60).member_id
    clock.advance(days=1)
    services.adjust(ctx, member_id, 90, "second lot")
    lots = [lot.id for lot in Lot.select().where(Lot.remaining > 0).order_by(Lot.expires_at)]
    issued = services.redeem_reward(ctx, member_id, make_reward(100, stock=3).id, "v")
    assert [Lot.get_by_id(i).remaining for i in lots] == [0, 50]
    state = services.void_voucher(ctx, issued.voucher_code, "printer jam")
    assert state.ok and state.status == "void" and state.points_returned == 100
    assert state.message == "Voucher cancelled; 100 points returned."
    assert [Lot.get_by_id(i).remaining for i in lots] == [60, 90]
    assert balance(member_id) == 150
    voucher_row = Voucher.get_by_id(issued.voucher_id)
    assert voucher_row.void_reason == "printer jam" and voucher_row.voided_at == ctx.now()
    back = LedgerEntry.get(LedgerEntry.idempotency_key == f"void:{issued.voucher_id}")
    assert back.points == 100
    assert sorted(
        LotUse.select(LotUse.lot, LotUse.points).where(LotUse.entry == back.id).tuples()
    ) == sorted([(lots[0], -60), (lots[1], -40)])
    assert_ledger_whole()


def test_void_once_and_stock_comes_back(ctx, voucher) -> None:
    assert Reward.get_by_id(voucher.reward_id).stock == 4
    assert services.void_voucher(ctx, voucher.voucher_code).ok
    assert Reward.get_by_id(voucher.reward_id).stock == 5
    again = services.void_voucher(ctx, voucher.voucher_code)
    assert not again.ok and again.status == "void" and again.points_returned == 0
    assert balance(voucher.member_id) == 300 and Reward.get_by_id(voucher.reward_id).stock == 5
    used = services.redeem_voucher(ctx, voucher.voucher_code)
    assert not used.ok and used.status == "void"
    assert used.message == "This voucher has been cancelled."
    assert_ledger_whole()


def test_a_redeemed_voucher_cannot_be_voided(ctx, voucher) -> None:
    assert services.redeem_voucher(ctx, voucher.voucher_code).ok
    state = services.void_voucher(ctx, voucher.voucher_code)
    assert not state.ok and state.status == "redeemed" and state.points_returned == 0
    assert balance(voucher.member_id) == 200
    assert LedgerEntry.select().where(LedgerEntry.idempotency_key.startswith("void:")).count() == 0


def test_an_expired_voucher(ctx, clock, voucher) -> None:
    clock.advance(days=30, seconds=-1)
    assert services.check_voucher(ctx, voucher.voucher_code).ok
    clock.advance(seconds=1)  # expires_at is issued_at + 30 days: no longer valid
    state = services.check_voucher(ctx, voucher.voucher_code)
    assert not state.ok and state.status == "expired"
    assert state.message == "This voucher has expired."
    redeemed = services.redeem_voucher(ctx, voucher.voucher_code)
    assert not redeemed.ok and redeemed.status == "expired"
    assert Voucher.get_by_id(voucher.voucher_id).status == "issued"  # until the expiry run
    services.expire_points(ctx)
    assert Voucher.get_by_id(voucher.voucher_id).status == "expired"
    assert not services.void_voucher(ctx, voucher.voucher_code).ok
    assert balance(voucher.member_id) == 200


def test_mark_printed_and_reprint(ctx, clock, voucher) -> None:
    state = services.mark_printed(ctx, voucher.voucher_code)
    assert state.ok and state.status == "printed"
    clock.advance(minutes=2)
    services.mark_printed(ctx, voucher.voucher_code)
    row = Voucher.get_by_id(voucher.voucher_id)
    assert row.print_count == 2 and row.printed_at == ctx.now()
    assert services.redeem_voucher(ctx, voucher.voucher_code).ok  # printed ones are redeemable
    services.mark_printed(ctx, voucher.voucher_code)
    assert Voucher.get_by_id(voucher.voucher_id).status == "redeemed"
    with pytest.raises(InvalidInput):
        services.mark_printed(ctx, "not a code")


def test_an_expired_but_not_yet_swept_voucher_can_still_be_voided(ctx, clock, voucher) -> None:
    clock.advance(days=31)
    state = services.void_voucher(ctx, voucher.voucher_code, "customer complaint")
    assert state.ok and state.points_returned == 100
    assert balance(voucher.member_id) == 300

"""Rewards and donations on a real database: points and voucher in one transaction, or nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from db.models import LedgerEntry, Lot, LotUse, Member, Reward, Voucher
from kiosk import services
from kiosk.errors import InsufficientPoints, InvalidInput, NotFound, Refused
from kiosk.services import rewards as rewards_module
from kiosk.vouchers import check_voucher_code, format_code
from tests.conftest import SECRET
from tests.integration.ledger_checks import assert_ledger_whole, balance

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]


def _snapshot() -> tuple:
    return (
        Voucher.select().count(),
        LedgerEntry.select().count(),
        LotUse.select().count(),
        tuple(Lot.select(Lot.remaining).order_by(Lot.id).tuples()),
        tuple(Member.select(Member.balance).order_by(Member.id).tuples()),
        tuple(Reward.select(Reward.stock).order_by(Reward.id).tuples()),
    )


def test_redeem_takes_points_and_creates_the_voucher(ctx, make_member, make_reward) -> None:
    ada = make_member("Ada Lovelace", points=450)
    bag = make_reward(300, "Bag")
    issued = services.redeem_reward(ctx, ada.member_id, bag.id, "kiosk-1:0001")
    assert (issued.points, issued.balance, issued.status, issued.repeated) == (
        300,
        150,
        "issued",
        False,
    )
    assert (issued.reward_name, issued.first_name, issued.card) == ("Bag", "Ada", ada.card)
    assert issued.issued_at == ctx.now() and issued.expires_at == ctx.now() + timedelta(days=30)
    assert check_voucher_code(issued.voucher_code, SECRET).code == issued.voucher_code
    assert issued.display_code == format_code(issued.voucher_code)
    voucher = Voucher.get_by_id(issued.voucher_id)
    entry = LedgerEntry.get_by_id(voucher.entry_id)
    assert (entry.kind, entry.points, entry.idempotency_key) == (
        "redeem",
        -300,
        "voucher:kiosk-1:0001",
    )
    assert balance(ada.member_id) == 150
    assert_ledger_whole()


def test_reward_validity_overrides_the_default(ctx, make_member, make_reward) -> None:
    ada = make_member(points=100)
    cake = make_reward(100, validity_days=7)
    issued = services.redeem_reward(ctx, ada.member_id, cake.id, "k")
    assert issued.expires_at == ctx.now() + timedelta(days=7)


def test_redeem_spends_the_oldest_expiring_lots_first(ctx, clock, make_member, make_reward):
    ada = make_member()
    services.record_purchase(ctx, ada.card, 8_000, "R-1")  # 80, expires first
    clock.advance(days=10)
    services.record_purchase(ctx, ada.card, 5_000, "R-2")  # 50
    services.adjust(ctx, ada.member_id, 40, "goodwill")  # 40, expires last
    first, second, _ = (lot.id for lot in Lot.select().order_by(Lot.id))
    issued = services.redeem_reward(ctx, ada.member_id, make_reward(100).id, "k")
    entry_id = Voucher.get_by_id(issued.voucher_id).entry_id
    uses = list(LotUse.select(LotUse.lot, LotUse.points).where(LotUse.entry == entry_id).tuples())
    assert sorted(uses) == [(first, 80), (second, 20)]
    assert [lot.remaining for lot in Lot.select().order_by(Lot.id)] == [0, 30, 40]


def test_insufficient_points_are_refused_and_nothing_is_written(ctx, make_member, make_reward):
    ada = make_member(points=99)
    coffee = make_reward(100, stock=5)
    before = _snapshot()
    with pytest.raises(InsufficientPoints, match="100 needed, 99 available"):
        services.redeem_reward(ctx, ada.member_id, coffee.id, "k")
    assert _snapshot() == before
    assert Reward.get_by_id(coffee.id).stock == 5


def test_a_failure_after_the_points_are_taken_rolls_everything_back(
    ctx, make_member, make_reward, monkeypatch
) -> None:
    ada = make_member(points=500)
    bag = make_reward(300, stock=2)
    before = _snapshot()

    def printer_of_codes_on_fire(*args, **kwargs):
        raise RuntimeError("power cut between the ledger entry and the voucher")

    monkeypatch.setattr(rewards_module, "_create_voucher", printer_of_codes_on_fire)
    with pytest.raises(RuntimeError, match="power cut"):
        services.redeem_reward(ctx, ada.member_id, bag.id, "k")
    assert _snapshot() == before
    monkeypatch.undo()
    issued = services.redeem_reward(ctx, ada.member_id, bag.id, "k")
    assert issued.balance == 200 and not issued.repeated


def test_stock_is_taken_and_out_of_stock_is_refused(ctx, make_member, make_reward) -> None:
    ada = make_member(points=1_000)
    bag = make_reward(100, stock=2)
    services.redeem_reward(ctx, ada.member_id, bag.id, "k1")
    assert Reward.get_by_id(bag.id).stock == 1
    services.redeem_reward(ctx, ada.member_id, bag.id, "k2")
    assert Reward.get_by_id(bag.id).stock == 0
    before = _snapshot()
    with pytest.raises(Refused, match="out of stock"):
        services.redeem_reward(ctx, ada.member_id, bag.id, "k3")
    assert _snapshot() == before and balance(ada.member_id) == 800
    unlimited = make_reward(100, stock=None)
    services.redeem_reward(ctx, ada.member_id, unlimited.id, "k4")
    assert Reward.get_by_id(unlimited.id).stock is None


def test_a_repeated_key_returns_the_same_voucher(ctx, make_member, make_reward) -> None:
    ada = make_member(points=500)
    coffee = make_reward(100, stock=10)
    first = services.redeem_reward(ctx, ada.member_id, coffee.id, "tap-1")
    again = services.redeem_reward(ctx, ada.member_id, coffee.id, " tap-1 ")
    assert again.repeated and not first.repeated
    assert (again.voucher_id, again.voucher_code) == (first.voucher_id, first.voucher_code)
    assert again.balance == 400 == balance(ada.member_id)
    assert Voucher.select().count() == 1 and Reward.get_by_id(coffee.id).stock == 9
    with pytest.raises(Refused, match="already used for another voucher"):
        services.redeem_reward(ctx, ada.member_id, make_reward(50).id, "tap-1")
    bo = make_member("Bo", points=500)
    with pytest.raises(Refused, match="already used for another voucher"):
        services.redeem_reward(ctx, bo.member_id, coffee.id, "tap-1")
    assert balance(bo.member_id) == 500


@pytest.mark.parametrize("key", ["", "   ", "k" * 101])
def test_an_idempotency_key_is_required(ctx, make_member, make_reward, key) -> None:
    ada = make_member(points=500)
    with pytest.raises(InvalidInput, match="idempotency key"):
        services.redeem_reward(ctx, ada.member_id, make_reward().id, key)


def test_rewards_that_cannot_be_had(ctx, clock, make_member, make_reward) -> None:
    ada = make_member(points=1_000)
    before = _snapshot()
    with pytest.raises(Refused, match="for Gold members"):
        services.redeem_reward(ctx, ada.member_id, make_reward(50, min_tier="Gold").id, "a")
    with pytest.raises(NotFound, match="not available"):
        services.redeem_reward(ctx, ada.member_id, make_reward(50, active=False).id, "b")
    with pytest.raises(NotFound):
        services.redeem_reward(ctx, ada.member_id, 9_999, "c")
    later = make_reward(50, active_from=ctx.now() + timedelta(days=1))
    with pytest.raises(Refused, match="not available at the moment"):
        services.redeem_reward(ctx, ada.member_id, later.id, "d")
    ended = make_reward(50, active_until=ctx.now())
    with pytest.raises(Refused, match="not available at the moment"):
        services.redeem_reward(ctx, ada.member_id, ended.id, "e")
    assert _snapshot()[:5] == before[:5]
    clock.advance(days=1)
    assert services.redeem_reward(ctx, ada.member_id, later.id, "d").balance == 950


def test_a_gold_member_gets_the_gold_reward(ctx, make_member, make_reward) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 80_000, "R-1")
    lounge = make_reward(50, min_tier="gold")  # tier names match whatever the case
    assert services.redeem_reward(ctx, ada.member_id, lounge.id, "k").balance == 750


def test_a_blocked_member_cannot_redeem(ctx, make_member, make_reward) -> None:
    ada = make_member(points=500)
    Member.update(status="blocked").where(Member.id == ada.member_id).execute()
    with pytest.raises(Refused, match="cannot redeem"):
        services.redeem_reward(ctx, ada.member_id, make_reward().id, "k")
    with pytest.raises(NotFound):
        services.redeem_reward(ctx, 9_999, make_reward().id, "k")
    assert balance(ada.member_id) == 500


def test_list_rewards(ctx, make_reward) -> None:
    make_reward(300, "Bag")
    make_reward(100, "Coffee", validity_days=7)
    make_reward(50, "Old", active=False)
    assert [r.name for r in services.list_rewards(ctx)] == ["Coffee", "Bag"]
    every = services.list_rewards(ctx, include_inactive=True)
    assert [r.name for r in every] == ["Old", "Coffee", "Bag"]
    assert every[1].validity_days == 7 and not every[0].active


# --- donations ----------------------------------------------------------------------------------


def test_donate_takes_points_once_per_key(ctx, make_member, make_cause) -> None:
    ada = make_member("Ada Lovelace", points=200)
    cause = make_cause("Food bank")
    gift = services.donate(ctx, ada.member_id, cause.id, 50, "d1")
    assert (gift.cause, gift.points, gift.balance, gift.first_name) == ("Food bank", 50, 150, "Ada")
    assert gift.at == ctx.now()
    again = services.donate(ctx, ada.member_id, cause.id, 50, "d1")
    assert again.entry_id == gift.entry_id and again.balance == 150
    entry = LedgerEntry.get_by_id(gift.entry_id)
    assert (entry.kind, entry.points, entry.cause_id) == ("donate", -50, cause.id)
    assert services.donate(ctx, ada.member_id, cause.id, 50, "d2").balance == 100
    assert [c.name for c in services.list_causes(ctx)] == ["Food bank"]
    assert_ledger_whole()


def test_donations_that_are_refused(ctx, make_member, make_cause) -> None:
    ada = make_member(points=100)
    cause = make_cause()
    closed = make_cause("Closed", active=False)
    before = _snapshot()
    with pytest.raises(InsufficientPoints):
        services.donate(ctx, ada.member_id, cause.id, 101, "a")
    with pytest.raises(InvalidInput):
        services.donate(ctx, ada.member_id, cause.id, 0, "b")
    with pytest.raises(NotFound, match="not accepting"):
        services.donate(ctx, ada.member_id, closed.id, 10, "c")
    with pytest.raises(InvalidInput, match="idempotency key"):
        services.donate(ctx, ada.member_id, cause.id, 10, " ")
    assert _snapshot() == before
    assert [c.name for c in services.list_causes(ctx)] == ["Food bank"]

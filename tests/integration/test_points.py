"""Point housekeeping on a real database: adjustments, balance transfers and expiry runs."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from db.models import LedgerEntry, Lot, LotUse, Member, Voucher
from kiosk import services
from kiosk.errors import InsufficientPoints, InvalidInput, NotFound, Refused
from tests.integration.ledger_checks import assert_ledger_whole, balance, lot_remaining

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]


# --- adjust -------------------------------------------------------------------------------------


def test_adjust_up_and_down_with_a_reason(ctx, make_member) -> None:
    ada = make_member()
    up = services.adjust(ctx.as_staff("manager", "manager"), ada.member_id, 120, "  goodwill  ")
    assert (up.points, up.balance) == (120, 120)
    entry = LedgerEntry.get_by_id(up.entry_id)
    assert (entry.kind, entry.points, entry.reason, entry.staff) == (
        "adjust",
        120,
        "goodwill",
        "manager",
    )
    assert Lot.get(Lot.entry == up.entry_id).expires_at == ctx.now() + timedelta(days=365)
    down = services.adjust(ctx, ada.member_id, -20, "correction")
    assert down.balance == 100 and LedgerEntry.get_by_id(down.entry_id).points == -20
    assert_ledger_whole()


@pytest.mark.parametrize("reason", ["", "   ", "\n"])
def test_adjust_needs_a_reason(ctx, make_member, reason) -> None:
    ada = make_member()
    with pytest.raises(InvalidInput, match="reason"):
        services.adjust(ctx, ada.member_id, 10, reason)
    assert LedgerEntry.select().count() == 0 and balance(ada.member_id) == 0


def test_adjust_refusals_write_nothing(ctx, make_member) -> None:
    ada = make_member(points=50)
    with pytest.raises(InvalidInput, match="must change"):
        services.adjust(ctx, ada.member_id, 0, "nothing")
    with pytest.raises(InsufficientPoints):
        services.adjust(ctx, ada.member_id, -51, "too much")
    with pytest.raises(NotFound):
        services.adjust(ctx, 9_999, 10, "nobody")
    assert LedgerEntry.select().count() == 1 and balance(ada.member_id) == 50
    assert_ledger_whole()


def test_adjust_with_a_repeated_key_changes_the_balance_once(ctx, make_member) -> None:
    ada = make_member()
    first = services.adjust(ctx, ada.member_id, 40, "compensation", idempotency_key="ticket-7")
    again = services.adjust(ctx, ada.member_id, 40, "compensation", idempotency_key="ticket-7")
    assert again.entry_id == first.entry_id and again.balance == 40 == balance(ada.member_id)
    with pytest.raises(Refused):
        services.adjust(ctx, ada.member_id, 45, "compensation", idempotency_key="ticket-7")
    assert balance(ada.member_id) == 40
    assert_ledger_whole()


# --- transfer -----------------------------------------------------------------------------------


def test_transfer_moves_every_point_and_keeps_each_expiry(ctx, clock, make_member) -> None:
    old, new = make_member("Old Account"), make_member("New Account", points=5)
    services.record_purchase(ctx, old.card, 10_000, "R-1")
    clock.advance(days=40)
    services.record_purchase(ctx, old.card, 7_000, "R-2")
    source_expiries = sorted(
        (lot.expires_at, lot.remaining) for lot in Lot.select().where(Lot.member == old.member_id)
    )
    clock.advance(days=1)
    moved = services.transfer_balance(ctx, old.member_id, new.member_id, "merged accounts")
    assert (moved.from_member, moved.to_member, moved.points) == (old.member_id, new.member_id, 170)
    assert balance(old.member_id) == 0 and balance(new.member_id) == 175
    arrived = sorted(
        (lot.expires_at, lot.remaining)
        for lot in Lot.select().where(
            (Lot.member == new.member_id) & (Lot.earned_at == clock.now())
        )
    )
    assert arrived == source_expiries
    kinds = sorted(
        (e.member_id, e.points) for e in LedgerEntry.select().where(LedgerEntry.kind == "transfer")
    )
    assert kinds == sorted([(old.member_id, -170), (new.member_id, 170)])
    assert "merged accounts" in LedgerEntry.get(LedgerEntry.points == 170).reason
    assert_ledger_whole()


def test_transferred_points_still_expire_on_their_old_date(ctx, clock, make_member) -> None:
    old, new = make_member("Old"), make_member("New")
    services.record_purchase(ctx, old.card, 10_000, "R-1")
    clock.advance(days=300)
    services.transfer_balance(ctx, old.member_id, new.member_id, "merge")
    clock.advance(days=65)
    run = services.expire_points(ctx)
    assert run.points == 100 and balance(new.member_id) == 0
    assert_ledger_whole()


def test_transfer_refusals(ctx, make_member) -> None:
    ada, bo = make_member("Ada", points=100), make_member("Bo")
    with pytest.raises(InvalidInput, match="two different"):
        services.transfer_balance(ctx, ada.member_id, ada.member_id, "x")
    with pytest.raises(NotFound):
        services.transfer_balance(ctx, ada.member_id, 9_999, "x")
    Member.update(status="blocked").where(Member.id == bo.member_id).execute()
    with pytest.raises(Refused, match="active member"):
        services.transfer_balance(ctx, ada.member_id, bo.member_id, "x")
    assert balance(ada.member_id) == 100 and balance(bo.member_id) == 0
    empty = make_member("Empty")
    assert services.transfer_balance(ctx, empty.member_id, ada.member_id, "x").points == 0
    assert LedgerEntry.select().where(LedgerEntry.kind == "transfer").count() == 0


def test_a_blocked_members_points_can_be_moved_out(ctx, make_member) -> None:
    ada, bo = make_member("Ada", points=100), make_member("Bo")
    Member.update(status="blocked").where(Member.id == ada.member_id).execute()
    assert services.transfer_balance(ctx, ada.member_id, bo.member_id, "x").points == 100
    assert balance(bo.member_id) == 100


# --- expiry -------------------------------------------------------------------------------------


def test_expiry_writes_entries_zeroes_lots_and_expires_vouchers(
    ctx, clock, make_member, make_reward
) -> None:
    ada, bo = make_member("Ada"), make_member("Bo")
    services.record_purchase(ctx, ada.card, 20_000, "R-1")  # 200, expires first
    services.record_purchase(ctx, bo.card, 3_000, "R-2")  # 30
    clock.advance(days=100)
    services.record_purchase(ctx, ada.card, 5_000, "R-3")  # 50, expires 100 days later
    services.redeem_reward(ctx, ada.member_id, make_reward(120).id, "k")  # takes from the first
    clock.advance(days=300)  # 35 days after the first purchases' lots expired
    before = {lot.id: lot.remaining for lot in Lot.select()}
    run = services.expire_points(ctx)
    assert (run.members, run.lots, run.points, run.vouchers_expired) == (2, 2, 80 + 30, 1)
    assert run.at == clock.now()
    assert balance(ada.member_id) == 50 and balance(bo.member_id) == 0
    after = {lot.id: lot.remaining for lot in Lot.select()}
    for lot in Lot.select():
        if lot.expires_at <= clock.now():
            assert after[lot.id] == 0
        else:
            assert after[lot.id] == before[lot.id] == 50
    entries = {
        e.member_id: e.points for e in LedgerEntry.select().where(LedgerEntry.kind == "expire")
    }
    assert entries == {ada.member_id: -80, bo.member_id: -30}
    assert Voucher.get().status == "expired"
    assert_ledger_whole()


def test_a_second_run_does_nothing(ctx, clock, make_member) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 10_000, "R-1")
    clock.advance(days=365)
    assert services.expire_points(ctx).points == 100
    again = services.expire_points(ctx)
    assert (again.members, again.lots, again.points, again.vouchers_expired) == (0, 0, 0, 0)
    clock.advance(days=1)
    assert services.expire_points(ctx).points == 0
    assert LedgerEntry.select().where(LedgerEntry.kind == "expire").count() == 1


def test_nothing_expires_a_moment_early(ctx, clock, make_member) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 10_000, "R-1")
    clock.advance(days=365, seconds=-1)
    assert services.expire_points(ctx).points == 0 and balance(ada.member_id) == 100


def test_points_never_expire_when_the_programme_says_so(ctx, clock, make_member) -> None:
    forever = replace(
        ctx,
        config=replace(ctx.config, programme=replace(ctx.config.programme, points_expire_days=0)),
    )
    ada = make_member()
    services.record_purchase(forever, ada.card, 10_000, "R-1")
    assert Lot.get().expires_at is None
    clock.advance(days=5_000)
    assert services.expire_points(forever).points == 0 and balance(ada.member_id) == 100


def test_void_after_expiry_then_expire_again_at_the_same_moment(
    ctx, clock, make_member, make_reward
) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 10_000, "R-1")  # 100 points, expire in 365 days
    clock.advance(days=350)
    issued = services.redeem_reward(ctx, ada.member_id, make_reward(60).id, "k")
    clock.advance(days=16)  # the lot has expired, the voucher (30 days) has not
    assert services.expire_points(ctx).points == 40
    voided = services.void_voucher(ctx, issued.voucher_code, "changed mind")
    assert voided.ok and voided.points_returned == 60
    lot_id = Lot.select(Lot.id).scalar()
    assert lot_remaining(lot_id) == 60  # back into its own, already expired, lot
    assert services.expire_points(ctx).points == 60  # and gone again at the next run
    assert balance(ada.member_id) == 0
    assert_ledger_whole()


def test_expiry_does_not_touch_what_was_spent(ctx, clock, make_member, make_reward) -> None:
    ada = make_member()
    services.record_purchase(ctx, ada.card, 10_000, "R-1")
    services.redeem_reward(ctx, ada.member_id, make_reward(100).id, "k")
    clock.advance(days=400)
    run = services.expire_points(ctx)
    assert run.points == 0 and run.lots == 0 and run.vouchers_expired == 1
    assert LotUse.select().count() == 1

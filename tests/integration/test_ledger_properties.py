"""Random sequences of earn, redeem, refund, void, transfer and expiry keep the ledger whole.

A Hypothesis state machine drives the real services against the real database (SQLite and
PostgreSQL) and checks after every step that the cached balance, the ledger and the lots agree,
that what each service reports matches what it wrote, and that refused actions change nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from peewee import fn

from db.database import is_postgres
from db.models import (
    Card,
    Cause,
    LedgerEntry,
    Lot,
    LotUse,
    Member,
    Purchase,
    Reward,
    Voucher,
)
from kiosk import services
from kiosk.clock import FixedClock
from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.ledger import spendable_balance
from kiosk.lots import FAR_FUTURE
from tests.integration.ledger_checks import assert_ledger_whole, balance

pytestmark = pytest.mark.integration

START = datetime(2026, 1, 1, 9)
MEMBERS = 3
REWARD_COSTS = (50, 120, 400)
STOCK = 3  # the dearest reward has a limited stock
WIPE_ORDER = [Voucher, LotUse, Lot, LedgerEntry, Purchase, Card, Reward, Cause, Member]

members = st.integers(0, MEMBERS - 1)
picks = st.integers(0, 1_000)
amounts = st.one_of(st.sampled_from([4_999, 12_000, 30_000]), st.integers(1, 60_000))
waits = st.one_of(st.sampled_from([29, 31, 180, 366]), st.integers(1, 400))


def _snapshot() -> tuple:
    """Everything a refused action must leave as it was."""
    return (
        tuple(Member.select(Member.id, Member.balance).order_by(Member.id).tuples()),
        tuple(Lot.select(Lot.id, Lot.remaining).order_by(Lot.id).tuples()),
        LedgerEntry.select().count(),
        LotUse.select().count(),
        tuple(Voucher.select(Voucher.id, Voucher.status).order_by(Voucher.id).tuples()),
        tuple(Reward.select(Reward.id, Reward.stock).order_by(Reward.id).tuples()),
        tuple(Purchase.select(Purchase.id, Purchase.refunded_minor).order_by(Purchase.id).tuples()),
    )


def _spending_key(lot: Lot) -> tuple:
    return (lot.expires_at or FAR_FUTURE, lot.earned_at, lot.id)


class LedgerMachine(RuleBasedStateMachine):
    """Three members, three rewards and a cause on a wiped database; the clock starts over."""

    def __init__(self, ctx: Context, clock: FixedClock) -> None:
        super().__init__()
        for model in WIPE_ORDER:
            model.delete().execute()
        self.ctx, self.clock = ctx, clock
        self.members = [services.enrol(ctx, f"Member {i}", f"07700 90{i:04d}") for i in range(3)]
        self.rewards = [
            Reward.create(name=f"R{cost}", cost=cost, stock=STOCK if cost == 400 else None).id
            for cost in REWARD_COSTS
        ]
        self.cause = Cause.create(name="Food bank").id
        self.receipts: list[str] = []
        self.vouchers: list[str] = []
        self.steps = 0
        # something to spend from the start, in two lots that expire 100 days apart
        clock.current = START - timedelta(days=100)
        for index, enrolled in enumerate(self.members):
            services.record_purchase(ctx, enrolled.card, 10_000 * (index + 1), f"OLD-{index}")
            self.receipts.append(f"OLD-{index}")
        clock.current = START
        for index, enrolled in enumerate(self.members):
            services.record_purchase(ctx, enrolled.card, 15_000 * (index + 1), f"NEW-{index}")
            self.receipts.append(f"NEW-{index}")

    def _member_id(self, index: int) -> int:
        return self.members[index].member_id

    def _spendable(self, member_id: int) -> int:
        return spendable_balance(member_id, self.clock.now())

    def _refused_changes_nothing(self, action, *args) -> object | None:
        before = _snapshot()
        try:
            return action(self.ctx, *args)
        except KioskError:
            assert _snapshot() == before, f"a refused {action.__name__} changed the database"
            return None

    # --- the actions ----------------------------------------------------------------------------

    @rule(member=members, amount=amounts)
    def earn(self, member: int, amount: int) -> None:
        self.steps += 1
        receipt = f"R{self.steps}"
        before = self._spendable(self._member_id(member))
        result = services.record_purchase(self.ctx, self.members[member].card, amount, receipt)
        assert not result.duplicate and result.points_earned >= amount // 100
        assert result.balance == self._spendable(self._member_id(member))
        assert result.balance == before + result.points_earned
        self.receipts.append(receipt)

    @rule(pick=picks)
    def earn_again(self, pick: int) -> None:
        if not self.receipts:
            return
        purchase = Purchase.get(Purchase.receipt == self.receipts[pick % len(self.receipts)])
        before = _snapshot()
        again = services.record_purchase(
            self.ctx, None, purchase.amount_minor, purchase.receipt, member_id=purchase.member_id
        )
        assert again.duplicate and again.purchase_id == purchase.id
        assert _snapshot() == before

    @rule(member=members, reward=st.integers(0, len(REWARD_COSTS) - 1), repeat=st.booleans())
    def redeem(self, member: int, reward: int, repeat: bool) -> None:
        self.steps += 1
        member_id = self._member_id(member)
        key = f"k{self.steps}"
        before, spendable = balance(member_id), self._spendable(member_id)
        issued = self._refused_changes_nothing(
            services.redeem_reward, member_id, self.rewards[reward], key
        )
        if issued is None:
            assert spendable < REWARD_COSTS[reward] or reward == 2
            return
        assert self._spendable(member_id) == spendable - REWARD_COSTS[reward]
        assert balance(member_id) == before - REWARD_COSTS[reward]
        assert issued.balance == spendable - REWARD_COSTS[reward]  # what the customer can spend
        self.vouchers.append(issued.voucher_code)
        self._check_oldest_expiring_first(member_id, Voucher.get_by_id(issued.voucher_id).entry_id)
        if repeat:
            after = _snapshot()
            again = services.redeem_reward(self.ctx, member_id, self.rewards[reward], key)
            assert again.repeated and again.voucher_id == issued.voucher_id
            assert _snapshot() == after

    @rule(pick=picks, share=st.integers(1, 100), whole=st.booleans())
    def refund(self, pick: int, share: int, whole: bool) -> None:
        if not self.receipts:
            return
        receipt = self.receipts[pick % len(self.receipts)]
        purchase = Purchase.get(Purchase.receipt == receipt)
        left = purchase.amount_minor - purchase.refunded_minor
        amount = None if whole else max(left * share // 100, 1)
        before = self._spendable(purchase.member_id)
        result = self._refused_changes_nothing(services.refund, receipt, amount)
        if result is None:
            assert left == 0
            return
        assert result.balance == self._spendable(purchase.member_id)
        assert result.balance == before - result.points_clawed
        fresh = Purchase.get_by_id(purchase.id)
        assert fresh.refunded_minor <= fresh.amount_minor
        assert fresh.points_clawed == fresh.points_earned * fresh.refunded_minor // (
            fresh.amount_minor
        )

    @rule(pick=picks)
    def void(self, pick: int) -> None:
        if not self.vouchers:
            return
        code = self.vouchers[pick % len(self.vouchers)]
        voucher = Voucher.get(Voucher.code == code)
        before = balance(voucher.member_id)
        state = services.void_voucher(self.ctx, code)
        assert state.ok == (voucher.status in ("issued", "printed"))
        assert balance(voucher.member_id) == before + state.points_returned
        assert state.points_returned == (voucher.points if state.ok else 0)

    @rule(pick=picks)
    def use(self, pick: int) -> None:
        if not self.vouchers:
            return
        code = self.vouchers[pick % len(self.vouchers)]
        voucher = Voucher.get(Voucher.code == code)
        before = _snapshot()
        state = services.redeem_voucher(self.ctx, code)
        usable = voucher.status in ("issued", "printed") and voucher.expires_at > self.clock.now()
        assert state.ok == usable
        if not usable:
            assert _snapshot() == before

    @rule(giver=members, receiver=members)
    def transfer(self, giver: int, receiver: int) -> None:
        if giver == receiver:
            return
        source_id, target_id = self._member_id(giver), self._member_id(receiver)
        given, had = self._spendable(source_id), self._spendable(target_id)
        moved = services.transfer_balance(self.ctx, source_id, target_id, "merge")
        assert moved.points == given
        assert self._spendable(source_id) == 0 and self._spendable(target_id) == had + given

    @rule(member=members, points=st.integers(-300, 300).filter(bool))
    def adjust(self, member: int, points: int) -> None:
        member_id = self._member_id(member)
        before = self._spendable(member_id)
        done = self._refused_changes_nothing(services.adjust, member_id, points, "test")
        if done is None:
            assert before + points < 0
            return
        assert done.balance == self._spendable(member_id) == before + points

    @rule(member=members, points=st.integers(1, 300))
    def donate(self, member: int, points: int) -> None:
        self.steps += 1
        member_id = self._member_id(member)
        before, spendable = balance(member_id), self._spendable(member_id)
        done = self._refused_changes_nothing(
            services.donate, member_id, self.cause, points, f"d{self.steps}"
        )
        if done is None:
            assert spendable < points
            return
        assert self._spendable(member_id) == spendable - points
        assert done.balance == balance(member_id) == before - points

    @rule(days=waits)
    def wait(self, days: int) -> None:
        self.clock.advance(days=days)

    @rule(seconds=st.sampled_from([-86_400, -1, 0, 86_400]))
    def jump_to_next_expiry(self, seconds: int) -> None:
        """Move the clock to just around the moment the next lot or voucher expires."""
        now = self.clock.now()
        lot = Lot.select(fn.MIN(Lot.expires_at)).where((Lot.remaining > 0) & (Lot.expires_at > now))
        voucher = Voucher.select(fn.MIN(Voucher.expires_at)).where(
            Voucher.status.in_(("issued", "printed")) & (Voucher.expires_at > now)
        )
        moments = [m for m in (lot.scalar(), voucher.scalar()) if m is not None]
        if moments:
            self.clock.current = max(min(moments) + timedelta(seconds=seconds), now)

    @rule(days=st.sampled_from([0, 0, 30, 366]))
    def expire(self, days: int) -> None:
        self.clock.advance(days=days)
        before = sum(balance(m.member_id) for m in self.members)
        spendable = [self._spendable(m.member_id) for m in self.members]
        run = services.expire_points(self.ctx)
        assert sum(balance(m.member_id) for m in self.members) == before - run.points
        # expired points were never spendable: writing them off changes nothing one can spend
        assert [self._spendable(m.member_id) for m in self.members] == spendable
        assert [balance(m.member_id) for m in self.members] == spendable
        again = services.expire_points(self.ctx)
        assert (again.points, again.lots) == (0, 0)
        now = self.clock.now()
        assert not Lot.select().where((Lot.remaining > 0) & (Lot.expires_at <= now)).exists()
        assert (
            not Voucher.select()
            .where(Voucher.status.in_(("issued", "printed")) & (Voucher.expires_at <= now))
            .exists()
        )

    # --- what must hold after every step ------------------------------------------------------

    def _check_oldest_expiring_first(self, member_id: int, entry_id: int) -> None:
        used = {
            lot_id: points
            for lot_id, points in LotUse.select(LotUse.lot, LotUse.points)
            .where(LotUse.entry == entry_id)
            .tuples()
        }
        assert used and all(points > 0 for points in used.values())
        lots = {lot.id: lot for lot in Lot.select().where(Lot.member == member_id)}
        last = max((lots[lot_id] for lot_id in used), key=_spending_key)
        for lot in lots.values():
            if lot.id in used and lot.id != last.id:
                assert lot.remaining == 0, "a lot was left half spent before a later one"
            if lot.id not in used and lot.remaining > 0 and not self._expired(lot):
                assert _spending_key(lot) > _spending_key(last), "a later lot was spent first"

    def _expired(self, lot: Lot) -> bool:
        return lot.expires_at is not None and lot.expires_at <= self.clock.now()

    @invariant()
    def ledger_is_whole(self) -> None:
        assert_ledger_whole()

    @invariant()
    def nothing_spends_an_expired_lot(self) -> None:
        spent = (
            LotUse.select(LotUse.id)
            .join(LedgerEntry, on=LotUse.entry == LedgerEntry.id)
            .switch(LotUse)
            .join(Lot, on=LotUse.lot == Lot.id)
            .where(
                (LotUse.points > 0)
                & (LedgerEntry.kind != "expire")
                & Lot.expires_at.is_null(False)
                & (Lot.expires_at <= LedgerEntry.created_at)
            )
        )
        assert not spent.exists(), "points were spent from a lot past its expiry"

    @invariant()
    def vouchers_match_their_entries(self) -> None:
        voided_back = dict(
            LedgerEntry.select(LedgerEntry.idempotency_key, LedgerEntry.points)
            .where(LedgerEntry.idempotency_key.startswith("void:"))
            .tuples()
        )
        for voucher in Voucher.select():
            assert LedgerEntry.get_by_id(voucher.entry_id).points == -voucher.points
            taken = (
                LotUse.select(fn.SUM(LotUse.points))
                .where(LotUse.entry == voucher.entry_id)
                .scalar()
            )
            assert taken == voucher.points
            returned = voided_back.get(f"void:{voucher.id}")
            assert returned == (voucher.points if voucher.status == "void" else None)

    @invariant()
    def stock_is_accounted_for(self) -> None:
        limited = self.rewards[2]
        out = Voucher.select().where((Voucher.reward == limited) & (Voucher.status != "void"))
        assert Reward.get_by_id(limited).stock + out.count() == STOCK


def test_random_sequences_keep_the_ledger_whole(database, ctx, clock) -> None:
    examples = 12 if is_postgres() else 40
    run_state_machine_as_test(
        lambda: LedgerMachine(ctx, clock),
        settings=settings(
            max_examples=examples,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )

"""Random sequences of earn, redeem, refund, void, transfer and expiry keep the ledger whole."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from peewee import fn

from db.check import run_checks
from db.database import close_database, open_database
from db.migrations import migrate
from db.models import LedgerEntry, Lot, LotUse, Member, Reward, Voucher
from kiosk import services
from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.context import Context
from kiosk.errors import KioskError
from tests.core_fixtures import create_pg_database, drop_pg_database

pytestmark = pytest.mark.integration

STEP = st.one_of(
    st.tuples(st.just("earn"), st.integers(0, 2), st.integers(5_000, 60_000)),
    st.tuples(st.just("redeem"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("refund"), st.integers(0, 30), st.integers(1, 100)),
    st.tuples(st.just("void"), st.integers(0, 30), st.just(0)),
    st.tuples(st.just("use"), st.integers(0, 30), st.just(0)),
    st.tuples(st.just("transfer"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("wait"), st.integers(1, 200), st.just(0)),
    st.tuples(st.just("expire"), st.just(0), st.just(0)),
)


def _check_invariants() -> None:
    for member in Member.select():
        ledger = (
            LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.points), 0))
            .where(LedgerEntry.member == member.id)
            .scalar()
        )
        lots = (
            Lot.select(fn.COALESCE(fn.SUM(Lot.remaining), 0))
            .where(Lot.member == member.id)
            .scalar()
        )
        assert member.balance == ledger == lots
        assert member.balance >= 0
    for lot in Lot.select():
        used = (
            LotUse.select(fn.COALESCE(fn.SUM(LotUse.points), 0))
            .where(LotUse.lot == lot.id)
            .scalar()
        )
        assert 0 <= lot.remaining == lot.points - used
    assert run_checks().ok


def _check_oldest_first(entry_id: int, member_id: int) -> None:
    """No lot that expires earlier than one the entry took from is left with points."""
    taken = [lot for (lot,) in LotUse.select(LotUse.lot).where(LotUse.entry == entry_id).tuples()]
    if not taken:
        return
    latest = Lot.select(fn.MAX(Lot.expires_at)).where(Lot.id.in_(taken)).scalar()
    earlier_left = (
        Lot.select()
        .where(
            (Lot.member == member_id)
            & (Lot.remaining > 0)
            & (Lot.expires_at < latest)
            & Lot.id.not_in(taken)
        )
        .count()
    )
    assert earlier_left == 0


def _run(ctx: Context, clock: FixedClock, steps: list[tuple[str, int, int]]) -> None:
    members = [services.enrol(ctx, f"Member {i}", f"07700 90{i:04d}") for i in range(3)]
    rewards = [Reward.create(name=f"R{cost}", cost=cost).id for cost in (50, 120, 400)]
    receipts: list[str] = []
    vouchers: list[str] = []
    for index, (action, a, b) in enumerate(steps):
        try:
            if action == "earn":
                receipt = f"R{index}"
                services.record_purchase(ctx, members[a].card, b, receipt)
                receipts.append(receipt)
            elif action == "redeem":
                issued = services.redeem_reward(ctx, members[a].member_id, rewards[b], f"k{index}")
                vouchers.append(issued.voucher_code)
                _check_oldest_first(
                    Voucher.get(Voucher.code == issued.voucher_code).entry_id, members[a].member_id
                )
            elif action == "refund" and receipts:
                services.refund(ctx, receipts[a % len(receipts)], b)
            elif action == "void" and vouchers:
                services.void_voucher(ctx, vouchers[a % len(vouchers)])
            elif action == "use" and vouchers:
                services.redeem_voucher(ctx, vouchers[a % len(vouchers)])
            elif action == "transfer" and a != b:
                services.transfer_balance(ctx, members[a].member_id, members[b].member_id, "t")
            elif action == "wait":
                clock.advance(days=a)
            elif action == "expire":
                services.expire_points(ctx)
        except KioskError:
            pass  # refused actions must leave everything as it was
        _check_invariants()


def _property(url_factory, tmp_path: Path) -> None:
    counter = {"n": 0}

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(st.lists(STEP, min_size=1, max_size=25))
    @example(
        [
            ("earn", 0, 30_000),
            ("redeem", 0, 1),
            ("void", 0, 0),
            ("redeem", 0, 0),
            ("refund", 0, 100),
            ("wait", 200, 0),
            ("earn", 1, 9_000),
            ("transfer", 0, 1),
            ("wait", 200, 0),
            ("expire", 0, 0),
            ("use", 0, 0),
        ]
    )
    def check(steps: list[tuple[str, int, int]]) -> None:
        counter["n"] += 1
        url, cleanup = url_factory(counter["n"])
        clock = FixedClock(datetime(2026, 1, 1, 9))
        open_database(url)
        try:
            migrate(clock.now())
            _run(Context(Config(), b"p" * 32, clock), clock, steps)
        finally:
            close_database()
            cleanup()

    check()


def test_random_sequences_keep_invariants_on_sqlite(tmp_path: Path) -> None:
    def factory(n: int):
        return f"sqlite:///{tmp_path / f'p{n}.db'}", lambda: None

    _property(factory, tmp_path)


@pytest.mark.postgres
def test_random_sequences_keep_invariants_on_postgres(pg_server: str, tmp_path: Path) -> None:
    def factory(n: int):
        name, url = create_pg_database(pg_server)
        return url, lambda: drop_pg_database(pg_server, name)

    _property(factory, tmp_path)

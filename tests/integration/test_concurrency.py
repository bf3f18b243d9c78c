"""Several processes at the same instant: one redemption per voucher, never an overdraft."""

from __future__ import annotations

import multiprocessing
from datetime import datetime

import pytest
from peewee import fn

from db.check import run_checks
from db.database import close_database, open_database
from db.migrations import migrate
from db.models import LedgerEntry, Member, Reward, Voucher
from kiosk import services
from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.context import Context
from kiosk.errors import InsufficientPoints
from tests.core_fixtures import create_pg_database, drop_pg_database

pytestmark = pytest.mark.integration

SECRET = b"c" * 32
WORKERS = 6


def _context(url: str) -> Context:
    open_database(url)
    return Context(Config(), SECRET, FixedClock(datetime(2026, 5, 1, 10)))


def _redeem_voucher(url: str, code: str, barrier, results) -> None:
    ctx = _context(url)
    barrier.wait()
    state = services.redeem_voucher(ctx, code)
    results.put((state.ok, state.status))
    close_database()


def _spend(url: str, member_id: int, reward_id: int, worker: int, barrier, results) -> None:
    ctx = _context(url)
    barrier.wait()
    outcome = []
    for attempt in range(3):
        try:
            services.redeem_reward(ctx, member_id, reward_id, f"w{worker}-{attempt}")
            outcome.append("ok")
        except InsufficientPoints:
            outcome.append("refused")
    results.put(outcome)
    close_database()


def _prepare(url: str) -> tuple[int, int, str]:
    ctx = _context(url)
    migrate(ctx.now())
    member = services.enrol(ctx, "Race Condition", "07700 900999")
    services.record_purchase(ctx, member.card, 100_000, "BIG")  # 1000 points
    reward = Reward.create(name="Thing", cost=150)
    voucher = services.redeem_reward(ctx, member.member_id, reward.id, "first")
    close_database()
    return member.member_id, reward.id, voucher.voucher_code


def _race(url: str) -> None:
    member_id, reward_id, code = _prepare(url)
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(WORKERS)
    results = spawn.Queue()
    procs = [
        spawn.Process(target=_redeem_voucher, args=(url, code, barrier, results))
        for _ in range(WORKERS)
    ]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=60) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
        assert proc.exitcode == 0
    assert sum(ok for ok, _ in outcomes) == 1
    assert {status for _, status in outcomes} == {"redeemed"}

    barrier = spawn.Barrier(WORKERS)
    procs = [
        spawn.Process(target=_spend, args=(url, member_id, reward_id, w, barrier, results))
        for w in range(WORKERS)
    ]
    for proc in procs:
        proc.start()
    spent = [results.get(timeout=60) for _ in procs]
    for proc in procs:
        proc.join(timeout=30)
        assert proc.exitcode == 0
    successes = sum(o.count("ok") for o in spent)
    open_database(url)
    try:
        member = Member.get_by_id(member_id)
        vouchers = Voucher.select().where(Voucher.member == member_id).count()
        assert successes == 850 // 150  # 850 points left after the first voucher: 5 fit
        assert vouchers == successes + 1
        assert member.balance == 1000 - 150 * vouchers >= 0
        ledger = (
            LedgerEntry.select(fn.SUM(LedgerEntry.points))
            .where(LedgerEntry.member == member_id)
            .scalar()
        )
        assert ledger == member.balance
        assert run_checks().ok
    finally:
        close_database()


@pytest.mark.postgres
def test_simultaneous_redemptions_on_postgres(pg_server: str) -> None:
    name, url = create_pg_database(pg_server)
    try:
        _race(url)
    finally:
        drop_pg_database(pg_server, name)


def test_simultaneous_redemptions_on_sqlite(tmp_path) -> None:
    _race(f"sqlite:///{tmp_path / 'race.db'}")

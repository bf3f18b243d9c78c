"""Several processes at the same instant: one redemption per voucher, never an overdraft.

Each worker is a separate process (multiprocessing, spawn) with its own connection to the same
database; a barrier releases them together. Runs on PostgreSQL and on SQLite (WAL, BEGIN
IMMEDIATE).
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from peewee import fn

from db.database import close_database, open_database
from db.models import LedgerEntry, LotUse, Member, Reward, Voucher
from kiosk import services
from kiosk.clock import FixedClock
from kiosk.config import Config, SecurityConfig
from kiosk.context import Context
from kiosk.errors import InsufficientPoints, Refused
from tests.conftest import SECRET, START
from tests.integration.ledger_checks import assert_ledger_whole, balance

pytestmark = pytest.mark.integration

WORKERS = 6
TIMEOUT = 90


# --- what each worker process does (module level, so that spawn can import it) ----------------


def _worker(job: str, url: str, args: tuple, barrier: Any, results: Any) -> None:
    try:
        open_database(url)
        ctx = Context(Config(), SECRET, FixedClock(START)).as_staff(f"worker-{args[-1]}", "owner")
        barrier.wait(timeout=TIMEOUT)
        results.put(("done", JOBS[job](ctx, *args)))
    except BaseException:  # report everything: a worker that dies silently proves nothing
        results.put(("error", traceback.format_exc()))
    finally:
        close_database()


def _redeem_voucher(ctx: Context, code: str, worker: int) -> tuple[bool, str]:
    state = services.redeem_voucher(ctx, code)
    return state.ok, state.status


def _void_or_redeem(ctx: Context, code: str, worker: int) -> tuple[str, bool, int]:
    if worker % 2:
        state = services.void_voucher(ctx, code, "race")
        return "void", state.ok, state.points_returned
    state = services.redeem_voucher(ctx, code)
    return "redeem", state.ok, 0


def _spend(ctx: Context, member_id: int, reward_id: int, worker: int) -> list[str]:
    outcome = []
    for attempt in range(3):
        try:
            issued = services.redeem_reward(ctx, member_id, reward_id, f"w{worker}-{attempt}")
            outcome.append(issued.voucher_code)
        except InsufficientPoints:
            outcome.append("refused")
    return outcome


def _same_key(ctx: Context, member_id: int, reward_id: int, worker: int) -> tuple[str, bool]:
    issued = services.redeem_reward(ctx, member_id, reward_id, "one-tap")
    return issued.voucher_code, issued.repeated


def _guess_pin(ctx: Context, phone: str, worker: int) -> tuple[str, int | None]:
    security = SecurityConfig(phone_lookup_pin=True, max_pin_attempts=PIN_ATTEMPTS)
    ctx = replace(ctx, config=replace(Config(), security=security))
    try:
        services.identify_by_phone(ctx, phone, f"{worker:04d}")
    except Refused as refused:
        return refused.reason, getattr(refused, "attempts_left", None)
    return "found", None


JOBS: dict[str, Callable[..., Any]] = {
    "redeem_voucher": _redeem_voucher,
    "void_or_redeem": _void_or_redeem,
    "spend": _spend,
    "same_key": _same_key,
    "guess_pin": _guess_pin,
}
PIN_ATTEMPTS = 3


def _race(url: str, job: str, *args: Any) -> list[Any]:
    """Run the job in WORKERS processes released together; return their results."""
    close_database()  # the test's own connection must not hold anything open meanwhile
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(WORKERS)
    results = spawn.Queue()
    processes = [
        spawn.Process(target=_worker, args=(job, url, (*args, worker), barrier, results))
        for worker in range(WORKERS)
    ]
    for process in processes:
        process.start()
    try:
        outcomes = [results.get(timeout=TIMEOUT) for _ in processes]
    finally:
        for process in processes:
            process.join(timeout=TIMEOUT)
            if process.is_alive():
                process.kill()
                process.join()
    results.close()
    results.join_thread()
    errors = [detail for kind, detail in outcomes if kind == "error"]
    assert not errors, "a worker failed:\n" + "\n".join(errors)
    assert all(process.exitcode == 0 for process in processes)
    return [detail for _, detail in outcomes]


def _points_taken_by_vouchers(member_id: int) -> int:
    return -int(
        LedgerEntry.select(fn.COALESCE(fn.SUM(LedgerEntry.points), 0))
        .where((LedgerEntry.member == member_id) & (LedgerEntry.kind == "redeem"))
        .scalar()
    )


# --- the races ----------------------------------------------------------------------------------


def test_the_same_voucher_is_redeemed_exactly_once(database_url, ctx, make_member, make_reward):
    ada = make_member(points=500)
    issued = services.redeem_reward(ctx, ada.member_id, make_reward(100).id, "k")
    outcomes = _race(database_url, "redeem_voucher", issued.voucher_code)
    assert sum(ok for ok, _ in outcomes) == 1
    assert {status for _, status in outcomes} == {"redeemed"}
    voucher = Voucher.get_by_id(issued.voucher_id)
    assert voucher.status == "redeemed" and voucher.redeemed_staff.startswith("worker-")
    assert balance(ada.member_id) == 400


def test_void_and_redeem_at_once_only_one_wins(database_url, ctx, make_member, make_reward):
    ada = make_member(points=500)
    issued = services.redeem_reward(ctx, ada.member_id, make_reward(100).id, "k")
    outcomes = _race(database_url, "void_or_redeem", issued.voucher_code)
    winners = [(kind, returned) for kind, ok, returned in outcomes if ok]
    assert len(winners) == 1
    kind, returned = winners[0]
    voucher = Voucher.get_by_id(issued.voucher_id)
    if kind == "void":
        assert voucher.status == "void" and returned == 100 and balance(ada.member_id) == 500
    else:
        assert voucher.status == "redeemed" and balance(ada.member_id) == 400
    assert sum(returned for _, _, returned in outcomes) == (100 if kind == "void" else 0)
    assert_ledger_whole()


def test_spending_the_same_points_at_once_never_overdraws(
    database_url, ctx, make_member, make_reward
) -> None:
    ada = make_member(points=1_000)
    cost = 150
    reward = make_reward(cost)
    outcomes = _race(database_url, "spend", ada.member_id, reward.id)
    codes = [code for outcome in outcomes for code in outcome if code != "refused"]
    assert len(codes) == len(set(codes)) == 1_000 // cost  # 6 of the 18 attempts fit
    vouchers = Voucher.select().where(Voucher.member == ada.member_id).count()
    assert vouchers == len(codes)
    assert vouchers * cost == _points_taken_by_vouchers(ada.member_id)
    assert int(LotUse.select(fn.SUM(LotUse.points)).scalar()) == vouchers * cost
    assert balance(ada.member_id) == 1_000 - vouchers * cost >= 0
    assert_ledger_whole()


def test_the_same_request_from_many_kiosks_makes_one_voucher(
    database_url, ctx, make_member, make_reward
) -> None:
    ada = make_member(points=1_000)
    reward = make_reward(100, stock=10)
    outcomes = _race(database_url, "same_key", ada.member_id, reward.id)
    assert len({code for code, _ in outcomes}) == 1
    assert sum(not repeated for _, repeated in outcomes) <= 1  # at most one saw it as new
    assert Voucher.select().count() == 1
    assert balance(ada.member_id) == 900 and Reward.get_by_id(reward.id).stock == 9
    assert_ledger_whole()


def test_wrong_pins_at_once_never_count_past_the_limit(database_url, ctx, make_member) -> None:
    ada = make_member(phone="07700 900100", pin="9999")
    outcomes = _race(database_url, "guess_pin", "07700 900100")
    wrong = sorted(left for reason, left in outcomes if reason == "pin_wrong")
    assert {reason for reason, _ in outcomes} <= {"pin_wrong", "pin_locked"}
    assert wrong == list(range(1, PIN_ATTEMPTS))  # each counted try saw its own count
    assert Member.get_by_id(ada.member_id).pin_failures == PIN_ATTEMPTS

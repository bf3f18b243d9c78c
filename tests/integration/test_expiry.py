"""Expiry that holds by construction: expired lots are neither shown nor spent before the job ran,
and the kiosk runs the job itself (once per chain on PostgreSQL), on start and at a shop time."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import psycopg2
import pytest

from db.database import database_proxy, is_postgres
from db.models import LedgerEntry, Lot
from kiosk import scheduler, services
from kiosk.errors import InsufficientPoints
from kiosk.ledger import spendable_balance
from kiosk.schedule import EXPIRY_LOCK, next_run, run_expiry, start_expiry_schedule
from tests.integration.ledger_checks import assert_ledger_whole, balance

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("database")]

ISTANBUL = ZoneInfo("Europe/Istanbul")


@pytest.fixture
def ada_with_an_expired_lot(ctx, clock, make_member):
    """100 points earned 400 days ago (expired), 50 earned today."""
    now = clock.now()
    clock.current = now - timedelta(days=400)
    ada = make_member(points=100)
    clock.current = now
    services.adjust(ctx, ada.member_id, 50, "fresh points")
    return ada


def test_expired_points_are_not_shown_before_the_job_ran(ctx, ada_with_an_expired_lot) -> None:
    member_id = ada_with_an_expired_lot.member_id
    assert balance(member_id) == 150  # the cache still holds them until the job writes them off
    assert spendable_balance(member_id, ctx.now()) == 50


def test_expired_points_cannot_be_spent(ctx, ada_with_an_expired_lot, make_reward) -> None:
    member_id = ada_with_an_expired_lot.member_id
    reward = make_reward(cost=100)
    with pytest.raises(InsufficientPoints, match="100 needed, 50 available"):
        services.redeem_reward(ctx, member_id, reward.id, "k1")
    with pytest.raises(InsufficientPoints):
        services.adjust(ctx, member_id, -60, "too much")
    done = services.adjust(ctx, member_id, -50, "all that is left")
    assert done.balance == 0
    expired_lot = Lot.select().where(Lot.member == member_id).order_by(Lot.id).first()
    assert expired_lot.remaining == 100  # untouched: left for the expiry job
    assert services.expire_points(ctx).points == 100
    assert balance(member_id) == 0
    assert_ledger_whole()


def test_a_transfer_moves_only_what_has_not_expired(ctx, ada_with_an_expired_lot,
                                                    make_member) -> None:
    bob = make_member("Bob")
    moved = services.transfer_balance(ctx, ada_with_an_expired_lot.member_id, bob.member_id, "x")
    assert moved.points == 50
    assert spendable_balance(bob.member_id, ctx.now()) == 50


def test_expiry_twice_and_side_by_side_writes_once(ctx, ada_with_an_expired_lot,
                                                   make_member, clock) -> None:
    others = [make_member(f"M{i}") for i in range(4)]
    for other in others:
        clock.current -= timedelta(days=400)
        services.adjust(ctx, other.member_id, 10, "old points")
        clock.current += timedelta(days=400)
    runs = []
    start = threading.Barrier(3)

    def run() -> None:
        start.wait()
        try:
            runs.append(services.expire_points(ctx))
        finally:
            database_proxy.close()

    threads = [threading.Thread(target=run) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sum(run.points for run in runs) == 140
    assert LedgerEntry.select().where(LedgerEntry.kind == "expire").count() == 5
    assert services.expire_points(ctx).points == 0
    assert_ledger_whole()


def test_points_back_in_an_expired_lot_expire_again(ctx, clock, make_member,
                                                    make_reward) -> None:
    ada = make_member(points=100)
    reward = make_reward(cost=60, validity_days=30)
    clock.advance(days=350)
    issued = services.redeem_reward(ctx, ada.member_id, reward.id, "k1")
    clock.advance(days=16)  # the lot has expired, the voucher has not
    assert services.expire_points(ctx).points == 40
    assert services.void_voucher(ctx, issued.voucher_code).points_returned == 60
    assert spendable_balance(ada.member_id, ctx.now()) == 0
    assert services.expire_points(ctx).points == 60
    assert balance(ada.member_id) == 0
    assert_ledger_whole()


def test_next_run_is_at_the_shop_time() -> None:
    at = time(3, 30)
    # 00:10 UTC is 03:10 in Istanbul: the run is 20 minutes later, at 00:30 UTC
    assert next_run(datetime(2026, 3, 1, 0, 10), at, ISTANBUL) == datetime(2026, 3, 1, 0, 30)
    assert next_run(datetime(2026, 3, 1, 0, 30), at, ISTANBUL) == datetime(2026, 3, 2, 0, 30)
    london = ZoneInfo("Europe/London")  # summer time starts on 29 March 2026
    assert next_run(datetime(2026, 3, 28, 4, 0), at, london) == datetime(2026, 3, 29, 2, 30)


def test_the_kiosk_expires_on_start_and_at_the_shop_time(ctx, clock, make_member,
                                                         monkeypatch) -> None:
    monkeypatch.setattr(scheduler, "CHECK_EVERY_S", 0.02)
    shop = replace(ctx, config=replace(ctx.config, store=replace(ctx.config.store,
                                                                 time_zone="Europe/Istanbul")))
    clock.current = datetime(2025, 3, 1, 0, 20)  # 03:20 in Istanbul, a year earlier
    ada = make_member(points=100)  # expires at 00:20 UTC, 03:20 in Istanbul, on 1 March 2026
    clock.current = datetime(2026, 3, 1, 0, 19)
    runs: list[datetime] = []
    ran = threading.Semaphore(0)

    def job(job_ctx):
        try:
            result = run_expiry(job_ctx)
            runs.append(job_ctx.now())
            return result
        finally:
            ran.release()

    stop = threading.Event()
    thread = start_expiry_schedule(shop, stop, at=time(3, 30), job=job)
    try:
        assert ran.acquire(timeout=30)  # on start: nothing has expired yet
        assert balance(ada.member_id) == 100
        clock.current = datetime(2026, 3, 1, 0, 30)  # 03:30 in Istanbul
        assert ran.acquire(timeout=30)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert runs == [datetime(2026, 3, 1, 0, 19), datetime(2026, 3, 1, 0, 30)]
    assert balance(ada.member_id) == 0


def test_only_one_kiosk_of_a_chain_runs_expiry(ctx, ada_with_an_expired_lot,
                                              database_url) -> None:
    if not is_postgres():
        assert run_expiry(ctx).points == 100  # one shop: the kiosk simply runs it
        return
    other_kiosk = psycopg2.connect(database_url)
    try:
        with other_kiosk.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", (EXPIRY_LOCK,))
        assert run_expiry(ctx) is None
        assert balance(ada_with_an_expired_lot.member_id) == 150
        with other_kiosk.cursor() as cursor:  # the other kiosk finished (closing frees it later)
            cursor.execute("SELECT pg_advisory_unlock(%s)", (EXPIRY_LOCK,))
    finally:
        other_kiosk.close()
    assert run_expiry(ctx).points == 100


def test_staff_see_the_balance_the_member_may_spend(ctx, ada_with_an_expired_lot) -> None:
    from kiosk.services import counter, member_admin

    manager = ctx.as_staff("maria", "manager")
    member_id = ada_with_an_expired_lot.member_id
    assert counter.find_member(manager, ada_with_an_expired_lot.card).balance == 50
    assert member_admin.member_detail(manager, member_id).balance == 50
    rows = member_admin.search_members(manager, ada_with_an_expired_lot.card)
    assert [row.balance for row in rows] == [50]

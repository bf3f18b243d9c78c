"""Work the kiosk does on its own: points expiry on start and daily at a fixed local time."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta, tzinfo

from db.database import database_proxy, is_postgres
from kiosk.context import Context
from kiosk.errors import ConfigError
from kiosk.formatting import local_time, shop_zone
from kiosk.roles import SYSTEM
from kiosk.views import ExpiryRun

log = logging.getLogger("kiosk.schedule")

EXPIRY_AT = time(3, 30)  # shop time; KIOSK_EXPIRY_AT=HH:MM moves it
EXPIRY_LOCK = 0x6B696F736B02  # PostgreSQL advisory lock: one kiosk of the chain runs expiry
CHECK_EVERY_S = 60.0  # re-read the wall clock at least this often (clock changes, suspend)


SCHEDULE = "schedule"  # the name the audit log gives the kiosk's own jobs


def system_context(ctx: Context) -> Context:
    """The context of work the kiosk does on its own: the system role, audited as schedule."""
    return ctx.as_staff(SCHEDULE, SYSTEM)


def expiry_time() -> time:
    """The shop-time of the daily expiry run: KIOSK_EXPIRY_AT (HH:MM), else 03:30."""
    text = os.environ.get("KIOSK_EXPIRY_AT", "").strip()
    if not text:
        return EXPIRY_AT
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"KIOSK_EXPIRY_AT = {text!r} is not a time of day (HH:MM).") from None


def next_run(after: datetime, at: time, zone: tzinfo) -> datetime:
    """The first instant (naive UTC) after `after` at which the shop's clock shows `at`."""
    local = local_time(after, zone)
    day = local.date()
    while True:
        candidate = datetime.combine(day, at, zone).astimezone(UTC).replace(tzinfo=None)
        if candidate > after:
            return candidate
        day += timedelta(days=1)


def run_expiry(ctx: Context) -> ExpiryRun | None:
    """Expire points once; on PostgreSQL only while holding the chain's advisory lock, so a
    chain's kiosks never run it side by side (None: another kiosk is running it)."""
    from kiosk.services.points import expire_points

    if not is_postgres():
        return expire_points(ctx)
    database = database_proxy.obj
    locked = database.execute_sql("SELECT pg_try_advisory_lock(%s)", (EXPIRY_LOCK,)).fetchone()
    if not locked or not locked[0]:
        log.info("Points expiry is running on another kiosk of the chain")
        return None
    try:
        return expire_points(ctx)
    finally:
        database.execute_sql("SELECT pg_advisory_unlock(%s)", (EXPIRY_LOCK,))


def _run_logged(ctx: Context, job: Callable[[Context], ExpiryRun | None]) -> None:
    try:
        run = job(ctx)
        if run is not None:
            log.info(
                "Points expiry: %d points in %d lots of %d members, %d vouchers expired",
                run.points, run.lots, run.members, run.vouchers_expired,
            )
    except Exception:  # the kiosk keeps serving; the next run catches up
        log.exception("Points expiry failed")
    finally:
        database_proxy.close()


def start_expiry_schedule(
    ctx: Context,
    stop: threading.Event,
    at: time | None = None,
    job: Callable[[Context], ExpiryRun | None] = run_expiry,
) -> threading.Thread:
    """A background thread (its own database connection) that expires points now and then
    every day at `at` on the shop's clock (store.time_zone), until `stop` is set."""
    ctx = system_context(ctx)
    zone = shop_zone(ctx.config.store.time_zone)
    when = at or expiry_time()

    def loop() -> None:
        due = next_run(ctx.now(), when, zone)
        _run_logged(ctx, job)
        while not stop.is_set():
            left = (due - ctx.now()).total_seconds()
            if left > 0:
                stop.wait(min(left, CHECK_EVERY_S))
                continue
            _run_logged(ctx, job)
            due = next_run(max(ctx.now(), due), when, zone)

    thread = threading.Thread(target=loop, name="points-expiry", daemon=True)
    thread.start()
    return thread

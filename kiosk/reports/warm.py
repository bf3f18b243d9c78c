"""Counts and keeps the reports' totals ahead of time, so the owner's dashboard opens at once."""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from db.database import database_proxy
from kiosk.context import Context
from kiosk.reports.base import shop_today, zone_of
from kiosk.reports.days import day_totals, first_day
from kiosk.reports.retention import retention_report
from kiosk.reports.tiers import tiers_report

log = logging.getLogger("kiosk.reports")
EVERY_S = 3600


def warm_once(ctx: Context) -> None:
    """Keep every finished day's totals, each finished month's cohorts and today's tiers."""
    zone = zone_of(ctx)
    today = shop_today(ctx)
    start = first_day(zone)
    if start is not None and start < today:
        day_totals(start, today - timedelta(days=1), today, zone)
    tiers_report(ctx)
    retention_report(ctx)


def start_warming(ctx: Context, stop: threading.Event) -> threading.Thread:
    """A background thread (its own database connection) that warms now and then every hour,
    in the context of the kiosk's own jobs (the system role)."""
    from kiosk.schedule import system_context

    ctx = system_context(ctx)

    def loop() -> None:
        while not stop.is_set():
            try:
                warm_once(ctx)
            except Exception:  # the reports still work without it, only slower
                log.exception("Counting the report totals ahead of time failed")
            finally:
                database_proxy.close()
            stop.wait(EVERY_S)

    thread = threading.Thread(target=loop, name="report-warmer", daemon=True)
    thread.start()
    return thread

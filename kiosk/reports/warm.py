"""Counts and keeps the reports' totals ahead of time, so the owner's dashboard opens at once."""

from __future__ import annotations

import logging
from datetime import timedelta

from kiosk.context import Context
from kiosk.reports.base import shop_today, zone_of
from kiosk.reports.days import day_totals, first_day
from kiosk.reports.retention import retention_report
from kiosk.reports.scope import known_shops
from kiosk.reports.tiers import tiers_report

log = logging.getLogger("kiosk.reports")


def warm_once(ctx: Context) -> None:
    """Keep every finished day's totals, each finished month's cohorts and today's tiers; in a
    chain, every shop's finished days too (counted together for all shops)."""
    zone = zone_of(ctx)
    today = shop_today(ctx)
    start = first_day(zone)
    if start is not None and start < today:
        day_totals(start, today - timedelta(days=1), today, zone)
        shops = known_shops(ctx)
        if len(shops) > 1:
            day_totals(start, today - timedelta(days=1), today, zone, shops[0].code)
    tiers_report(ctx)
    retention_report(ctx)

"""The members report: how many, how many active, how many new, how many come back."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from peewee import Case, fn

from db.models import Member
from kiosk.context import Context
from kiosk.reports.base import (
    Report,
    counted_members,
    month_first_day,
    months_back,
    of_shop,
    period_for,
    ratio,
    shop_today,
)
from kiosk.reports.days import day_totals

MONTHS = 12


def members_report(
    ctx: Context, start: date | None = None, end: date | None = None, store: str | None = None
) -> Report:
    """Totals now, new members in the period (default: the last 90 days), and who comes back.

    Active: a purchase in the 30 or 90 days up to the period's end. The repeat-purchase rate is
    the share of members who ever bought that bought more than once. Rows: new members per
    month over the twelve months up to the period's end. For one shop: the members it
    enrolled (wherever they buy).
    """
    period = period_for(ctx, start, end)
    active_30 = period.until - timedelta(days=30)
    active_90 = period.until - timedelta(days=90)

    def count(condition: Any) -> int:
        if store is not None:
            condition = condition & of_shop(Member.id, store)
        return int(Member.select(fn.COUNT(Member.id)).where(condition).scalar() or 0)

    conditions = (counted_members(), Member.last_purchase_at >= active_30,
                  Member.last_purchase_at >= active_90, Member.purchase_count >= 1,
                  Member.purchase_count >= 2)
    if store is None:
        # each count but the first reads one index; merged and erased members have no activity
        total, recent, active, buyers, repeat = (count(condition) for condition in conditions)
    else:  # the shop's members, read once
        sums = [fn.SUM(Case(None, [(condition, 1)], 0)) for condition in conditions]
        found = Member.select(*sums).where(of_shop(Member.id, store)).tuples().first()
        total, recent, active, buyers, repeat = (int(value or 0) for value in found or (0,) * 5)
    keys = months_back(period.end, MONTHS)
    today = shop_today(ctx)
    days = day_totals(month_first_day(keys[0]), period.end, today, period.zone, store)
    per_month: dict[str, int] = defaultdict(int)
    new = 0
    for day, metrics in days.items():
        per_month[day.isoformat()[:7]] += metrics.get("new_members", 0)
        if period.start <= day <= period.end:
            new += metrics.get("new_members", 0)
    if period.start < month_first_day(keys[0]):  # a period longer than the chart's year
        new = count((Member.created_at >= period.since) & (Member.created_at < period.until))
    buyers, repeat = int(buyers or 0), int(repeat or 0)
    summary = {
        "total": int(total or 0),
        "active_30d": int(recent or 0),
        "active_90d": int(active or 0),
        "new_members": new,
        "buyers": buyers,
        "repeat_buyers": repeat,
        "repeat_rate": ratio(repeat, buyers),
    }
    rows = tuple((key, per_month.get(key, 0)) for key in keys)
    return Report("members", "Members", period, summary, ("month", "new_members"), rows,
                  store=store)

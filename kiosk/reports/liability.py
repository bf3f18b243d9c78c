"""The liability report: points owed to members, their money value, and what will expire."""

from __future__ import annotations

from datetime import date, timedelta

from peewee import fn

from db.models import LedgerEntry, Lot, Member
from kiosk.context import Context
from kiosk.reports.activity import period_totals, point_figures
from kiosk.reports.base import Report, period_for, shop_today
from kiosk.reports.days import day_totals, first_day, summed


def _expiring_within(now: object, days: int, store: str | None) -> int:
    until = now + timedelta(days=days)  # type: ignore[operator]
    query = Lot.select(fn.SUM(Lot.remaining)).where(
        (Lot.expires_at > now) & (Lot.expires_at <= until) & (Lot.remaining > 0)
    )
    if store is not None:  # the lots the shop's terminals gave
        query = query.join(LedgerEntry).where(LedgerEntry.store == store)
    return int(query.scalar() or 0)


def liability_report(
    ctx: Context, start: date | None = None, end: date | None = None, store: str | None = None
) -> Report:
    """Points outstanding now and their value; points moved all-time and in the period.

    Rows: each kind of points movement, all-time and in the period (default: the last 90 days).
    A shop's outstanding points are the net of every points movement its terminals recorded
    (given minus taken), so the shops' figures add up to the members' balances.
    """
    period = period_for(ctx, start, end)
    today = shop_today(ctx)
    since = first_day(period.zone) or today
    all_time = summed(day_totals(since, today, today, period.zone, store))
    ever = point_figures(all_time)
    recent = point_figures(summed(period_totals(ctx, period, store)))
    if store is None:
        outstanding = int(Member.select(fn.SUM(Member.balance)).scalar() or 0)
    else:
        outstanding = sum(v if k.endswith("+") else -v for k, v in all_time.items()
                          if k.endswith(("+", "-")))
    value = outstanding * ctx.config.programme.point_value_minor
    rows = tuple((key.removeprefix("points_"), ever[key], recent[key]) for key in ever)
    now = ctx.now()
    summary = {
        "outstanding_points": outstanding,
        "outstanding_value_minor": value,
        "issued_all_time": ever["points_issued"],
        "redeemed_all_time": ever["points_redeemed"],
        "expired_all_time": ever["points_expired"],
        "expiring_30d": _expiring_within(now, 30, store),
        "expiring_90d": _expiring_within(now, 90, store),
    }
    columns = ("points", "all_time", "in_period")
    return Report("liability", "Points liability", period, summary, columns, rows, store=store)

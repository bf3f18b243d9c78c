"""The liability report: points owed to members, their money value, and what will expire."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from peewee import Case, fn

from db.models import LedgerEntry, Lot, Member
from kiosk.context import Context
from kiosk.reports.activity import period_totals, point_figures
from kiosk.reports.base import Report, period_for, shop_today
from kiosk.reports.days import day_totals, first_day, summed


def _expiring_within(now: object, days: int) -> int:
    until = now + timedelta(days=days)  # type: ignore[operator]
    return int(
        Lot.select(fn.SUM(Lot.remaining))
        .where((Lot.expires_at > now) & (Lot.expires_at <= until) & (Lot.remaining > 0))
        .scalar()
        or 0
    )


def _shop_expiring(now: datetime, store: str) -> tuple[int, int]:
    """Points of the lots the shop's terminals gave that expire within 30 and 90 days (one
    pass over the 90 days' lots)."""
    soon = now + timedelta(days=30)
    within_30 = fn.SUM(Case(None, [(Lot.expires_at <= soon, Lot.remaining)], 0))
    found = (
        Lot.select(within_30, fn.SUM(Lot.remaining))
        .join(LedgerEntry)
        .where((Lot.expires_at > now) & (Lot.expires_at <= now + timedelta(days=90))
               & (Lot.remaining > 0) & (LedgerEntry.store == store))
        .tuples()
        .first()
    ) or (0, 0)
    return int(found[0] or 0), int(found[1] or 0)


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
    if store is None:
        expiring = (_expiring_within(now, 30), _expiring_within(now, 90))
    else:  # the lots the shop's terminals gave
        expiring = _shop_expiring(now, store)
    summary = {
        "outstanding_points": outstanding,
        "outstanding_value_minor": value,
        "issued_all_time": ever["points_issued"],
        "redeemed_all_time": ever["points_redeemed"],
        "expired_all_time": ever["points_expired"],
        "expiring_30d": expiring[0],
        "expiring_90d": expiring[1],
    }
    columns = ("points", "all_time", "in_period")
    return Report("liability", "Points liability", period, summary, columns, rows, store=store)

"""The members report: how many, how many active, how many new, how many come back."""

from __future__ import annotations

from datetime import date, timedelta

from peewee import Case, fn

from db.models import Member, Purchase
from kiosk.context import Context
from kiosk.reports.base import (
    Report,
    counted_members,
    month_of,
    month_start,
    months_back,
    period_for,
    ratio,
)

MONTHS = 12


def _active_since(days: int, until: object) -> int:
    since = until - timedelta(days=days)  # type: ignore[operator]
    return (
        Purchase.select(fn.COUNT(Purchase.member.distinct()))
        .join(Member)
        .where((Purchase.created_at >= since) & (Purchase.created_at < until) & counted_members())
        .scalar()
        or 0
    )


def members_report(ctx: Context, start: date | None = None, end: date | None = None) -> Report:
    """Totals now; new members and repeat buyers in the period (default: the last 90 days).

    Rows: new members per month over the twelve months up to the period's end.
    """
    period = period_for(ctx, start, end)
    total = Member.select(fn.COUNT(Member.id)).where(counted_members()).scalar() or 0
    new = (
        Member.select(fn.COUNT(Member.id))
        .where(
            (Member.created_at >= period.since)
            & (Member.created_at < period.until)
            & counted_members()
        )
        .scalar()
        or 0
    )
    in_period = (Purchase.created_at >= period.since) & (Purchase.created_at < period.until)
    per_buyer = (
        Purchase.select(Purchase.member, fn.COUNT(Purchase.id).alias("visits"))
        .join(Member)
        .where(in_period & counted_members())
        .group_by(Purchase.member)
    )
    buyers_query = per_buyer.alias("per_buyer")
    buyers, repeat = (
        Purchase.select(
            fn.COUNT(buyers_query.c.member_id),
            fn.SUM(Case(None, [(buyers_query.c.visits >= 2, 1)], 0)),
        )
        .from_(buyers_query)
        .tuples()
        .get()
    )
    buyers, repeat = int(buyers or 0), int(repeat or 0)
    keys = months_back(period.end, MONTHS)
    first = month_start(keys[0])
    month = month_of(Member.created_at)
    counts = dict(
        Member.select(month, fn.COUNT(Member.id))
        .where(
            (Member.created_at >= first) & (Member.created_at < period.until) & counted_members()
        )
        .group_by(month)
        .tuples()
    )
    rows = tuple((key, int(counts.get(key, 0))) for key in keys)
    summary = {
        "total": total,
        "active_30d": _active_since(30, period.until),
        "active_90d": _active_since(90, period.until),
        "new_members": new,
        "buyers": buyers,
        "repeat_buyers": repeat,
        "repeat_rate": ratio(repeat, buyers),
    }
    return Report("members", "Members", period, summary, ("month", "new_members"), rows)

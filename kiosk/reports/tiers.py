"""The tiers report: how many members are in each tier now, counted in one aggregate query."""

from __future__ import annotations

from datetime import date, timedelta

from peewee import Case, fn

from db.models import Member, Purchase
from kiosk.context import Context
from kiosk.reports.base import Report, counted_members, period_for, ratio


def tiers_report(ctx: Context, start: date | None = None, end: date | None = None) -> Report:
    """Members per tier from qualifying purchases in the rolling window before now.

    Matches kiosk.tiers: purchases after (now - window) count, spend or credits after refunds;
    members without any count in the first tier. The period only labels the report.
    """
    period = period_for(ctx, start, end)
    rules = ctx.config.programme
    since = ctx.now() - timedelta(days=rules.tier_window_days)
    if rules.tier_basis == "spend":
        value = Purchase.amount_minor - Purchase.refunded_minor
    else:
        value = Purchase.points_earned - Purchase.points_clawed
    per_member = (
        Purchase.select(Purchase.member, fn.SUM(value).alias("qualifying"))
        .join(Member)
        .where((Purchase.created_at > since) & counted_members())
        .group_by(Purchase.member)
        .alias("per_member")
    )
    tiers = rules.tiers
    cases = [
        (per_member.c.qualifying >= tier.threshold, index)
        for index, tier in reversed(list(enumerate(tiers)))
        if index > 0
    ]
    bucket = Case(None, cases, 0) if cases else fn.COALESCE(None, 0)
    counts = {index: 0 for index in range(len(tiers))}
    for index, members in (
        Purchase.select(bucket.alias("tier"), fn.COUNT(per_member.c.member_id))
        .from_(per_member)
        .group_by(bucket)
        .tuples()
    ):
        counts[int(index)] = int(members)
    total = Member.select(fn.COUNT(Member.id)).where(counted_members()).scalar() or 0
    counts[0] += total - sum(counts.values())  # members with no qualifying purchase
    rows = tuple(
        (tier.name, counts[index], ratio(counts[index], total), tier.threshold)
        for index, tier in enumerate(tiers)
    )
    summary = {"members": total, **{f"tier_{tier.name}": counts[i] for i, tier in enumerate(tiers)}}
    columns = ("tier", "members", "share", "threshold")
    return Report("tiers", "Tier distribution", period, summary, columns, rows)

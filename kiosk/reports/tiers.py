"""The tiers report: how many members are in each tier now, counted in one aggregate query."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from peewee import Case, fn

from db.models import Member, Purchase, ReportDay
from kiosk.context import Context
from kiosk.reports.base import Report, counted_members, of_shop, period_for, ratio, shop_today
from kiosk.reports.scope import metric_prefix
from kiosk.services.lookup import qualifying_value


def tiers_report(
    ctx: Context, start: date | None = None, end: date | None = None, store: str | None = None
) -> Report:
    """Members per tier from qualifying purchases in the rolling window before now.

    Matches kiosk.tiers: purchases after (now - window) count, spend or credits after refunds;
    members without any count in the first tier. Counted once a day (and again when the tier
    rules change), as tiers move slowly; the period only labels the report. For one shop: the
    members it enrolled.
    """
    period = period_for(ctx, start, end)
    rules = ctx.config.programme
    since = ctx.now() - timedelta(days=rules.tier_window_days)
    value = qualifying_value(rules.tier_basis)
    whose = counted_members()
    if store is not None:
        whose &= of_shop(Member.id, store)
    per_member = (
        Purchase.select(Purchase.member, fn.SUM(value).alias("qualifying"))
        .join(Member)
        .where((Purchase.created_at > since) & whose)
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
    today = shop_today(ctx)
    prefix = metric_prefix(store) + "tiers:" + hashlib.sha1(
        repr((rules.tier_basis, rules.tier_window_days, [t.threshold for t in tiers])).encode()
    ).hexdigest()[:12]
    kept = {
        metric: int(value)
        for metric, value in ReportDay.select(ReportDay.metric, ReportDay.value)
        .where((ReportDay.day == today)
               & (fn.SUBSTR(ReportDay.metric, 1, len(prefix)) == prefix))
        .tuples()
    }
    if len(kept) == len(tiers):  # counted earlier today: standings move slowly
        counts = {index: kept[f"{prefix}:{index}"] for index in range(len(tiers))}
    else:
        counts = {index: 0 for index in range(len(tiers))}
        for index, members in (
            Purchase.select(bucket.alias("tier"), fn.COUNT(per_member.c.member_id))
            .from_(per_member)
            .group_by(bucket)
            .tuples()
        ):
            counts[int(index)] = int(members)
        members_now = Member.select(fn.COUNT(Member.id)).where(whose).scalar() or 0
        counts[0] += members_now - sum(counts.values())  # no qualifying purchase: first tier
        ReportDay.insert_many(
            [{"day": today, "metric": f"{prefix}:{i}", "value": n} for i, n in counts.items()]
        ).on_conflict_ignore().execute()
    total = sum(counts.values())
    rows = tuple(
        (tier.name, counts[index], ratio(counts[index], total), tier.threshold)
        for index, tier in enumerate(tiers)
    )
    summary = {"members": total, **{f"tier_{tier.name}": counts[i] for i, tier in enumerate(tiers)}}
    columns = ("tier", "members", "share", "threshold")
    return Report("tiers", "Tier distribution", period, summary, columns, rows, store=store)

"""The retention report: of the members who joined in a month, how many bought in later months.

Who bought in a finished month never changes, so each finished month's counts per cohort are
kept in report_day (on the month's first day); only the current month is counted live.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, tzinfo

from peewee import fn

from db.models import Member, Purchase, ReportDay
from kiosk.context import Context
from kiosk.reports.base import (
    Report,
    month_first_day,
    month_of,
    month_start,
    months_back,
    of_shop,
    period_for,
    ratio,
    shop_today,
)
from kiosk.reports.days import day_totals
from kiosk.reports.scope import metric_prefix

COHORTS = 12
MARKER = "_cohorts"


def _index(key: str) -> int:
    year, month = (int(part) for part in key.split("-"))
    return year * 12 + month - 1


def _key(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _count_month(since: datetime, until: datetime, zone: tzinfo, joined_since: datetime,
                 store: str | None) -> dict[str, int]:
    """Members of each cohort (the shop's month of joining) who bought between two moments;
    for one shop, of the members it enrolled (bought anywhere in the chain)."""
    joined = month_of(Member.created_at, zone, joined_since, until)
    where = (Purchase.created_at >= since) & (Purchase.created_at < until)
    if store is not None:
        where &= of_shop(Purchase.member, store)
    return {
        str(cohort): int(members)
        for cohort, members in Purchase.select(joined, fn.COUNT(Purchase.member.distinct()))
        .join(Member)
        .where(where)
        .group_by(joined)
        .tuples()
    }


def _bought(month: str, current: str, until: datetime, zone: tzinfo, first: str,
            store: str | None = None) -> dict[str, int]:
    start = month_start(month, zone)
    joined_since = month_start(first, zone)
    if month >= current:
        return _count_month(start, until, zone, joined_since, store)
    day = month_first_day(month)
    prefix = metric_prefix(store)
    marker, cohort = prefix + MARKER, prefix + "cohort:"
    kept = dict(
        ReportDay.select(ReportDay.metric, ReportDay.value)
        .where(
            (ReportDay.day == day)
            & ((fn.SUBSTR(ReportDay.metric, 1, len(cohort)) == cohort)
               | (ReportDay.metric == marker))
        )
        .tuples()
    )
    if marker in kept:
        return {k.removeprefix(cohort): int(v) for k, v in kept.items() if k != marker}
    counted = _count_month(start, month_start(_key(_index(month) + 1), zone), zone, joined_since,
                           store)
    rows = [{"day": day, "metric": marker, "value": 1}]
    rows += [{"day": day, "metric": f"{cohort}{c}", "value": n} for c, n in counted.items()]
    ReportDay.insert_many(rows).on_conflict_ignore().execute()
    return counted


def retention_report(
    ctx: Context, start: date | None = None, end: date | None = None, store: str | None = None
) -> Report:
    """Monthly cohorts of the twelve months up to the period's end (default: today).

    Each row is a cohort: its month, its size, then the share of it that bought in the month of
    joining (m0) and in each month after (m1 … m11), up to the period's end. For one shop: the
    members it enrolled, coming back to any shop of the chain.
    """
    period = period_for(ctx, start, end)
    keys = months_back(period.end, COHORTS)
    today = shop_today(ctx)
    sizes: dict[str, int] = defaultdict(int)
    for day, metrics in day_totals(month_first_day(keys[0]), period.end, today,
                                   period.zone, store).items():
        sizes[day.isoformat()[:7]] += metrics.get("new_members", 0)
    current = today.isoformat()[:7]
    active = {
        month: _bought(month, current, period.until, period.zone, keys[0], store)
        for month in keys
    }
    last = _index(keys[-1])
    rows = []
    for cohort in keys:
        size = sizes.get(cohort, 0)
        shares: list[float | None] = []
        for offset in range(COHORTS):
            month_index = _index(cohort) + offset
            if month_index > last:
                shares.append(None)  # that month has not come yet
                continue
            shares.append(ratio(active[_key(month_index)].get(cohort, 0), size))
        rows.append((cohort, size, *shares))
    one_month = [row[3] for row in rows if row[1] and row[3] is not None]
    summary = {
        "cohorts": len(keys),
        "average_m1": round(sum(one_month) / len(one_month), 4) if one_month else 0.0,
    }
    columns = ("cohort", "size", *(f"m{offset}" for offset in range(COHORTS)))
    return Report("retention", "Retention by monthly cohort", period, summary, columns,
                  tuple(rows), store=store)

"""The retention report: of the members who joined in a month, how many bought in later months."""

from __future__ import annotations

from datetime import date

from peewee import fn

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

COHORTS = 12


def _index(key: str) -> int:
    year, month = (int(part) for part in key.split("-"))
    return year * 12 + month - 1


def retention_report(ctx: Context, start: date | None = None, end: date | None = None) -> Report:
    """Monthly cohorts of the twelve months up to the period's end (default: today).

    Each row is a cohort: its month, its size, then the share of it that bought in the month of
    joining (m0) and in each month after (m1 … m11), up to the period's end.
    """
    period = period_for(ctx, start, end)
    keys = months_back(period.end, COHORTS)
    first = month_start(keys[0])
    joined = month_of(Member.created_at)
    sizes = dict(
        Member.select(joined, fn.COUNT(Member.id))
        .where(
            (Member.created_at >= first) & (Member.created_at < period.until) & counted_members()
        )
        .group_by(joined)
        .tuples()
    )
    bought = month_of(Purchase.created_at)
    active: dict[tuple[str, str], int] = {}
    for cohort, month, members in (
        Purchase.select(joined, bought, fn.COUNT(Purchase.member.distinct()))
        .join(Member)
        .where(
            (Member.created_at >= first)
            & (Member.created_at < period.until)
            & (Purchase.created_at >= first)
            & (Purchase.created_at < period.until)
            & counted_members()
        )
        .group_by(joined, bought)
        .tuples()
    ):
        active[(cohort, month)] = int(members)
    last = _index(keys[-1])
    rows = []
    for cohort in keys:
        size = int(sizes.get(cohort, 0))
        shares: list[float | None] = []
        for offset in range(COHORTS):
            month_index = _index(cohort) + offset
            if month_index > last:
                shares.append(None)  # that month has not come yet
                continue
            key = f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
            shares.append(ratio(active.get((cohort, key), 0), size))
        rows.append((cohort, size, *shares))
    one_month = [row[3] for row in rows if row[1] and row[3] is not None]
    summary = {
        "cohorts": len(keys),
        "average_m1": round(sum(one_month) / len(one_month), 4) if one_month else 0.0,
    }
    columns = ("cohort", "size", *(f"m{offset}" for offset in range(COHORTS)))
    return Report("retention", "Retention by monthly cohort", period, summary, columns, tuple(rows))

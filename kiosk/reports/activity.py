"""The activity report: purchases, sales and points moved in the period, by day or by month."""

from __future__ import annotations

from datetime import date

from peewee import Case, fn

from db.database import is_postgres
from db.models import LedgerEntry, Purchase
from kiosk.context import Context
from kiosk.reports.base import Period, Report, month_of, period_for

DAILY_UP_TO = 62  # longer periods are shown by month
# Each figure: the ledger kinds it adds up and which signs of points it takes ("-", "+", "±").
# A "refund" entry is negative when a purchase refund claws points back, positive when a voided
# voucher gives its points back.
POINT_KINDS = {
    "points_issued": (("earn", "birthday"), "+"),
    "points_redeemed": (("redeem",), "-"),
    "points_donated": (("donate",), "-"),
    "points_expired": (("expire",), "-"),
    "points_clawed_back": (("refund",), "-"),
    "points_returned": (("refund",), "+"),
    "points_adjusted": (("adjust",), "±"),
}


def _day_of(column: object) -> object:
    if is_postgres():
        return fn.to_char(column, "YYYY-MM-DD").coerce(False)
    return fn.strftime("%Y-%m-%d", column).coerce(False)


def points_by_kind(period: Period | None) -> dict[str, int]:
    """The POINT_KINDS figures (all positive but the signed adjustments), in a period or ever."""
    negative = fn.SUM(Case(None, [(LedgerEntry.points < 0, LedgerEntry.points)], 0))
    positive = fn.SUM(Case(None, [(LedgerEntry.points > 0, LedgerEntry.points)], 0))
    query = LedgerEntry.select(LedgerEntry.kind, negative, positive)
    if period is not None:
        query = query.where(
            (LedgerEntry.created_at >= period.since) & (LedgerEntry.created_at < period.until)
        )
    sums = {
        kind: (int(minus or 0), int(plus or 0))
        for kind, minus, plus in query.group_by(LedgerEntry.kind).tuples()
    }
    figures = {}
    for key, (kinds, sign) in POINT_KINDS.items():
        minus = sum(sums.get(kind, (0, 0))[0] for kind in kinds)
        plus = sum(sums.get(kind, (0, 0))[1] for kind in kinds)
        figures[key] = {"-": -minus, "+": plus, "±": plus + minus}[sign]
    return figures


def activity_report(ctx: Context, start: date | None = None, end: date | None = None) -> Report:
    """Purchases, sales (after refunds) and points in the period (default: the last 90 days)."""
    period = period_for(ctx, start, end)
    in_period = (Purchase.created_at >= period.since) & (Purchase.created_at < period.until)
    count, sales, refunded = (
        Purchase.select(
            fn.COUNT(Purchase.id), fn.SUM(Purchase.amount_minor), fn.SUM(Purchase.refunded_minor)
        )
        .where(in_period)
        .tuples()
        .get()
    )
    count, sales, refunded = int(count or 0), int(sales or 0), int(refunded or 0)
    summary: dict[str, int] = {
        "purchases": count,
        "sales_minor": sales - refunded,
        "refunded_minor": refunded,
        "average_basket_minor": (sales - refunded) // count if count else 0,
    }
    summary.update(points_by_kind(period))
    bucket = _day_of(Purchase.created_at) if period.days <= DAILY_UP_TO else month_of(
        Purchase.created_at
    )
    sold = {
        key: (int(n), int(s or 0))
        for key, n, s in Purchase.select(
            bucket, fn.COUNT(Purchase.id), fn.SUM(Purchase.amount_minor - Purchase.refunded_minor)
        )
        .where(in_period)
        .group_by(bucket)
        .tuples()
    }
    entry_bucket = (
        _day_of(LedgerEntry.created_at) if period.days <= DAILY_UP_TO
        else month_of(LedgerEntry.created_at)
    )
    issued: dict[str, int] = {}
    redeemed: dict[str, int] = {}
    for key, kind, total in (
        LedgerEntry.select(entry_bucket, LedgerEntry.kind, fn.SUM(LedgerEntry.points))
        .where(
            (LedgerEntry.created_at >= period.since)
            & (LedgerEntry.created_at < period.until)
            & LedgerEntry.kind.in_(("earn", "birthday", "redeem"))
        )
        .group_by(entry_bucket, LedgerEntry.kind)
        .tuples()
    ):
        target = redeemed if kind == "redeem" else issued
        target[key] = target.get(key, 0) + abs(int(total or 0))
    keys = sorted(set(sold) | set(issued) | set(redeemed))
    rows = tuple(
        (key, *sold.get(key, (0, 0)), issued.get(key, 0), redeemed.get(key, 0)) for key in keys
    )
    columns = ("day" if period.days <= DAILY_UP_TO else "month", "purchases", "sales",
               "points_issued", "points_redeemed")
    return Report("activity", "Activity", period, summary, columns, rows, ("sales",))

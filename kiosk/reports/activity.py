"""The activity report: purchases, sales and points moved in the period, by day or by month."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from kiosk.context import Context
from kiosk.reports.base import Period, Report, period_for, shop_today
from kiosk.reports.days import Totals, day_totals, summed

DAILY_UP_TO = 62  # longer periods are shown by month
# Each figure: the ledger kinds it adds up and which side ("-" taken, "+" given, "±" both).
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


def point_figures(total: dict[str, int]) -> dict[str, int]:
    """The POINT_KINDS figures from summed day totals ("earn+", "redeem-", ...)."""
    figures = {}
    for key, (kinds, side) in POINT_KINDS.items():
        taken = sum(total.get(f"{kind}-", 0) for kind in kinds)
        given = sum(total.get(f"{kind}+", 0) for kind in kinds)
        figures[key] = {"-": taken, "+": given, "±": given - taken}[side]
    return figures


def period_totals(ctx: Context, period: Period, store: str | None = None) -> Totals:
    """The period's day totals (kept for finished days, counted for today), chain or one shop."""
    return day_totals(period.start, period.end, shop_today(ctx), period.zone, store)


def activity_report(
    ctx: Context, start: date | None = None, end: date | None = None, store: str | None = None
) -> Report:
    """Purchases, sales (after refunds) and points in the period (default: the last 90 days).

    For one shop: its purchases and the points its terminals moved.
    """
    period = period_for(ctx, start, end)
    days = period_totals(ctx, period, store)
    total = summed(days)
    count, gross, net = total["purchases"], total["sales_gross"], total["sales_net"]
    summary: dict[str, int] = {
        "purchases": count,
        "sales_minor": net,
        "refunded_minor": gross - net,
        "average_basket_minor": net // count if count else 0,
        **point_figures(total),
    }
    daily = period.days <= DAILY_UP_TO
    buckets: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, metrics in days.items():
        key = day.isoformat() if daily else day.isoformat()[:7]
        for metric, value in metrics.items():
            buckets[key][metric] += value
    rows = tuple(
        (key, m["purchases"], m["sales_net"], m["earn+"] + m["birthday+"], m["redeem-"])
        for key, m in sorted(buckets.items())
        if m["purchases"] or m["earn+"] or m["birthday+"] or m["redeem-"]
    )
    columns = ("day" if daily else "month", "purchases", "sales", "points_issued",
               "points_redeemed")
    return Report("activity", "Activity", period, summary, columns, rows, ("sales",), store)

"""The redemptions report: vouchers issued, redeemed and voided, and rewards by popularity."""

from __future__ import annotations

from datetime import date

from peewee import Case, fn

from db.models import Reward, Voucher
from kiosk.context import Context
from kiosk.reports.base import Report, period_for, ratio


def redemptions_report(
    ctx: Context, start: date | None = None, end: date | None = None
) -> Report:
    """Vouchers of the period (default: the last 90 days); rows: rewards, most issued first.

    The redemption rate is the share of the vouchers issued in the period that have been used.
    """
    period = period_for(ctx, start, end)
    issued_in = (Voucher.issued_at >= period.since) & (Voucher.issued_at < period.until)
    used = fn.SUM(Case(None, [(Voucher.status == "redeemed", 1)], 0))
    issued, redeemed_of_issued, points = (
        Voucher.select(fn.COUNT(Voucher.id), used, fn.SUM(Voucher.points))
        .where(issued_in)
        .tuples()
        .get()
    )
    issued, redeemed_of_issued = int(issued or 0), int(redeemed_of_issued or 0)
    redeemed = (
        Voucher.select(fn.COUNT(Voucher.id))
        .where((Voucher.redeemed_at >= period.since) & (Voucher.redeemed_at < period.until))
        .scalar()
        or 0
    )
    voided = (
        Voucher.select(fn.COUNT(Voucher.id))
        .where((Voucher.voided_at >= period.since) & (Voucher.voided_at < period.until))
        .scalar()
        or 0
    )
    rows = tuple(
        (name, int(count), int(done or 0), int(spent or 0))
        for name, count, done, spent in Voucher.select(
            Reward.name, fn.COUNT(Voucher.id), used, fn.SUM(Voucher.points)
        )
        .join(Reward)
        .where(issued_in)
        .group_by(Reward.id, Reward.name)
        .order_by(fn.COUNT(Voucher.id).desc(), Reward.name)
        .tuples()
    )
    summary = {
        "issued": issued,
        "redeemed": int(redeemed),
        "voided": int(voided),
        "redeemed_of_issued": redeemed_of_issued,
        "redemption_rate": ratio(redeemed_of_issued, issued),
        "points_spent": int(points or 0),
    }
    columns = ("reward", "issued", "redeemed", "points")
    return Report("redemptions", "Redemptions", period, summary, columns, rows)

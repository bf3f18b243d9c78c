"""Finished days' totals for the reports: counted once from the ledger, purchases and vouchers.

A day's purchases, points and vouchers never change once the day is over, so its totals are kept
in report_day and only today is counted live. A refund changes the sales of the day the purchase
was made; refund() forgets that day so it is counted again. Days are the shop's calendar days
(store.time_zone); stored times are UTC.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta, tzinfo

from peewee import Case, fn

from db.database import database_proxy
from db.models import LedgerEntry, Member, Purchase, ReportDay, Voucher
from kiosk.formatting import day_start_utc, local_day
from kiosk.reports.base import local_date_of

DONE = "_counted"  # present for every counted day, so a day without activity is not redone
Totals = dict[date, dict[str, int]]


def forget_day(day: date) -> None:
    """Drop the kept totals around a UTC day whose figures changed; the next report recounts them.

    The shop's day of an instant is the UTC day or one either side, so all three are forgotten.
    """
    ReportDay.delete().where(
        (ReportDay.day >= day - timedelta(days=1)) & (ReportDay.day <= day + timedelta(days=1))
    ).execute()


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def count_days(since: datetime, until: datetime, zone: tzinfo) -> Totals:
    """Every metric of each of the shop's days between two stored moments, from the base tables."""
    found: Totals = defaultdict(lambda: defaultdict(int))

    def _day(column: object) -> object:
        return local_date_of(column, zone, since, until)

    purchased = _day(Purchase.created_at)
    for day, count, gross, net in (
        Purchase.select(purchased, fn.COUNT(Purchase.id), fn.SUM(Purchase.amount_minor),
                        fn.SUM(Purchase.amount_minor - Purchase.refunded_minor))
        .where((Purchase.created_at >= since) & (Purchase.created_at < until))
        .group_by(purchased).tuples()
    ):
        totals = found[_as_date(day)]
        totals["purchases"], totals["sales_gross"] = int(count), int(gross or 0)
        totals["sales_net"] = int(net or 0)
    joined = _day(Member.created_at)
    for day, count in (
        Member.select(joined, fn.COUNT(Member.id))
        .where((Member.created_at >= since) & (Member.created_at < until))
        .group_by(joined).tuples()
    ):
        found[_as_date(day)]["new_members"] = int(count)
    for column, metric in ((Voucher.issued_at, "vouchers_issued"),
                           (Voucher.redeemed_at, "vouchers_redeemed"),
                           (Voucher.voided_at, "vouchers_voided")):
        when = _day(column)
        for day, count in (
            Voucher.select(when, fn.COUNT(Voucher.id))
            .where((column >= since) & (column < until))
            .group_by(when).tuples()
        ):
            found[_as_date(day)][metric] = int(count)
    issued = _day(Voucher.issued_at)
    for reward_id, day, count, points in (
        Voucher.select(Voucher.reward, issued, fn.COUNT(Voucher.id), fn.SUM(Voucher.points))
        .where((Voucher.issued_at >= since) & (Voucher.issued_at < until))
        .group_by(Voucher.reward, issued).tuples()
    ):
        totals = found[_as_date(day)]
        totals[f"reward_issued:{reward_id}"] = int(count)
        totals[f"reward_points:{reward_id}"] = int(points or 0)
    used = _day(Voucher.redeemed_at)
    for reward_id, day, count in (
        Voucher.select(Voucher.reward, used, fn.COUNT(Voucher.id))
        .where((Voucher.redeemed_at >= since) & (Voucher.redeemed_at < until))
        .group_by(Voucher.reward, used).tuples()
    ):
        found[_as_date(day)][f"reward_redeemed:{reward_id}"] = int(count)
    entered = _day(LedgerEntry.created_at)
    minus = fn.SUM(Case(None, [(LedgerEntry.points < 0, LedgerEntry.points)], 0))
    plus = fn.SUM(Case(None, [(LedgerEntry.points > 0, LedgerEntry.points)], 0))
    for day, kind, negative, positive in (
        LedgerEntry.select(entered, LedgerEntry.kind, minus, plus)
        .where((LedgerEntry.created_at >= since) & (LedgerEntry.created_at < until))
        .group_by(entered, LedgerEntry.kind).tuples()
    ):
        totals = found[_as_date(day)]
        totals[f"{kind}-"] += -int(negative or 0)
        totals[f"{kind}+"] += int(positive or 0)
    return found


def _keep(first: date, last: date, zone: tzinfo) -> None:
    """Count the finished days first..last that are not kept yet, and keep them."""
    kept = {
        _as_date(day)
        for (day,) in ReportDay.select(ReportDay.day)
        .where((ReportDay.metric == DONE) & (ReportDay.day >= first) & (ReportDay.day <= last))
        .tuples()
    }
    missing = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    missing = [day for day in missing if day not in kept]
    if not missing:
        return
    counted = count_days(
        day_start_utc(missing[0], zone), day_start_utc(missing[-1] + timedelta(days=1), zone), zone
    )
    rows = []
    for day in missing:
        rows.append({"day": day, "metric": DONE, "value": 1})
        rows += [{"day": day, "metric": k, "value": v} for k, v in counted.get(day, {}).items()]
    with database_proxy.atomic():
        for offset in range(0, len(rows), 500):
            ReportDay.insert_many(rows[offset : offset + 500]).on_conflict_ignore().execute()


def day_totals(first: date, last: date, today: date, zone: tzinfo) -> Totals:
    """Totals per shop day from first to last: kept for finished days, counted live for today."""
    result: Totals = defaultdict(lambda: defaultdict(int))
    closed = min(last, today - timedelta(days=1))
    if first <= closed:
        _keep(first, closed, zone)
        for day, metric, value in (
            ReportDay.select(ReportDay.day, ReportDay.metric, ReportDay.value)
            .where(
                (ReportDay.day >= first) & (ReportDay.day <= closed) & (ReportDay.metric != DONE)
            )
            .tuples()
        ):
            result[_as_date(day)][metric] = int(value)
    if last >= today:
        for day, metrics in count_days(day_start_utc(max(first, today), zone),
                                       day_start_utc(last + timedelta(days=1), zone), zone).items():
            result[day].update(metrics)
    return result


def summed(totals: Totals) -> dict[str, int]:
    """All the days' metrics added up."""
    total: dict[str, int] = defaultdict(int)
    for metrics in totals.values():
        for key, value in metrics.items():
            total[key] += value
    return total


def first_day(zone: tzinfo) -> date | None:
    """The shop's day of the earliest ledger entry: where all-time totals start."""
    first = LedgerEntry.select(fn.MIN(LedgerEntry.created_at)).scalar()
    if not first:
        return None
    moment = first if isinstance(first, datetime) else datetime.fromisoformat(str(first))
    return local_day(moment, zone)

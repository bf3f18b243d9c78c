"""Finished days' totals for the reports: counted once from the ledger, purchases and vouchers.

A day's purchases, points and vouchers never change once the day is over, so its totals are kept
in report_day and only today is counted live. A refund changes the sales of the day the purchase
was made; refund() forgets that day so it is counted again. Days are the shop's calendar days
(store.time_zone); stored times are UTC.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from peewee import Case, fn

from db.database import database_proxy
from db.models import AuditEntry, LedgerEntry, Member, Purchase, ReportDay, Voucher
from kiosk.formatting import day_start_utc, local_day
from kiosk.reports.base import local_date_of
from kiosk.reports.scope import metric_prefix

DONE = "_counted"  # present for every counted day, so a day without activity is not redone
DONE_STORES = "_stores_counted"  # the same for the day's totals of every shop
SHOP_METRICS = "store:"  # how the shops' kept totals begin, beside the chain's
ENROL = "member.enrol"  # the audit row that says which shop enrolled a member
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


def _grouped(query: Any, group: Any | None) -> Any:
    """The query with the shop column first in its select and its grouping (when by shop)."""
    if group is None:
        return query
    return query.select_extend(group).group_by_extend(group)


def count_days(
    since: datetime, until: datetime, zone: tzinfo, by_store: bool = False
) -> dict[str | None, Totals]:
    """Every metric of each of the shop's days between two stored moments, from the base tables.

    Keyed None for the whole chain, or by shop code when by_store: purchases and points by the
    shop that recorded them, vouchers issued and voided by the shop that issued them, vouchers
    redeemed by the shop that took them, new members by the shop that enrolled them (its
    member.enrol audit row; members imported from a file belong to no shop).
    """
    found: dict[str | None, Totals] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(int))
    )

    def _day(column: object) -> object:
        return local_date_of(column, zone, since, until)

    def _shop(column: Any) -> Any:
        return column if by_store else None

    def _rows(query: Any, column: Any) -> Any:
        """(day, ..., shop or None) rows of a grouped query."""
        group = _shop(column)
        for row in _grouped(query, group).tuples():
            yield (*row, None) if group is None else row

    purchased = _day(Purchase.created_at)
    for day, count, gross, net, shop in _rows(
        Purchase.select(purchased, fn.COUNT(Purchase.id), fn.SUM(Purchase.amount_minor),
                        fn.SUM(Purchase.amount_minor - Purchase.refunded_minor))
        .where((Purchase.created_at >= since) & (Purchase.created_at < until))
        .group_by(purchased), Purchase.store
    ):
        totals = found[shop][_as_date(day)]
        totals["purchases"], totals["sales_gross"] = int(count), int(gross or 0)
        totals["sales_net"] = int(net or 0)
    if by_store:
        enrolled = _day(AuditEntry.created_at)
        for day, count, shop in _rows(
            AuditEntry.select(enrolled, fn.COUNT(AuditEntry.id))
            .where((AuditEntry.action == ENROL) & (AuditEntry.created_at >= since)
                   & (AuditEntry.created_at < until))
            .group_by(enrolled), AuditEntry.store
        ):
            found[shop][_as_date(day)]["new_members"] = int(count)
    else:
        joined = _day(Member.created_at)
        for day, count in (
            Member.select(joined, fn.COUNT(Member.id))
            .where((Member.created_at >= since) & (Member.created_at < until))
            .group_by(joined).tuples()
        ):
            found[None][_as_date(day)]["new_members"] = int(count)
    taker = fn.COALESCE(Voucher.redeemed_store, Voucher.store)
    for column, metric, shop_column in ((Voucher.issued_at, "vouchers_issued", Voucher.store),
                                        (Voucher.redeemed_at, "vouchers_redeemed", taker),
                                        (Voucher.voided_at, "vouchers_voided", Voucher.store)):
        when = _day(column)
        for day, count, shop in _rows(
            Voucher.select(when, fn.COUNT(Voucher.id))
            .where((column >= since) & (column < until))
            .group_by(when), shop_column
        ):
            found[shop][_as_date(day)][metric] = int(count)
    issued = _day(Voucher.issued_at)
    for reward_id, day, count, points, shop in _rows(
        Voucher.select(Voucher.reward, issued, fn.COUNT(Voucher.id), fn.SUM(Voucher.points))
        .where((Voucher.issued_at >= since) & (Voucher.issued_at < until))
        .group_by(Voucher.reward, issued), Voucher.store
    ):
        totals = found[shop][_as_date(day)]
        totals[f"reward_issued:{reward_id}"] = int(count)
        totals[f"reward_points:{reward_id}"] = int(points or 0)
    used = _day(Voucher.redeemed_at)
    for reward_id, day, count, shop in _rows(
        Voucher.select(Voucher.reward, used, fn.COUNT(Voucher.id))
        .where((Voucher.redeemed_at >= since) & (Voucher.redeemed_at < until))
        .group_by(Voucher.reward, used), taker
    ):
        found[shop][_as_date(day)][f"reward_redeemed:{reward_id}"] = int(count)
    entered = _day(LedgerEntry.created_at)
    minus = fn.SUM(Case(None, [(LedgerEntry.points < 0, LedgerEntry.points)], 0))
    plus = fn.SUM(Case(None, [(LedgerEntry.points > 0, LedgerEntry.points)], 0))
    for day, kind, negative, positive, shop in _rows(
        LedgerEntry.select(entered, LedgerEntry.kind, minus, plus)
        .where((LedgerEntry.created_at >= since) & (LedgerEntry.created_at < until))
        .group_by(entered, LedgerEntry.kind), LedgerEntry.store
    ):
        totals = found[shop][_as_date(day)]
        totals[f"{kind}-"] += -int(negative or 0)
        totals[f"{kind}+"] += int(positive or 0)
    return found


def _kept_days(first: date, last: date, marker: str) -> set[date]:
    return {
        _as_date(day)
        for (day,) in ReportDay.select(ReportDay.day)
        .where((ReportDay.metric == marker) & (ReportDay.day >= first) & (ReportDay.day <= last))
        .tuples()
    }


def _keep(first: date, last: date, zone: tzinfo, by_store: bool = False) -> None:
    """Count the finished days first..last that are not kept yet, and keep them.

    The chain's totals are kept under their own names; by_store, every shop's totals of a day
    are kept together under names carrying the shop (store:CODE:purchases) with one marker.
    """
    marker = DONE_STORES if by_store else DONE
    kept = _kept_days(first, last, marker)
    missing = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    missing = [day for day in missing if day not in kept]
    if not missing:
        return
    counted = count_days(
        day_start_utc(missing[0], zone), day_start_utc(missing[-1] + timedelta(days=1), zone), zone,
        by_store,
    )
    rows = []
    for day in missing:
        rows.append({"day": day, "metric": marker, "value": 1})
        for shop, days in counted.items():
            prefix = metric_prefix(shop)
            rows += [{"day": day, "metric": prefix + k, "value": v}
                     for k, v in days.get(day, {}).items()]
    with database_proxy.atomic():
        for offset in range(0, len(rows), 500):
            ReportDay.insert_many(rows[offset : offset + 500]).on_conflict_ignore().execute()


def _kept_totals(first: date, last: date, store: str | None) -> Totals:
    """The kept totals of the chain or of one shop, first..last."""
    result: Totals = defaultdict(lambda: defaultdict(int))
    query = ReportDay.select(ReportDay.day, ReportDay.metric, ReportDay.value).where(
        (ReportDay.day >= first) & (ReportDay.day <= last)
    )
    prefix = metric_prefix(store)
    if store is None:
        query = query.where(~ReportDay.metric.in_([DONE, DONE_STORES])
                            & (fn.SUBSTR(ReportDay.metric, 1, len(SHOP_METRICS)) != SHOP_METRICS))
    else:  # compared exactly (LIKE would ignore case on PostgreSQL's ILIKE)
        query = query.where(fn.SUBSTR(ReportDay.metric, 1, len(prefix)) == prefix)
    for day, metric, value in query.tuples():
        result[_as_date(day)][metric[len(prefix):]] = int(value)
    return result


def day_totals(
    first: date, last: date, today: date, zone: tzinfo, store: str | None = None
) -> Totals:
    """Totals per shop day from first to last: kept for finished days, counted live for today.

    For the whole chain (store None) or for one shop's code.
    """
    result: Totals = defaultdict(lambda: defaultdict(int))
    closed = min(last, today - timedelta(days=1))
    if first <= closed:
        _keep(first, closed, zone, store is not None)
        for day, metrics in _kept_totals(first, closed, store).items():
            result[day].update(metrics)
    if last >= today:
        live = count_days(day_start_utc(max(first, today), zone),
                          day_start_utc(last + timedelta(days=1), zone), zone, store is not None)
        for day, metrics in live.get(store, {}).items():
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

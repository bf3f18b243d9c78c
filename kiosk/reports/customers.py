"""The top-customers report: members ranked by what they bought in the period."""

from __future__ import annotations

from datetime import date

from peewee import fn

from db.models import Card, Member, Purchase
from kiosk.cards import mask_card_number
from kiosk.context import Context
from kiosk.reports.base import Report, counted_members, period_for

LIMIT = 20


def top_customers_report(
    ctx: Context, start: date | None = None, end: date | None = None, store: str | None = None,
    limit: int = LIMIT,
) -> Report:
    """The `limit` members with the most sales (after refunds) in the period (default: 90 days).

    For one shop: ranked by what they bought at that shop.
    """
    period = period_for(ctx, start, end)
    sales = fn.SUM(Purchase.amount_minor - Purchase.refunded_minor)
    where = (
        (Purchase.created_at >= period.since)
        & (Purchase.created_at < period.until)
        & counted_members()
    )
    if store is not None:
        where &= Purchase.store == store
    ranked = list(
        Purchase.select(Purchase.member, Member.name, Member.balance, fn.COUNT(Purchase.id), sales)
        .join(Member)
        .where(where)
        .group_by(Purchase.member, Member.name, Member.balance)
        .order_by(sales.desc(), Purchase.member)
        .limit(limit)
        .tuples()
    )
    ids = [row[0] for row in ranked]
    cards: dict[int, str] = {}
    if ids:
        for member_id, number in (
            Card.select(Card.member, Card.number)
            .where(Card.member.in_(ids) & (Card.status == "active"))
            .tuples()
        ):
            cards.setdefault(member_id, mask_card_number(number))
    rows = tuple(
        (rank, member_id, name, cards.get(member_id, ""), int(visits), int(total or 0),
         int(balance))
        for rank, (member_id, name, balance, visits, total) in enumerate(ranked, start=1)
    )
    top_sales = sum(row[5] for row in rows)
    summary = {"customers": len(rows), "their_sales_minor": top_sales}
    columns = ("rank", "member", "name", "card", "purchases", "sales", "balance")
    return Report("top-customers", "Top customers", period, summary, columns, rows, ("sales",),
                  store)

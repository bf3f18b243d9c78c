"""The birthdays report: members whose birthday comes in the next days, found by month and day."""

from __future__ import annotations

from datetime import date, timedelta

from peewee import Case, fn

from db.models import Card, Member
from kiosk.cards import mask_card_number
from kiosk.context import Context
from kiosk.reports.base import (
    Period,
    Report,
    counted_members,
    month_day_of,
    of_shop,
    shop_today,
    zone_of,
)
from kiosk.roles import require

DAYS = 14
MAX_ROWS = 500


def _md(day: date) -> int:
    return day.month * 100 + day.day


def _in_year(born: date, year: int) -> date:
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February in a year without one
        return date(year, 2, 28)


def _next_birthday(born: date, today: date) -> date:
    this_year = _in_year(born, today.year)
    return this_year if this_year >= today else _in_year(born, today.year + 1)


def birthdays_report(
    ctx: Context, start: date | None = None, end: date | None = None, store: str | None = None,
    days: int = DAYS,
) -> Report:
    """Birthdays from `start` (default today) to `end` (default start + 13 days), soonest first.

    Works on month and day in SQL, across the new year; a 29 February birthday counts on
    28 February in other years. For one shop: the members it enrolled.
    """
    require(ctx, "reports")
    first = start or shop_today(ctx)
    last = end or first + timedelta(days=days - 1)
    period = Period(first, last, zone_of(ctx))
    wanted = {_md(first + timedelta(days=offset)) for offset in range(min(period.days, 366))}
    if 228 in wanted and not _leap(first, last):
        wanted.add(229)
    md = month_day_of(Member.birthday)
    where = counted_members() & Member.birthday.is_null(False) & md.in_(sorted(wanted))
    if store is not None:
        where &= of_shop(Member.id, store)
    count = Member.select(fn.COUNT(Member.id)).where(where).scalar() or 0
    soonest = Case(None, [(md >= _md(first), md)], md + 10_000)  # after new year: later
    found = list(
        Member.select(Member.id, Member.name, Member.birthday, Member.balance)
        .where(where)
        .order_by(soonest, Member.name)
        .limit(MAX_ROWS)
        .tuples()
    )
    cards: dict[int, str] = {}
    ids = [row[0] for row in found]
    for offset in range(0, len(ids), 500):
        for member_id, number in (
            Card.select(Card.member, Card.number)
            .where(Card.member.in_(ids[offset : offset + 500]) & (Card.status == "active"))
            .tuples()
        ):
            cards.setdefault(member_id, mask_card_number(number))
    rows = tuple(
        (_next_birthday(born, first), name, cards.get(member_id, ""), born.year, int(balance))
        for member_id, name, born, balance in found
    )
    summary = {"birthdays": int(count), "days": period.days}
    columns = ("date", "name", "card", "born", "balance")
    return Report("birthdays", "Upcoming birthdays", period, summary, columns, rows, store=store)


def _leap(first: date, last: date) -> bool:
    """Whether a 29 February lies between first and last."""
    for year in range(first.year, last.year + 1):
        if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
            leap_day = date(year, 2, 29)
            if first <= leap_day <= last:
                return True
    return False

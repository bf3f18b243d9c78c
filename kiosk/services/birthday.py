"""The birthday reward: bonus points once a year, when the member shows up near their birthday."""

from __future__ import annotations

from datetime import date, datetime

from peewee import IntegrityError

from db.database import database_proxy
from db.models import LedgerEntry
from kiosk.context import Context
from kiosk.ledger import credit


def birthday_this_year(birthday: date, today: date) -> date:
    """The birthday in today's year (29 February becomes 28 February in other years)."""
    try:
        return birthday.replace(year=today.year)
    except ValueError:
        return date(today.year, 2, 28)


def birthday_due(birthday: date | None, now: datetime, window_days: int) -> bool:
    """Tell whether today is within the birthday window."""
    if birthday is None:
        return False
    today = now.date()
    distance = abs((birthday_this_year(birthday, today) - today).days)
    return distance <= window_days


def grant_birthday_if_due(ctx: Context, member_id: int, birthday: date | None) -> int:
    """Credit the birthday bonus once per year when due; return the points granted now."""
    rules = ctx.config.programme
    now = ctx.now()
    if not rules.birthday_bonus_points or not birthday_due(
        birthday, now, rules.birthday_window_days
    ):
        return 0
    key = f"birthday:{member_id}:{now.year}"
    if LedgerEntry.select(LedgerEntry.id).where(LedgerEntry.idempotency_key == key).exists():
        return 0
    try:
        with database_proxy.atomic():
            credit(ctx, member_id, rules.birthday_bonus_points, "birthday", "Happy birthday!", key)
    except IntegrityError:
        return 0
    return rules.birthday_bonus_points

"""The birthday reward: bonus points once a year, when the member shows up near their birthday."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

from peewee import IntegrityError

from db.database import database_proxy
from db.models import LedgerEntry
from kiosk import audit
from kiosk.context import Context
from kiosk.formatting import local_day, shop_zone
from kiosk.ledger import credit
from kiosk.roles import require


def birthday_this_year(birthday: date, today: date) -> date:
    """The birthday in today's year (29 February becomes 28 February in other years)."""
    return _birthday_in(birthday, today.year)


def _birthday_in(birthday: date, year: int) -> date:
    try:
        return birthday.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def birthday_occurrence(
    birthday: date | None, now: datetime, window_days: int, zone: tzinfo = UTC
) -> date | None:
    """The birthday (last, this or next year's) within the window of the shop's today."""
    if birthday is None:
        return None
    today = local_day(now, zone)
    for year in (today.year - 1, today.year, today.year + 1):
        day = _birthday_in(birthday, year)
        if abs((day - today).days) <= window_days:
            return day
    return None


def birthday_due(
    birthday: date | None, now: datetime, window_days: int, zone: tzinfo = UTC
) -> bool:
    """Tell whether the shop's today is within the birthday window (which may span new year)."""
    return birthday_occurrence(birthday, now, window_days, zone) is not None


def grant_birthday_if_due(ctx: Context, member_id: int, birthday: date | None) -> int:
    """Credit the birthday bonus once per birthday when due; return the points granted now."""
    require(ctx, "identify")  # whoever may find the member may greet them with it
    rules = ctx.config.programme
    zone = shop_zone(ctx.config.store.time_zone)
    occurrence = birthday_occurrence(birthday, ctx.now(), rules.birthday_window_days, zone)
    if not rules.birthday_bonus_points or occurrence is None:
        return 0
    key = f"birthday:{member_id}:{occurrence.year}"
    if LedgerEntry.select(LedgerEntry.id).where(LedgerEntry.idempotency_key == key).exists():
        return 0
    try:
        with database_proxy.atomic():
            entry_id = credit(
                ctx, member_id, rules.birthday_bonus_points, "birthday", "Happy birthday!", key
            )
            audit.record(
                ctx, "points.birthday", audit.member_target(member_id),
                {"points": rules.birthday_bonus_points, "entry": entry_id},
            )
    except IntegrityError:
        return 0
    return rules.birthday_bonus_points

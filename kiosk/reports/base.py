"""What every report shares: the period, the result shape, and SQL pieces that differ by backend."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import peewee
from peewee import fn

from db.database import is_postgres
from db.models import Member
from kiosk.context import Context
from kiosk.errors import InvalidInput
from kiosk.roles import require

DEFAULT_DAYS = 90
COUNTED = ("active", "blocked")  # erased and merged members are no longer members


@dataclass(frozen=True)
class Period:
    """Whole days from start to end, both included; stored times are compared half-open."""

    start: date
    end: date

    @property
    def since(self) -> datetime:
        return datetime.combine(self.start, time())

    @property
    def until(self) -> datetime:
        return datetime.combine(self.end + timedelta(days=1), time())

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Report:
    """A report: headline figures, and a table for the screen, the CSV file and the charts."""

    name: str
    title: str
    period: Period
    summary: dict[str, Any]
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    money_columns: tuple[str, ...] = field(default=())


def period_for(
    ctx: Context, start: date | None, end: date | None, days: int = DEFAULT_DAYS
) -> Period:
    """The period asked for; by default the last `days` days up to today."""
    require(ctx, "reports")
    end = end or ctx.now().date()
    start = start or end - timedelta(days=days - 1)
    if start > end:
        raise InvalidInput("The start of the period is after its end.", reason="period_invalid")
    return Period(start, end)


def month_of(column: peewee.Field | peewee.Node) -> peewee.Node:
    """'YYYY-MM' of a timestamp column, in SQL."""
    if is_postgres():
        return fn.to_char(column, "YYYY-MM").coerce(False)
    return fn.strftime("%Y-%m", column).coerce(False)


def month_day_of(column: peewee.Field | peewee.Node) -> peewee.Node:
    """month * 100 + day of a date column, in SQL (a birthday's place in the year)."""
    if is_postgres():
        return fn.to_char(column, "MMDD").coerce(False).cast("integer")
    return fn.strftime("%m%d", column).coerce(False).cast("integer")


def counted_members() -> peewee.Expression:
    """Members who still count: not erased, not merged into another."""
    return Member.status.in_(COUNTED)


def months_back(end: date, count: int) -> list[str]:
    """The `count` month keys ('YYYY-MM') ending with end's month, oldest first."""
    year, month = end.year, end.month
    keys = []
    for _ in range(count):
        keys.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return keys[::-1]


def month_start(key: str) -> datetime:
    """The first moment of a 'YYYY-MM' month."""
    year, month = (int(part) for part in key.split("-"))
    return datetime(year, month, 1)


def ratio(part: int, whole: int) -> float:
    """part / whole to four places; 0 when there is no whole."""
    return round(part / whole, 4) if whole else 0.0

"""What every report shares: the period, the result shape, and SQL pieces that differ by backend."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from itertools import pairwise
from typing import Any

import peewee
from peewee import SQL, Case, fn

from db.database import is_postgres
from db.models import AuditEntry, Member
from kiosk.context import Context
from kiosk.errors import InvalidInput
from kiosk.formatting import as_utc, day_start_utc, local_day, shop_zone
from kiosk.roles import require

DEFAULT_DAYS = 90
COUNTED = ("active", "blocked")  # erased and merged members are no longer members


def zone_of(ctx: Context) -> tzinfo:
    """The shop's time zone (store.time_zone; the machine's when empty)."""
    return shop_zone(ctx.config.store.time_zone)


def shop_today(ctx: Context) -> date:
    """Today as the shop's calendar has it."""
    return local_day(ctx.now(), zone_of(ctx))


@dataclass(frozen=True)
class Period:
    """The shop's whole days from start to end, both included; stored times compared half-open."""

    start: date
    end: date
    zone: tzinfo = field(default=UTC, compare=False)

    @property
    def since(self) -> datetime:
        """The stored (naive UTC) instant at which the first day begins in the shop."""
        return day_start_utc(self.start, self.zone)

    @property
    def until(self) -> datetime:
        """The stored instant at which the day after the last one begins in the shop."""
        return day_start_utc(self.end + timedelta(days=1), self.zone)

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
    store: str | None = None  # the shop counted; None: the whole chain


def period_for(
    ctx: Context, start: date | None, end: date | None, days: int = DEFAULT_DAYS
) -> Period:
    """The period asked for; by default the last `days` days up to today."""
    require(ctx, "reports")
    end = end or shop_today(ctx)
    start = start or end - timedelta(days=days - 1)
    if start > end:
        raise InvalidInput("The start of the period is after its end.", reason="period_invalid")
    return Period(start, end, zone_of(ctx))


def offsets(since: datetime, until: datetime, zone: tzinfo) -> list[tuple[datetime | None, int]]:
    """The zone's UTC offset (minutes) over [since, until), stored instants: (from, minutes) pairs.

    The first pair starts at None (the offset before since is taken as since's); a new pair
    starts at each change (summer time), found to the second.
    """

    def minutes(moment: datetime) -> int:
        offset = as_utc(moment).astimezone(zone).utcoffset() or timedelta()
        return int(offset.total_seconds() // 60)

    found: list[tuple[datetime | None, int]] = [(None, minutes(since))]
    step = timedelta(hours=12)
    moment = since
    while moment < until:
        following = min(moment + step, until)
        if minutes(following) != found[-1][1]:
            low, high = moment, following  # the change lies in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (low, middle) if minutes(middle) != found[-1][1] else (middle, high)
            found.append((high.replace(microsecond=0), minutes(high)))
        moment = following
    return found


def _modifier(minutes: int) -> str:
    return f"{minutes:+d} minutes"


def _interval(minutes: int) -> SQL:
    return SQL(f"INTERVAL '{int(minutes)} minutes'")


def _shift(column: peewee.Node, pieces: list[tuple[datetime | None, int]], make: Any) -> Any:
    """The shift to add to column, chosen by the piece of time it falls in."""
    if len(pieces) == 1:
        return make(pieces[0][1])
    cases = [
        (column < start, make(before)) for (_, before), (start, _) in pairwise(pieces)
    ]
    return Case(None, cases, make(pieces[-1][1]))


def local_date_of(
    column: peewee.Field | peewee.Node, zone: tzinfo, since: datetime, until: datetime
) -> peewee.Node:
    """The shop's calendar day of a stored timestamp, in SQL (exact for rows in [since, until))."""
    pieces = offsets(since, until, zone)
    if is_postgres():
        return fn.date(column + _shift(column, pieces, _interval)).coerce(False)
    return fn.date(column, _shift(column, pieces, _modifier)).coerce(False)


def month_of(
    column: peewee.Field | peewee.Node,
    zone: tzinfo = UTC,
    since: datetime | None = None,
    until: datetime | None = None,
) -> peewee.Node:
    """'YYYY-MM' of a timestamp column in the shop's calendar, in SQL (exact in [since, until))."""
    pieces = offsets(since, until, zone) if since and until else [(None, 0)]
    if is_postgres():
        return fn.to_char(column + _shift(column, pieces, _interval), "YYYY-MM").coerce(False)
    return fn.strftime("%Y-%m", column, _shift(column, pieces, _modifier)).coerce(False)


def month_day_of(column: peewee.Field | peewee.Node) -> peewee.Node:
    """month * 100 + day of a date column, in SQL (a birthday's place in the year)."""
    if is_postgres():
        return fn.to_char(column, "MMDD").coerce(False).cast("integer")
    return fn.strftime("%m%d", column).coerce(False).cast("integer")


def counted_members() -> peewee.Expression:
    """Members who still count: not erased, not merged into another."""
    return Member.status.in_(COUNTED)


def shop_members(store: str) -> peewee.SelectQuery:
    """The ids of the members a shop enrolled (its member.enrol audit rows), as a subquery.

    A member belongs to the shop that enrolled them; members imported from a file belong to none.
    """
    return AuditEntry.select(
        fn.SUBSTR(AuditEntry.target, len("member:") + 1).cast("integer")
    ).where((AuditEntry.action == "member.enrol") & (AuditEntry.store == store))


def of_shop(column: peewee.Field, store: str) -> peewee.Expression:
    """Members (by their id column) the shop enrolled."""
    return column.in_(shop_members(store))


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


def month_first_day(key: str) -> date:
    """The first day of a 'YYYY-MM' month."""
    year, month = (int(part) for part in key.split("-"))
    return date(year, month, 1)


def month_start(key: str, zone: tzinfo = UTC) -> datetime:
    """The stored instant at which a 'YYYY-MM' month begins in the shop."""
    return day_start_utc(month_first_day(key), zone)


def ratio(part: int, whole: int) -> float:
    """part / whole to four places; 0 when there is no whole."""
    return round(part / whole, 4) if whole else 0.0

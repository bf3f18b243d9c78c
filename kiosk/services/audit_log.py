"""Reading the audit log: who did what, when and why, newest first."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import peewee

from db.models import AuditEntry
from kiosk.admin_views import AuditRow
from kiosk.context import Context
from kiosk.formatting import day_bounds_utc, local_time, shop_zone
from kiosk.roles import require

MAX_ROWS = 10_000
MAX_SCREEN_ROWS = 1000


@dataclass(frozen=True)
class AuditLine:
    """One audit row as the screen shows it: when (aware, on the shop's clock), who, what, on
    what, details and why."""

    at: datetime
    staff: str | None
    role: str | None
    action: str
    target: str
    details: dict[str, Any] = field(default_factory=dict)
    reason: str = ""


def _details(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {"text": text}
    return data if isinstance(data, dict) else {"value": data}


def _newest(ctx: Context, conditions: list[peewee.Expression], limit: int) -> list[AuditEntry]:
    """The rows meeting every condition, newest first: the one query both readers use."""
    require(ctx, "audit")
    query = AuditEntry.select()
    for condition in conditions:
        query = query.where(condition)
    query = query.order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
    return list(query.limit(limit))


def _moment(ctx: Context, value: date | datetime, end: bool = False) -> datetime:
    """A stored instant as given, or where the shop's day begins (ends, with end) in UTC."""
    if isinstance(value, datetime):
        return value
    start, stop = day_bounds_utc(value, shop_zone(ctx.config.store.time_zone))
    return stop if end else start


def audit_entries(
    ctx: Context,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    staff: str | None = None,
    action: str | None = None,
    limit: int = 200,
) -> list[AuditRow]:
    """Audit rows in [since, until] by staff name and action; a date is the shop's whole day
    (store.time_zone), a datetime a stored instant (naive UTC) where the range starts or ends.

    An action ending in '.' or '*' matches a family: 'member.' finds every member action.
    """
    conditions = []
    if since is not None:
        conditions.append(AuditEntry.created_at >= _moment(ctx, since))
    if until is not None:
        conditions.append(AuditEntry.created_at < _moment(ctx, until, end=True))
    if staff:
        conditions.append(AuditEntry.staff == staff.strip())
    if action:
        action = action.strip()
        if action.endswith(("*", ".")):
            conditions.append(AuditEntry.action.startswith(action.rstrip("*")))
        else:
            conditions.append(AuditEntry.action == action)
    rows = _newest(ctx, conditions, max(1, min(int(limit), MAX_ROWS)))
    return [
        AuditRow(
            id=row.id,
            created_at=row.created_at,
            staff=row.staff,
            role=row.role,
            action=row.action,
            target=row.target,
            details=_details(row.details),
            reason=row.reason,
            store=row.store,
            terminal=row.terminal,
        )
        for row in rows
    ]


def recent_audit(
    ctx: Context,
    day: date | None = None,
    staff: str | None = None,
    action_prefix: str | Sequence[str] | None = None,
    limit: int = 200,
    days: int = 1,
) -> list[AuditLine]:
    """Audit rows newest first; a shop day (store.time_zone) with `days` going back, a person,
    action kinds. shop_today(ctx.config, ctx.now()) is the shop's today.

    An action prefix such as "staff" matches "staff" and every "staff.*" action; several
    prefixes may be given at once ("reward", "cause").
    """
    conditions = []
    if day is not None:
        zone = shop_zone(ctx.config.store.time_zone)
        first = day - timedelta(days=max(days, 1) - 1)
        conditions.append(AuditEntry.created_at >= day_bounds_utc(first, zone)[0])
        conditions.append(AuditEntry.created_at < day_bounds_utc(day, zone)[1])
    if staff:
        conditions.append(AuditEntry.staff == staff)
    if action_prefix:
        prefixes = [action_prefix] if isinstance(action_prefix, str) else list(action_prefix)
        matches = None
        for prefix in prefixes:
            one = (AuditEntry.action == prefix) | AuditEntry.action.startswith(prefix + ".")
            matches = one if matches is None else matches | one
        conditions.append(matches)
    rows = _newest(ctx, conditions, max(1, min(limit, MAX_SCREEN_ROWS)))
    zone = shop_zone(ctx.config.store.time_zone)
    return [
        AuditLine(
            at=local_time(row.created_at, zone),
            staff=row.staff,
            role=row.role,
            action=row.action,
            target=row.target,
            details=_details(row.details),
            reason=row.reason,
        )
        for row in rows
    ]


def audit_actions(ctx: Context) -> list[str]:
    """The distinct kinds of action in the log ("purchase", "staff", "voucher"...), sorted."""
    require(ctx, "reports")
    actions = AuditEntry.select(AuditEntry.action).distinct().tuples()
    return sorted({action.split(".", 1)[0] for (action,) in actions})

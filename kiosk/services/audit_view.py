"""Reading the audit log: recent staff actions by day, person and kind, newest first."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from db.models import AuditEntry
from kiosk.clock import to_local
from kiosk.context import Context
from kiosk.roles import require

MAX_LIMIT = 1000


@dataclass(frozen=True)
class AuditLine:
    """One audit row as shown: local time, who, what, on what, the details and why."""

    at: datetime
    staff: str | None
    role: str | None
    action: str
    target: str
    details: dict[str, Any] = field(default_factory=dict)
    reason: str = ""


def _utc_start(day: date) -> datetime:
    """The first moment of a local calendar day, as the naive UTC the database stores."""
    return datetime.combine(day, time()).astimezone(UTC).replace(tzinfo=None)


def _details(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {"text": text}
    return value if isinstance(value, dict) else {"value": value}


def recent_audit(
    ctx: Context,
    day: date | None = None,
    staff: str | None = None,
    action_prefix: str | Sequence[str] | None = None,
    limit: int = 200,
    days: int = 1,
) -> list[AuditLine]:
    """Audit rows newest first; day (local) with `days` going back, a person, action kinds.

    An action prefix such as "staff" matches "staff" and every "staff.*" action; several
    prefixes may be given at once ("reward", "cause").
    """
    require(ctx, "reports")
    query = AuditEntry.select()
    if day is not None:
        first = day - timedelta(days=max(days, 1) - 1)
        query = query.where(
            (AuditEntry.created_at >= _utc_start(first))
            & (AuditEntry.created_at < _utc_start(day + timedelta(days=1)))
        )
    if staff:
        query = query.where(AuditEntry.staff == staff)
    if action_prefix:
        prefixes = [action_prefix] if isinstance(action_prefix, str) else list(action_prefix)
        matches = None
        for prefix in prefixes:
            one = (AuditEntry.action == prefix) | AuditEntry.action.startswith(prefix + ".")
            matches = one if matches is None else matches | one
        query = query.where(matches)
    query = query.order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
    query = query.limit(max(1, min(limit, MAX_LIMIT)))
    return [
        AuditLine(
            at=to_local(row.created_at),
            staff=row.staff,
            role=row.role,
            action=row.action,
            target=row.target,
            details=_details(row.details),
            reason=row.reason,
        )
        for row in query
    ]


def audit_actions(ctx: Context) -> list[str]:
    """The distinct kinds of action in the log ("purchase", "staff", "voucher"...), sorted."""
    require(ctx, "reports")
    actions = AuditEntry.select(AuditEntry.action).distinct().tuples()
    return sorted({action.split(".", 1)[0] for (action,) in actions})

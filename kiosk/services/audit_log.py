"""Reading the audit log: who did what, when and why, newest first."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from db.models import AuditEntry
from kiosk.admin_views import AuditRow
from kiosk.context import Context
from kiosk.roles import require

MAX_ROWS = 10_000


def _moment(value: date | datetime, end: bool = False) -> datetime:
    if isinstance(value, datetime):
        return value
    start = datetime.combine(value, time())
    return start + timedelta(days=1) if end else start


def _details(text: str) -> dict:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {"text": text}
    return data if isinstance(data, dict) else {"value": data}


def audit_entries(
    ctx: Context,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    staff: str | None = None,
    action: str | None = None,
    limit: int = 200,
) -> list[AuditRow]:
    """Audit rows in [since, until) (a date means its whole day), by staff name and action.

    An action ending in '.' or '*' matches a family: 'member.' finds every member action.
    """
    require(ctx, "reports")
    query = AuditEntry.select()
    if since is not None:
        query = query.where(AuditEntry.created_at >= _moment(since))
    if until is not None:
        query = query.where(AuditEntry.created_at < _moment(until, end=True))
    if staff:
        query = query.where(AuditEntry.staff == staff.strip())
    if action:
        action = action.strip()
        if action.endswith(("*", ".")):
            query = query.where(AuditEntry.action.startswith(action.rstrip("*")))
        else:
            query = query.where(AuditEntry.action == action)
    rows = query.order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()).limit(
        max(1, min(int(limit), MAX_ROWS))
    )
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

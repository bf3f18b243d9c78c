"""The audit log: one row per staff action, written inside the transaction of the change."""

from __future__ import annotations

import json
from typing import Any

from db.models import AuditEntry
from kiosk.context import Context


def record(
    ctx: Context,
    action: str,
    target: str = "",
    details: dict[str, Any] | None = None,
    reason: str = "",
) -> int:
    """Write who (ctx.staff, ctx.role), what (action, target, details), when and why; return the id.

    Call it inside the same `database_proxy.atomic()` block as the change, so that a change is
    never without its audit row and an audit row never without its change.
    """
    entry = AuditEntry.create(
        created_at=ctx.now(),
        staff=ctx.staff,
        role=ctx.role,
        action=action[:40],
        target=str(target)[:120],
        details=json.dumps(details or {}, ensure_ascii=False, sort_keys=True, default=str),
        reason=reason.strip()[:300],
        store=ctx.store,
        terminal=ctx.terminal,
    )
    return int(entry.id)

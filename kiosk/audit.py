"""The audit log: one row per change, whoever made it, written inside the transaction of the change.

Details never hold personal data: targets are `member:<id>`, `voucher:<id>`, and a code shows
at most its last four characters (code_tail).
"""

from __future__ import annotations

import json
from typing import Any

from db.models import AuditEntry
from kiosk.context import Context

# Who acted when the context names nobody: the customer at the screen, the kiosk's own jobs.
ACTOR_OF_ROLE = {"customer": "customer", "system": "schedule", "owner": "cli"}


def actor(ctx: Context) -> str | None:
    """The name an audit row gives whoever acts in this context."""
    return ctx.staff or ACTOR_OF_ROLE.get(ctx.role)


def code_tail(code: str | None) -> str:
    """The last four characters of a card or voucher code: enough to tell it, never to use it."""
    text = "".join(ch for ch in (code or "") if ch.isalnum())
    return text[-4:]


def member_target(member_id: int) -> str:
    return f"member:{member_id}"


def voucher_target(voucher_id: int) -> str:
    return f"voucher:{voucher_id}"


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
        staff=actor(ctx),
        role=ctx.role,
        action=action[:40],
        target=str(target)[:120],
        details=json.dumps(details or {}, ensure_ascii=False, sort_keys=True, default=str),
        reason=reason.strip()[:300],
        store=ctx.store,
        terminal=ctx.terminal,
    )
    return int(entry.id)

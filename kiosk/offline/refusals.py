"""Vouchers a kiosk issued offline that the server refused: a later scan says why."""

from __future__ import annotations

import hashlib
import json

from db.models import AuditEntry
from kiosk import audit
from kiosk.context import Context

ACTION = "voucher.refused"
REASONS = {
    "insufficient_points": "the member no longer had the points",
    "out_of_stock": "the reward was out of stock",
    "reward_unavailable": "the reward was no longer available",
    "tier_locked": "the reward was for a higher tier",
    "account_blocked": "the account is blocked",
    "account_gone": "the account no longer exists",
    "replaced": "the same request had already issued another voucher, which stays valid",
}


def code_target(code: str) -> str:
    """The audit target of a voucher code: a hash, so the code itself is never stored there."""
    return "voucher-code:" + hashlib.sha256(code.encode("ascii")).hexdigest()[:40]


def record_refused_voucher(ctx: Context, code: str, reason: str) -> None:
    """Remember on the server that this code was issued offline and refused (with why)."""
    audit.record(ctx, ACTION, code_target(code),
                 {"code": audit.code_tail(code), "why": reason}, reason)


def refused_voucher_message(code: str) -> str | None:
    """What to tell staff about a code the server refused, or None when it never did."""
    row = AuditEntry.get_or_none(
        (AuditEntry.action == ACTION) & (AuditEntry.target == code_target(code))
    )
    if row is None:
        return None
    why = json.loads(row.details or "{}").get("why", "")
    because = REASONS.get(why, why or "it could not be recorded")
    return (
        "This voucher was issued while its shop was offline and was not accepted by the "
        f"chain afterwards: {because}."
    )

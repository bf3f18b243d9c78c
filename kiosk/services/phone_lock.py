"""The phone look-up lock: wrong phone PINs lock it; the member's card or a manager lifts it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from db.database import database_proxy
from db.models import Member
from kiosk import audit
from kiosk.context import Context
from kiosk.roles import require


def phone_locked(ctx: Context, failures: int, locked_at: object) -> bool:
    """Tell whether a member's phone look-up is locked (wrong PINs reached the limit)."""
    return locked_at is not None or failures >= ctx.config.security.max_pin_attempts


@dataclass(frozen=True)
class PhoneLock:
    """A member's phone look-up lock as staff see it."""

    locked: bool
    locked_at: datetime | None
    failures: int


def state(ctx: Context, member_id: int) -> PhoneLock:
    """Whether the member's phone look-up is locked, since when and after how many wrong PINs."""
    require(ctx, "members")
    row = (
        Member.select(Member.pin_failures, Member.pin_locked_at)
        .where(Member.id == member_id)
        .tuples()
        .first()
    )
    failures, locked_at = row if row is not None else (0, None)
    return PhoneLock(phone_locked(ctx, failures, locked_at), locked_at, failures)


def record_lock(ctx: Context, member_id: int) -> None:
    """The attempt that used up the last PIN try was wrong: note when and audit it (no phone)."""
    require(ctx, "identify")  # a step of a phone look-up
    with database_proxy.atomic():
        Member.update(pin_locked_at=ctx.now()).where(Member.id == member_id).execute()
        audit.record(
            ctx, "member.pin_locked", audit.member_target(member_id),
            {"failures": ctx.config.security.max_pin_attempts},
        )


def lift(ctx: Context, member_id: int, action: str, reason: str = "") -> bool:
    """Clear wrong phone PINs and the lock; audit `action` when a lock was lifted.

    Return whether a lock was lifted. Wrong attempts short of the limit are cleared silently.
    """
    require(ctx, "identify")  # the member's own card at the kiosk, or a manager's reset
    limit = ctx.config.security.max_pin_attempts
    with database_proxy.atomic():
        row = (
            Member.select(Member.pin_failures, Member.pin_locked_at)
            .where(Member.id == member_id)
            .tuples()
            .first()
        )
        if row is None or (not row[0] and row[1] is None):
            return False
        Member.update(pin_failures=0, pin_locked_at=None).where(Member.id == member_id).execute()
        was_locked = row[1] is not None or row[0] >= limit
        if was_locked:
            audit.record(ctx, action, audit.member_target(member_id), {"failures": row[0]}, reason)
    return was_locked

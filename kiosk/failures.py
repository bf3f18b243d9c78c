"""Sorts exceptions from background work into expected kiosk problems and bugs."""

from __future__ import annotations

import logging

import peewee

from db.database import DiskFull, close_database
from kiosk.errors import DatabaseUnavailable, KioskError, Refused
from kiosk.errors import DiskFull as DiskFullError

log = logging.getLogger("kiosk")


def _root_cause(exc: BaseException) -> BaseException:
    """The database error that started it: a failed rollback after a failed write reports the
    rollback, with the write's error as its context."""
    seen = {id(exc)}
    cause = exc
    while "no transaction is active" in str(cause):
        earlier = cause.__cause__ or cause.__context__
        if earlier is None or id(earlier) in seen:
            break
        seen.add(id(earlier))
        cause = earlier
    return cause


def _constraint(exc: peewee.IntegrityError) -> str:
    """The unique constraint an IntegrityError names, lower case ('' when none is named)."""
    original = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    diag = getattr(original, "diag", None) or getattr(exc, "diag", None)
    name = getattr(diag, "constraint_name", None) if diag is not None else None
    return (name or str(exc)).lower()


def refusal_for_conflict(exc: peewee.IntegrityError) -> KioskError:
    """The usual refusal for a write that lost a race against another kiosk's."""
    constraint = _constraint(exc)
    if "card" in constraint and "number" in constraint:
        return Refused("This card is already registered to a member.", reason="card_taken")
    if "member" in constraint and "phone" in constraint:
        return Refused("A member with this phone number already exists.", reason="phone_exists")
    log.warning("Write conflict: %s", constraint.splitlines()[0] if constraint else "unknown")
    return Refused(
        "Someone else changed this at the same moment. Please try again.",
        reason="write_conflict",
    )


def as_kiosk_error(exc: BaseException) -> KioskError | None:
    """The expected problem this exception stands for, or None when it is a bug."""
    if isinstance(exc, KioskError):
        return exc
    exc = _root_cause(exc)
    if isinstance(exc, DiskFull):
        log.warning("Disk full: %s", exc)
        return DiskFullError(
            "The disk is full: nothing can be saved. Free some space on the kiosk's disk.",
            reason="disk_full",
        )
    if isinstance(exc, peewee.IntegrityError):
        return refusal_for_conflict(exc)
    if isinstance(exc, peewee.OperationalError | peewee.InterfaceError):
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        log.warning("Database unavailable: %s", first_line)
        reason = "database_timeout" if "did not answer" in first_line else ""
        return DatabaseUnavailable(
            f"The database cannot be reached: {first_line}", reason=reason
        )
    return None


def reset_connection() -> None:
    """Close this thread's database connection so the next job opens a fresh one."""
    try:
        close_database()
    except peewee.PeeweeException as exc:
        log.warning("Closing the database connection failed: %s", exc)

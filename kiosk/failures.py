"""Sorts exceptions from background work into expected kiosk problems and bugs."""

from __future__ import annotations

import logging

import peewee

from db.database import close_database
from kiosk.errors import DatabaseUnavailable, KioskError

log = logging.getLogger("kiosk")


def as_kiosk_error(exc: BaseException) -> KioskError | None:
    """The expected problem this exception stands for, or None when it is a bug."""
    if isinstance(exc, KioskError):
        return exc
    if isinstance(exc, peewee.OperationalError | peewee.InterfaceError):
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        log.warning("Database unavailable: %s", first_line)
        return DatabaseUnavailable(f"The database cannot be reached: {first_line}")
    return None


def reset_connection() -> None:
    """Close this thread's database connection so the next job opens a fresh one."""
    try:
        close_database()
    except peewee.PeeweeException as exc:
        log.warning("Closing the database connection failed: %s", exc)

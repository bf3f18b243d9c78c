"""Clocks: the system clock and a settable one for tests; all times are naive UTC."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta


def utc_now() -> datetime:
    """Return the current time as naive UTC, the form stored in the database."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return utc_now()


@dataclass
class FixedClock:
    """A clock that stays where it is put, for tests and simulations."""

    current: datetime = field(default_factory=utc_now)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current = self.current + timedelta(**delta)

"""The context a use case runs in: configuration, clock, signing secret, who and where."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from kiosk.clock import SystemClock
from kiosk.config import Config
from kiosk.ports import Clock


@dataclass(frozen=True)
class Context:
    """Everything a service needs besides the database, which the proxy provides."""

    config: Config
    secret: bytes
    clock: Clock = SystemClock()
    staff: str | None = None  # who is acting; None on the customer screen and the command line
    role: str | None = None  # clerk or manager; None: the shop's own command line, allowed all

    @property
    def store(self) -> str:
        return self.config.store.id

    @property
    def terminal(self) -> str:
        return self.config.store.terminal

    def now(self) -> datetime:
        return self.clock.now()

    def as_staff(self, staff: str | None, role: str | None = None) -> Context:
        return replace(self, staff=staff, role=role)

    def lot_expiry(self, earned_at: datetime) -> datetime | None:
        days = self.config.programme.points_expire_days
        return earned_at + timedelta(days=days) if days else None

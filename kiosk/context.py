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
    staff: str | None = None  # who is acting: a staff name, "cli:<OS user>", "schedule"; None
    role: str = "customer"  # kiosk.roles: customer, clerk, manager, owner (command line), system
    staff_store: str | None = None  # the shop the acting staff account belongs to; None: chain-wide
    # served from a chain kiosk's local copy while the server is away: nothing is granted on its
    # own there (a birthday bonus waits for the server, which grants it at the next scan)
    offline: bool = False

    @property
    def store(self) -> str:
        return self.config.store.id

    @property
    def terminal(self) -> str:
        return self.config.store.terminal

    def now(self) -> datetime:
        return self.clock.now()

    def as_staff(self, staff: str | None, role: str, store: str | None = None) -> Context:
        """The same context acting as someone else, with their role and the shop they belong to
        (None: the whole chain)."""
        return replace(self, staff=staff, role=role, staff_store=store)

    def as_customer(self) -> Context:
        """The customer screen's context: nobody named, the customer role."""
        return replace(self, staff=None, role="customer", staff_store=None)

    def lot_expiry(self, earned_at: datetime) -> datetime | None:
        days = self.config.programme.points_expire_days
        return earned_at + timedelta(days=days) if days else None

"""Protocols the domain needs from the outside world (clock, printer), implemented elsewhere."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    """Tells the current time as naive UTC."""

    def now(self) -> datetime: ...

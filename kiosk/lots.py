"""Point lots: spending takes from the lot that expires first; the rule is a pure function."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.errors import InsufficientPoints

FAR_FUTURE = datetime(9999, 12, 31)


@dataclass(frozen=True)
class OpenLot:
    """A lot with points left in it."""

    lot_id: int
    remaining: int
    expires_at: datetime | None
    earned_at: datetime


def spending_order(lots: list[OpenLot]) -> list[OpenLot]:
    """Order lots oldest-expiring first; lots that never expire go last, oldest first."""
    return sorted(lots, key=lambda lot: (lot.expires_at or FAR_FUTURE, lot.earned_at, lot.lot_id))


def allocate(lots: list[OpenLot], points: int) -> list[tuple[int, int]]:
    """Return (lot_id, points taken) pairs covering the amount, oldest-expiring first."""
    if points < 0:
        raise ValueError("cannot allocate a negative amount")
    taken: list[tuple[int, int]] = []
    needed = points
    for lot in spending_order(lots):
        if needed == 0:
            break
        take = min(lot.remaining, needed)
        if take > 0:
            taken.append((lot.lot_id, take))
            needed -= take
    if needed:
        raise InsufficientPoints(
            f"{points} points are needed but only {points - needed} are there.",
            reason="insufficient_points",
        )
    return taken

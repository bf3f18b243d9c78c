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


def is_expired(lot: OpenLot, now: datetime) -> bool:
    """A lot is expired from its expiry instant on; lots without a date never expire."""
    return lot.expires_at is not None and lot.expires_at <= now


def allocate(
    lots: list[OpenLot], points: int, now: datetime | None = None
) -> list[tuple[int, int]]:
    """Return (lot_id, points taken) pairs covering the amount, oldest-expiring first; with
    `now`, expired lots are never taken from."""
    if points < 0:
        raise ValueError("cannot allocate a negative amount")
    taken: list[tuple[int, int]] = []
    needed = points
    usable = lots if now is None else [lot for lot in lots if not is_expired(lot, now)]
    for lot in spending_order(usable):
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

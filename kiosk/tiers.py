"""Tier status over a rolling window, and what it takes to reach the next tier or keep this one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.config import TierConfig


@dataclass(frozen=True)
class TierStatus:
    """Where a member stands: tier, qualifying value, and the next step."""

    tier: str
    tier_index: int
    multiplier_text: str
    benefits: str
    basis: str
    value: int
    next_tier: str | None
    next_needed: int
    reach_by: datetime | None
    keep_needed: int
    keep_by: datetime | None
    progress: float


def _tier_for(tiers: Sequence[TierConfig], value: int) -> int:
    index = 0
    for position, tier in enumerate(tiers):
        if value >= tier.threshold:
            index = position
    return index


def tier_status(
    tiers: Sequence[TierConfig],
    events: Sequence[tuple[datetime, int]],
    now: datetime,
    window_days: int,
    basis: str,
) -> TierStatus:
    """Compute tier and progress from qualifying events (time, value) in the rolling window."""
    window = timedelta(days=window_days)
    start = now - window
    in_window = sorted((t, v) for t, v in events if t > start)
    value = max(sum(v for _, v in in_window), 0)
    index = _tier_for(tiers, value)
    current = tiers[index]
    following = tiers[index + 1] if index + 1 < len(tiers) else None
    next_needed = following.threshold - value if following else 0
    reach_by = in_window[0][0] + window if (following and in_window) else None
    keep_needed, keep_by = 0, None
    if index > 0:
        remaining = value
        for position, (moment, amount) in enumerate(in_window):
            remaining -= amount
            if position + 1 < len(in_window) and in_window[position + 1][0] == moment:
                continue  # purchases made at the same moment drop out together
            if remaining < current.threshold:
                keep_needed = current.threshold - remaining
                keep_by = moment + window
                break
    if following:
        progress = min(value / following.threshold, 1.0) if following.threshold else 1.0
    else:
        progress = 1.0
    return TierStatus(
        tier=current.name,
        tier_index=index,
        multiplier_text=f"x{current.multiplier.normalize()}",
        benefits=current.benefits,
        basis=basis,
        value=value,
        next_tier=following.name if following else None,
        next_needed=max(next_needed, 0),
        reach_by=reach_by,
        keep_needed=keep_needed,
        keep_by=keep_by,
        progress=progress,
    )


def explain(status: TierStatus, format_value: object, format_day: object = None) -> str:
    """An English sentence for the CLI; the UI builds its own translated sentence.

    format_day writes a stored instant as the shop's day (default: its UTC day, 19 Aug 2026).
    """
    fmt = format_value if callable(format_value) else str
    day = format_day if callable(format_day) else (lambda moment: f"{moment:%d %b %Y}")
    verb = "Spend" if status.basis == "spend" else "Earn"
    unit = "" if status.basis == "spend" else " tier credits"
    parts = []
    if status.next_tier:
        when = f" by {day(status.reach_by)}" if status.reach_by else " within the window"
        parts.append(
            f"{verb} {fmt(status.next_needed)}{unit} more{when} to reach {status.next_tier}."
        )
    if status.keep_by:
        parts.append(
            f"{verb} {fmt(status.keep_needed)}{unit} more by {day(status.keep_by)} "
            f"to keep {status.tier}."
        )
    if not parts:
        parts.append(f"You are at the top tier, {status.tier}.")
    return " ".join(parts)

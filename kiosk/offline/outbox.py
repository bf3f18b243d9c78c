"""Writing to and reading the outbox (on the local copy, in the caller's transaction)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import fn

from kiosk.offline.replica import dumps
from kiosk.offline.tables import CONFLICT, WAITING, OutboxItem


@dataclass(frozen=True)
class OutboxEntry:
    """An outbox item as lists and the staff page show it."""

    seq: int
    kind: str
    key: str
    state: str
    created_at: datetime
    attempts: int
    reason: str
    last_error: str
    sent_at: datetime | None
    payload: dict[str, Any]
    result: dict[str, Any]


def add_item(
    kind: str,
    key: str,
    payload: dict[str, Any],
    created_at: datetime,
    member_ref: int | None = None,
    origin: str = "kiosk",
) -> int:
    """Queue a change; the same key again is the same change (its seq is returned)."""
    existing = OutboxItem.get_or_none(OutboxItem.key == key)
    if existing is not None:
        return int(existing.seq)
    item = OutboxItem.create(
        kind=kind, key=key, payload=dumps(payload), created_at=created_at,
        member_ref=member_ref, origin=origin,
    )
    return int(item.seq)


def waiting_count() -> int:
    return int(OutboxItem.select().where(OutboxItem.state == WAITING).count())


def conflict_count(unreviewed_only: bool = True) -> int:
    query = OutboxItem.select().where(OutboxItem.state == CONFLICT)
    if unreviewed_only:
        query = query.where(OutboxItem.reviewed_at.is_null())
    return int(query.count())


def waiting_items() -> list[OutboxItem]:
    return list(OutboxItem.select().where(OutboxItem.state == WAITING).order_by(OutboxItem.seq))


def _entry(item: OutboxItem) -> OutboxEntry:
    return OutboxEntry(
        item.seq, item.kind, item.key, item.state, item.created_at, item.attempts, item.reason,
        item.last_error, item.sent_at, json.loads(item.payload), json.loads(item.result or "{}"),
    )


def list_items(states: tuple[str, ...] = (), limit: int = 500) -> list[OutboxEntry]:
    """Outbox items, oldest first (only these states when given)."""
    query = OutboxItem.select().order_by(OutboxItem.seq)
    if states:
        query = query.where(OutboxItem.state.in_(states))
    return [_entry(item) for item in query.limit(limit)]


def spent_offline(member_ref: int) -> int:
    """Points this kiosk's copy spent for a member in redemptions since the last copy (sent or
    not: the balance confirmed at that copy does not know them yet)."""
    total = 0
    for (payload,) in (
        OutboxItem.select(OutboxItem.payload)
        .where((OutboxItem.kind == "redeem") & (OutboxItem.member_ref == member_ref))
        .tuples()
    ):
        total += int(json.loads(payload).get("points", 0))
    return total


def oldest_waiting() -> datetime | None:
    value = OutboxItem.select(fn.MIN(OutboxItem.created_at)).where(
        OutboxItem.state == WAITING
    ).scalar()
    return value

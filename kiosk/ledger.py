"""The append-only ledger: every change of points is an entry, backed by lots and lot uses."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from peewee import fn

from db.models import LedgerEntry, Lot, LotUse, Member
from kiosk.context import Context
from kiosk.errors import InsufficientPoints, NotFound, Refused
from kiosk.lots import OpenLot, allocate


def expired_points_sql(member: Any, now: datetime) -> Any:
    """SQL for the points a member still holds in lots past their date (0 when none).

    `member` is the member id column or value. The expiry job writes these off later; until it
    has, they are in the cached balance but nobody may see or spend them.
    """
    expired = Lot.alias("expired")
    return fn.COALESCE(
        expired.select(fn.SUM(expired.remaining)).where(
            (expired.member == member)
            & (expired.remaining > 0)
            & (expired.expires_at <= now)
        ),
        0,
    )


def spendable_balance_sql(now: datetime) -> Any:
    """SQL for a member row's spendable balance: the cached balance less expired lots.

    For selects over Member: `Member.select(spendable_balance_sql(now).alias("balance"))`.
    """
    return Member.balance - expired_points_sql(Member.id, now)


def spendable_balance(member_id: int, now: datetime) -> int:
    """What the member may spend now: the points in lots that have not expired (one query)."""
    value = (
        Member.select(spendable_balance_sql(now))
        .where(Member.id == member_id)
        .scalar()
    )
    return int(value or 0)


def change_balance(member_id: int, delta: int, now: datetime | None = None) -> None:
    """Move the cached balance by delta; a debit that would go below zero is refused atomically.

    With `now`, a debit may only take points from lots that have not expired at that moment.
    """
    query = Member.update(balance=Member.balance + delta).where(
        (Member.id == member_id) & (Member.status != "erased")
    )
    if delta < 0:
        if now is None:
            query = query.where(Member.balance >= -delta)
        else:
            query = query.where(Member.balance - expired_points_sql(member_id, now) >= -delta)
    if query.execute() == 1:
        return
    row = Member.select(Member.balance, Member.status).where(Member.id == member_id).first()
    if row is None:
        raise NotFound("This member does not exist.", reason="account_gone")
    if row.status == "erased":
        raise Refused("This member's account has been erased.", reason="account_gone")
    available = row.balance if now is None else spendable_balance(member_id, now)
    raise InsufficientPoints(
        f"Not enough points: {-delta} needed, {available} available.",
        reason="insufficient_points",
    )


def write_entry(
    ctx: Context, member_id: int, kind: str, points: int, reason: str, key: str, **refs: object
) -> int:
    """Append one ledger entry and return its id."""
    entry = LedgerEntry.create(
        member=member_id,
        kind=kind,
        points=points,
        reason=reason[:300],
        idempotency_key=key,
        store=ctx.store,
        terminal=ctx.terminal,
        staff=ctx.staff,
        created_at=ctx.now(),
        **refs,
    )
    return int(entry.id)


def credit(
    ctx: Context,
    member_id: int,
    points: int,
    kind: str,
    reason: str,
    key: str,
    expires_at: datetime | bool | None = True,
    **refs: object,
) -> int:
    """Add points in a new lot (expiry from the rules unless given) and return the entry id."""
    if points <= 0:
        raise ValueError("a credit must be positive")
    now = ctx.now()
    change_balance(member_id, points)
    entry_id = write_entry(ctx, member_id, kind, points, reason, key, **refs)
    expiry = ctx.lot_expiry(now) if expires_at is True else expires_at or None
    Lot.create(
        member=member_id,
        entry=entry_id,
        points=points,
        remaining=points,
        earned_at=now,
        expires_at=expiry,
    )
    return entry_id


def open_lots(member_id: int, now: datetime | None = None) -> list[OpenLot]:
    """The member's lots that still hold points; with `now`, only those not expired by then."""
    query = Lot.select(Lot.id, Lot.remaining, Lot.expires_at, Lot.earned_at).where(
        (Lot.member == member_id) & (Lot.remaining > 0)
    )
    if now is not None:
        query = query.where(Lot.expires_at.is_null() | (Lot.expires_at > now))
    return [
        OpenLot(lot_id, remaining, expires, earned)
        for lot_id, remaining, expires, earned in query.tuples()
    ]


def _take_from_lots(entry_id: int, taken: Iterable[tuple[int, int]]) -> None:
    for lot_id, take in taken:
        updated = (
            Lot.update(remaining=Lot.remaining - take)
            .where((Lot.id == lot_id) & (Lot.remaining >= take))
            .execute()
        )
        if updated != 1:
            raise InsufficientPoints(
                "The points changed while they were being spent; try again.",
                reason="insufficient_points",
            )
        LotUse.create(entry=entry_id, lot=lot_id, points=take)


def debit(
    ctx: Context,
    member_id: int,
    points: int,
    kind: str,
    reason: str,
    key: str,
    prefer_lots: Iterable[int] = (),
    **refs: object,
) -> tuple[int, list[tuple[int, int]]]:
    """Take points oldest-expiring first (preferred lots first), never from an expired lot;
    return the entry id and the lots used."""
    if points <= 0:
        raise ValueError("a debit must be positive")
    now = ctx.now()
    change_balance(member_id, -points, now)
    entry_id = write_entry(ctx, member_id, kind, -points, reason, key, **refs)
    lots = open_lots(member_id, now)
    preferred = set(prefer_lots)
    first = [lot for lot in lots if lot.lot_id in preferred]
    taken = allocate(first, min(points, sum(lot.remaining for lot in first)), now) if first else []
    rest_needed = points - sum(t for _, t in taken)
    rest = [lot for lot in lots if lot.lot_id not in preferred]
    taken += allocate(rest, rest_needed, now)
    _take_from_lots(entry_id, taken)
    return entry_id, taken


def debit_lots(
    ctx: Context, member_id: int, taken: list[tuple[int, int]], kind: str, reason: str, key: str
) -> int:
    """Take given amounts from given lots (used by expiry) and return the entry id."""
    total = sum(t for _, t in taken)
    change_balance(member_id, -total)
    entry_id = write_entry(ctx, member_id, kind, -total, reason, key)
    _take_from_lots(entry_id, taken)
    return entry_id


def give_back(
    ctx: Context,
    member_id: int,
    original_entry_id: int,
    kind: str,
    reason: str,
    key: str,
    **refs: object,
) -> tuple[int, int]:
    """Return the points an entry took back into the lots they came from; (entry id, points)."""
    uses = list(
        LotUse.select(LotUse.lot, LotUse.points).where(LotUse.entry == original_entry_id).tuples()
    )
    total = sum(points for _, points in uses)
    if total <= 0:
        return 0, 0
    change_balance(member_id, total)
    entry_id = write_entry(ctx, member_id, kind, total, reason, key, **refs)
    for lot_id, points in uses:
        Lot.update(remaining=Lot.remaining + points).where(Lot.id == lot_id).execute()
        LotUse.create(entry=entry_id, lot=lot_id, points=-points)
    return entry_id, total

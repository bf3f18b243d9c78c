"""Point housekeeping: manual adjustments, balance transfers between members, expiry runs."""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections import defaultdict
from datetime import datetime

from peewee import IntegrityError, fn

from db.database import database_proxy
from db.models import LedgerEntry, Lot, LotUse, Voucher
from kiosk import audit
from kiosk.context import Context
from kiosk.errors import InvalidInput, KioskError, Refused
from kiosk.ledger import (
    change_balance,
    credit,
    debit,
    debit_lots,
    open_lots,
    spendable_balance,
    write_entry,
)
from kiosk.roles import require
from kiosk.safe_text import check_text
from kiosk.services.lookup import get_member
from kiosk.views import Adjustment, ExpiryRun, Transfer

log = logging.getLogger("kiosk")

EXPIRY_BATCH = 5000


def adjust(
    ctx: Context, member_id: int, points: int, reason: str, idempotency_key: str | None = None
) -> Adjustment:
    """Add or remove points by hand; a reason is mandatory. A repeated key changes nothing."""
    require(ctx, "adjust")
    reason = reason.strip()
    if not reason:
        raise InvalidInput("A reason is needed for an adjustment.", reason="reason_missing")
    check_text(reason, "reason", "text_invalid")
    if points == 0:
        raise InvalidInput("An adjustment must change the balance.", reason="points_missing")
    get_member(member_id)
    key = f"adjust:{idempotency_key or uuid.uuid4().hex}"
    previous = LedgerEntry.get_or_none(LedgerEntry.idempotency_key == key)
    if previous is None:
        try:
            with database_proxy.atomic():
                if points > 0:
                    entry_id = credit(ctx, member_id, points, "adjust", reason, key)
                else:
                    entry_id, _ = debit(ctx, member_id, -points, "adjust", reason, key)
                audit.record(
                    ctx,
                    "points.adjust",
                    audit.member_target(member_id),
                    {
                        "points": points,
                        "balance": spendable_balance(member_id, ctx.now()),
                        "entry": entry_id,
                    },
                    reason,
                )
        except IntegrityError:
            previous = LedgerEntry.get(LedgerEntry.idempotency_key == key)
    if previous is not None:
        if previous.member_id != member_id or previous.points != points:
            raise Refused(
                "This adjustment key was already used for another adjustment.", reason="key_reused"
            )
        entry_id = previous.id
    balance = spendable_balance(member_id, ctx.now())
    return Adjustment(entry_id, member_id, points, balance)


def transfer_balance(ctx: Context, from_member: int, to_member: int, reason: str) -> Transfer:
    """Move every point from one member to another, keeping each lot's expiry date."""
    require(ctx, "transfer")
    with database_proxy.atomic():
        done = move_all_points(ctx, from_member, to_member, reason)
        if done.points:
            audit.record(
                ctx,
                "points.transfer",
                audit.member_target(from_member),
                {"to": to_member, "points_moved": done.points},
                reason.strip(),
            )
    return done


def move_all_points(ctx: Context, from_member: int, to_member: int, reason: str) -> Transfer:
    """The move itself, for a use case that checked the role and writes its own audit row
    (a transfer, a merge of two members)."""
    if from_member == to_member:
        raise InvalidInput("Choose two different members.", reason="members_same")
    source, target = get_member(from_member), get_member(to_member)
    if target.status != "active":
        raise Refused("Points can only move to an active member.", reason="target_inactive")
    key = uuid.uuid4().hex
    with database_proxy.atomic():
        for member_id in sorted((from_member, to_member)):
            change_balance(member_id, 0)
        lots = open_lots(source.id, ctx.now())
        total = sum(lot.remaining for lot in lots)
        if total == 0:
            return Transfer(from_member, to_member, 0)
        _, taken = debit(
            ctx,
            from_member,
            total,
            "transfer",
            f"Moved to member {to_member}: {reason}",
            f"transfer-out:{key}",
        )
        expiry = {lot.lot_id: lot.expires_at for lot in lots}
        change_balance(to_member, total)
        in_id = write_entry(
            ctx,
            to_member,
            "transfer",
            total,
            f"Moved from member {from_member}: {reason}",
            f"transfer-in:{key}",
        )
        now = ctx.now()
        for lot_id, points in taken:
            Lot.create(
                member=to_member,
                entry=in_id,
                points=points,
                remaining=points,
                earned_at=now,
                expires_at=expiry[lot_id],
            )
    return Transfer(from_member, to_member, total)


def _expiry_key(member_id: int, lots: list[tuple[int, int]]) -> str:
    """The same key for the same expiry however often it runs: each lot with how many times its
    points moved (a voided voucher that puts points back into an expired lot moves it again)."""
    uses = dict(
        LotUse.select(LotUse.lot, fn.COUNT(LotUse.id))
        .where(LotUse.lot.in_([lot_id for lot_id, _ in lots]))
        .group_by(LotUse.lot)
        .tuples()
    )
    state = ",".join(f"{lot_id}.{uses.get(lot_id, 0)}" for lot_id, _ in sorted(lots))
    return f"expire:{member_id}:{hashlib.sha256(state.encode('ascii')).hexdigest()[:40]}"


def _expire_member(
    ctx: Context, member_id: int, lot_ids: list[int], now: datetime
) -> tuple[int, int]:
    """Write off one member's expired lots in one transaction; return (lots, points), zeros
    when another run of the job wrote them off already."""
    try:
        with database_proxy.atomic():
            change_balance(member_id, 0)  # holds the member's row until the entry is written
            current = list(
                Lot.select(Lot.id, Lot.remaining)
                .where(Lot.id.in_(lot_ids) & (Lot.remaining > 0) & (Lot.expires_at <= now))
                .order_by(Lot.id)
                .tuples()
            )
            if not current:
                return 0, 0
            total = sum(points for _, points in current)
            debit_lots(
                ctx,
                member_id,
                current,
                "expire",
                f"{total} points expired",
                _expiry_key(member_id, current),
            )
            return len(current), total
    except IntegrityError:  # the same expiry was written by another run at the same moment
        return 0, 0


def expire_points(ctx: Context) -> ExpiryRun:
    """Write an expire entry for every lot past its date that still holds points.

    Safe to run twice, or on two kiosks at once: each member's lots are re-read under a lock,
    and the entry's key is derived from the lots it writes off. One audit row tells what the
    run wrote off (every run, so that a run that found nothing is on record too).
    """
    require(ctx, "expire")
    now = ctx.now()
    members: set[int] = set()
    lots_done = points_done = 0
    last_id = 0
    while True:
        batch = list(
            Lot.select(Lot.id, Lot.member, Lot.remaining)
            .where((Lot.remaining > 0) & (Lot.expires_at <= now) & (Lot.id > last_id))
            .order_by(Lot.id)
            .limit(EXPIRY_BATCH)
            .tuples()
        )
        if not batch:
            break
        last_id = batch[-1][0]
        by_member: dict[int, list[int]] = defaultdict(list)
        for lot_id, member_id, _ in batch:
            by_member[member_id].append(lot_id)
        for member_id, lot_ids in by_member.items():
            try:
                lots, total = _expire_member(ctx, member_id, lot_ids, now)
            except KioskError as exc:  # an erased or vanished member: nothing to write off
                log.warning("Expiry skipped member %d: %s", member_id, exc.message)
                continue
            if total:
                members.add(member_id)
                lots_done += lots
                points_done += total
    with database_proxy.atomic():
        vouchers = (
            Voucher.update(status="expired")
            .where(Voucher.status.in_(("issued", "printed")) & (Voucher.expires_at <= now))
            .execute()
        )
        audit.record(
            ctx,
            "points.expire",
            "",
            {
                "members": len(members),
                "lots": lots_done,
                "points_expired": points_done,
                "vouchers": vouchers,
            },
        )
    return ExpiryRun(len(members), lots_done, points_done, vouchers, now)

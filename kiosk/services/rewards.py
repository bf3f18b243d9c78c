"""Rewards and donations: points are taken and the voucher created in one transaction."""

from __future__ import annotations

from datetime import timedelta

from peewee import IntegrityError

from db.database import database_proxy
from db.models import Cause, LedgerEntry, Member, Reward, Voucher
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.ledger import debit
from kiosk.services.lookup import (
    active_card,
    active_causes,
    first_name,
    get_member,
    member_tier,
    tier_rank,
)
from kiosk.views import CauseOption, Donation, RewardInfo, VoucherIssued
from kiosk.vouchers import format_code, new_voucher_code

CODE_ATTEMPTS = 8


def list_rewards(ctx: Context, include_inactive: bool = False) -> list[RewardInfo]:
    """The reward catalogue, cheapest first."""
    query = Reward.select().order_by(Reward.sort_order, Reward.cost, Reward.id)
    if not include_inactive:
        query = query.where(Reward.active == True)  # noqa: E712
    return [
        RewardInfo(
            r.id,
            r.name,
            r.description,
            r.cost,
            r.min_tier,
            r.stock,
            r.validity_days,
            r.active,
            r.active_from,
            r.active_until,
        )
        for r in query
    ]


def list_causes(ctx: Context) -> list[CauseOption]:
    """Causes that accept donations, with their translations."""
    return active_causes()


def _check_idempotency_key(key: str) -> str:
    key = key.strip()
    if not key or len(key) > 100:
        raise InvalidInput(
            "An idempotency key of 1 to 100 characters is needed.", reason="key_invalid"
        )
    return key


def _issued_view(voucher: Voucher, reward: Reward, member: Member, repeated: bool) -> VoucherIssued:
    balance = Member.select(Member.balance).where(Member.id == member.id).scalar()
    return VoucherIssued(
        voucher_id=voucher.id,
        voucher_code=voucher.code,
        display_code=format_code(voucher.code),
        reward_id=reward.id,
        reward_name=reward.name,
        points=voucher.points,
        balance=balance,
        member_id=member.id,
        first_name=first_name(member.name),
        card=active_card(member.id),
        issued_at=voucher.issued_at,
        expires_at=voucher.expires_at,
        status=voucher.status,
        repeated=repeated,
    )


def _status_reason(status: str) -> str:
    return "account_gone" if status == "erased" else "account_blocked"


def _check_reward(ctx: Context, reward: Reward | None, member_id: int) -> Reward:
    now = ctx.now()
    if reward is None or not reward.active:
        raise NotFound("This reward is not available.", reason="reward_unavailable")
    if (reward.active_from and reward.active_from > now) or (
        reward.active_until and reward.active_until <= now
    ):
        raise Refused(
            f"'{reward.name}' is not available at the moment.", reason="reward_unavailable"
        )
    if reward.min_tier:
        tier = member_tier(ctx, member_id)
        if tier_rank(ctx, reward.min_tier) > tier.tier_index:
            raise Refused(
                f"'{reward.name}' is for {reward.min_tier} members and above.",
                reason="tier_locked",
            )
    return reward


def redeem_reward(
    ctx: Context, member_id: int, reward_id: int, idempotency_key: str
) -> VoucherIssued:
    """Take the points and create the voucher in one transaction; a repeated key returns it."""
    key = _check_idempotency_key(idempotency_key)
    member = get_member(member_id)
    if member.status != "active":
        raise Refused(
            "This account cannot redeem rewards. Please ask a member of staff.",
            reason=_status_reason(member.status),
        )
    existing = Voucher.get_or_none(Voucher.idempotency_key == key)
    if existing is not None:
        if existing.member_id != member_id or existing.reward_id != reward_id:
            raise Refused("This request was already used for another voucher.", reason="key_reused")
        return _issued_view(existing, Reward.get_by_id(existing.reward_id), member, True)
    reward = _check_reward(ctx, Reward.get_or_none(Reward.id == reward_id), member_id)
    now = ctx.now()
    days = reward.validity_days or ctx.config.programme.voucher_validity_days
    try:
        with database_proxy.atomic():
            if reward.stock is not None:
                taken = (
                    Reward.update(stock=Reward.stock - 1)
                    .where((Reward.id == reward.id) & (Reward.stock > 0))
                    .execute()
                )
                if not taken:
                    raise Refused(f"'{reward.name}' is out of stock.", reason="out_of_stock")
            entry_id, _ = debit(
                ctx,
                member_id,
                reward.cost,
                "redeem",
                f"Reward: {reward.name}",
                f"voucher:{key}",
                reference=reward.name[:80],
            )
            voucher = _create_voucher(ctx, member_id, reward, entry_id, key, now, days)
    except IntegrityError:
        existing = Voucher.get_or_none(Voucher.idempotency_key == key)
        if existing is None:
            raise
        return _issued_view(existing, reward, member, True)
    return _issued_view(voucher, reward, member, False)


def _create_voucher(
    ctx: Context, member_id: int, reward: Reward, entry_id: int, key: str, now, days: int
) -> Voucher:
    for _ in range(CODE_ATTEMPTS):
        code = new_voucher_code(ctx.secret)
        if Voucher.select(Voucher.id).where(Voucher.code == code).exists():
            continue
        return Voucher.create(
            code=code,
            member=member_id,
            reward=reward.id,
            entry=entry_id,
            points=reward.cost,
            idempotency_key=key,
            store=ctx.store,
            terminal=ctx.terminal,
            issued_at=now,
            expires_at=now + timedelta(days=days),
        )
    raise RuntimeError("could not find a free voucher code")


def donate(
    ctx: Context, member_id: int, cause_id: int, points: int, idempotency_key: str
) -> Donation:
    """Give points to a cause; a repeated key does not give twice."""
    key = _check_idempotency_key(idempotency_key)
    if points <= 0:
        raise InvalidInput("Choose how many points to give.", reason="points_missing")
    member = get_member(member_id)
    if member.status != "active":
        raise Refused(
            "This account cannot donate points. Please ask a member of staff.",
            reason=_status_reason(member.status),
        )
    cause = Cause.get_or_none((Cause.id == cause_id) & (Cause.active == True))  # noqa: E712
    if cause is None:
        raise NotFound("This cause is not accepting donations.", reason="cause_unavailable")
    ledger_key = f"donate:{key}"
    previous = LedgerEntry.get_or_none(LedgerEntry.idempotency_key == ledger_key)
    if previous is None:
        try:
            with database_proxy.atomic():
                entry_id, _ = debit(
                    ctx,
                    member_id,
                    points,
                    "donate",
                    f"Donation to {cause.name}",
                    ledger_key,
                    cause=cause.id,
                    reference=cause.name[:80],
                )
        except IntegrityError:
            previous = LedgerEntry.get(LedgerEntry.idempotency_key == ledger_key)
    if previous is not None:
        entry_id, points = previous.id, -previous.points
    at = LedgerEntry.select(LedgerEntry.created_at).where(LedgerEntry.id == entry_id).scalar()
    balance = Member.select(Member.balance).where(Member.id == member_id).scalar()
    return Donation(
        entry_id, cause.id, cause.name, points, balance, member_id, first_name(member.name), at
    )

"""Rewards and donations: points are taken and the voucher created in one transaction."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import NamedTuple

from peewee import IntegrityError, InterfaceError, OperationalError

from db.database import database_proxy
from db.models import Cause, LedgerEntry, Member, Reward, Voucher
from kiosk import audit
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, RedeemUnconfirmed, Refused
from kiosk.ledger import debit
from kiosk.roles import require
from kiosk.safe_text import check_text
from kiosk.services.lookup import (
    SPENDABLE_BALANCE,
    active_causes,
    first_name,
    get_member,
    member_tier,
    tier_rank,
)
from kiosk.services.statements import Statement
from kiosk.shop_codes import offered_at, parse_stores
from kiosk.views import (
    CauseOption,
    Donation,
    RewardInfo,
    VoucherIssued,
    cached_translations,
    translate,
)
from kiosk.vouchers import format_code, new_voucher_code

log = logging.getLogger("kiosk.rewards")

CODE_ATTEMPTS = 8


def list_rewards(ctx: Context, include_inactive: bool = False) -> list[RewardInfo]:
    """The reward catalogue, cheapest first."""
    require(ctx, "rewards")
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
            stores=parse_stores(r.stores),
        )
        for r in query
    ]


def list_causes(ctx: Context) -> list[CauseOption]:
    """Causes that accept donations, with their translations."""
    require(ctx, "rewards")
    return active_causes(ctx.store)


def _check_idempotency_key(key: str) -> str:
    key = key.strip()
    if not key or len(key) > 100:
        raise InvalidInput(
            "An idempotency key of 1 to 100 characters is needed.", reason="key_invalid"
        )
    return check_text(key, "idempotency key", "key_invalid")


# The redeem's reads, one statement each.
VOUCHER_BY_KEY = Statement(
    """SELECT id, code, member_id, reward_id, points, status, issued_at, expires_at
       FROM "voucher" WHERE idempotency_key = ?""",
    (None, None, None, None, None, None, Voucher.issued_at, Voucher.expires_at),
)
REDEEMER = Statement(
    """SELECT m.name, m.language, m.status,
         (SELECT c.number FROM "card" c WHERE c.member_id = m.id AND c.status = 'active'
          ORDER BY c.issued_at DESC, c.id DESC LIMIT 1)
       FROM "member" m WHERE m.id = ?"""
)
REWARD_ROW = Statement(
    """SELECT id, name, description, cost, min_tier, stock, validity_days, active, active_from,
         active_until, translations, stores FROM "reward" WHERE id = ?""",
    (*(None,) * 7, Reward.active, Reward.active_from, Reward.active_until),
)
TAKE_STOCK = Statement("""UPDATE "reward" SET stock = stock - 1 WHERE id = ? AND stock > 0""")
BALANCE = Statement(f"""SELECT {SPENDABLE_BALANCE} FROM "member" m WHERE m.id = ?""")


class RewardRow(NamedTuple):
    """The reward columns a redeem needs."""

    id: int
    name: str
    description: str
    cost: int
    min_tier: str
    stock: int | None
    validity_days: int | None
    active: bool
    active_from: datetime | None
    active_until: datetime | None
    translations: str | None
    stores: str = ""  # shop codes, comma-separated; empty: every shop


class Redeemer(NamedTuple):
    """The member columns a redeem needs."""

    name: str
    language: str
    status: str
    card: str | None


class IssuedRow(NamedTuple):
    """A saved voucher's columns."""

    id: int
    code: str
    member_id: int
    reward_id: int
    points: int
    status: str
    issued_at: datetime
    expires_at: datetime


def _issued_view(
    voucher: IssuedRow,
    reward: RewardRow,
    member_id: int,
    member: Redeemer,
    balance: int,
    key: str,
    repeated: bool,
) -> VoucherIssued:
    title, description = translate(
        reward.name, reward.description, cached_translations(reward.translations), member.language
    )
    return VoucherIssued(
        voucher_id=voucher.id,
        voucher_code=voucher.code,
        display_code=format_code(voucher.code),
        reward_id=reward.id,
        reward_name=reward.name,
        points=voucher.points,
        balance=balance,
        member_id=member_id,
        first_name=first_name(member.name),
        card=member.card,
        issued_at=voucher.issued_at,
        expires_at=voucher.expires_at,
        status=voucher.status,
        repeated=repeated,
        idempotency_key=key,
        language=member.language,
        title=title,
        description=description,
    )


def _status_reason(status: str) -> str:
    return "account_gone" if status == "erased" else "account_blocked"


def _check_reward(ctx: Context, reward: RewardRow | None, member_id: int) -> RewardRow:
    now = ctx.now()
    if reward is None or not reward.active:
        raise NotFound("This reward is not available.", reason="reward_unavailable")
    if (reward.active_from and reward.active_from > now) or (
        reward.active_until and reward.active_until <= now
    ):
        raise Refused(
            f"'{reward.name}' is not available at the moment.", reason="reward_unavailable"
        )
    if not offered_at(reward.stores, ctx.store):
        raise Refused(
            f"'{reward.name}' is not offered at this shop ({ctx.store}); it is offered at "
            f"{', '.join(parse_stores(reward.stores))}.",
            reason="reward_not_here",
        )
    if reward.min_tier:
        tier = member_tier(ctx, member_id)
        if tier_rank(ctx, reward.min_tier) > tier.tier_index:
            raise Refused(
                f"'{reward.name}' is for {reward.min_tier} members and above.",
                reason="tier_locked",
            )
    return reward


def _reward_row(reward_id: int) -> RewardRow | None:
    row = REWARD_ROW.one(reward_id)
    return None if row is None else RewardRow(*row)


def _repeated(
    ctx: Context, key: str, found: tuple, member_id: int, reward_id: int, member: Redeemer
) -> VoucherIssued:
    existing = IssuedRow(*found)
    if existing.member_id != member_id or existing.reward_id != reward_id:
        raise Refused("This request was already used for another voucher.", reason="key_reused")
    reward = _reward_row(existing.reward_id)
    assert reward is not None  # a voucher's reward is never deleted
    (balance,) = BALANCE.one(ctx.now(), member_id) or (0,)
    return _issued_view(existing, reward, member_id, member, balance, key, True)


def redeem_reward(
    ctx: Context, member_id: int, reward_id: int, idempotency_key: str, code: str | None = None
) -> VoucherIssued:
    """Take the points and create the voucher in one transaction; a repeated key returns it.

    `code`: the voucher's code when it exists already (issued by a kiosk while offline and now
    sent to the server); otherwise a new one.

    Nothing touches the database after the commit: everything the screen and the printed
    voucher need comes back in the result (in the member's language). A database failure
    while the voucher is being saved raises RedeemUnconfirmed with the key to retry with.
    """
    require(ctx, "redeem")
    key = _check_idempotency_key(idempotency_key)
    found = REDEEMER.one(member_id)
    if found is None:
        raise NotFound("This member does not exist.", reason="account_gone")
    member = Redeemer(*found)
    if member.status != "active":
        raise Refused(
            "This account cannot redeem rewards. Please ask a member of staff.",
            reason=_status_reason(member.status),
        )
    existing = VOUCHER_BY_KEY.one(key)
    if existing is not None:
        return _repeated(ctx, key, existing, member_id, reward_id, member)
    reward = _check_reward(ctx, _reward_row(reward_id), member_id)
    now = ctx.now()
    days = reward.validity_days or ctx.config.programme.voucher_validity_days
    try:
        for _ in range(CODE_ATTEMPTS):
            try:
                with database_proxy.atomic():
                    if reward.stock is not None and not TAKE_STOCK.run(reward.id):
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
                    voucher = _create_voucher(
                        ctx, member_id, reward, entry_id, key, now, days, code
                    )
                    audit.record(
                        ctx,
                        "reward.redeem",
                        audit.voucher_target(voucher.id),
                        {
                            "member": member_id,
                            "reward": reward.id,
                            "points": reward.cost,
                            "code": audit.code_tail(voucher.code),
                        },
                    )
                    (balance,) = BALANCE.one(ctx.now(), member_id) or (0,)
            except IntegrityError:
                existing = VOUCHER_BY_KEY.one(key)
                if existing is None:
                    continue  # the new code was taken (about 1 in 34 billion): another code
                return _repeated(ctx, key, existing, member_id, reward_id, member)
            log.info("Voucher %d issued: reward %d for member %d, %d points", voucher.id,
                     reward.id, member_id, reward.cost)
            return _issued_view(voucher, reward, member_id, member, balance, key, False)
    except (OperationalError, InterfaceError) as exc:
        raise RedeemUnconfirmed(
            f"The database stopped answering while the voucher was being saved "
            f"({_first_line(exc)}). Try again with the same request key {key}: it returns "
            "the voucher if it was saved and never takes the points twice.",
            key,
        ) from exc
    raise RuntimeError("could not find a free voucher code")


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _create_voucher(
    ctx: Context,
    member_id: int,
    reward: RewardRow,
    entry_id: int,
    key: str,
    now: datetime,
    days: int,
    code: str | None = None,
) -> IssuedRow:
    code = code or new_voucher_code(ctx.secret)
    expires_at = now + timedelta(days=days)
    voucher_id = Voucher.insert(
        code=code,
        member=member_id,
        reward=reward.id,
        entry=entry_id,
        points=reward.cost,
        idempotency_key=key,
        store=ctx.store,
        terminal=ctx.terminal,
        issued_at=now,
        expires_at=expires_at,
    ).execute()
    return IssuedRow(voucher_id, code, member_id, reward.id, reward.cost, "issued", now, expires_at)


def donate(
    ctx: Context, member_id: int, cause_id: int, points: int, idempotency_key: str
) -> Donation:
    """Give points to a cause; a repeated key does not give twice."""
    require(ctx, "donate")
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
    if not offered_at(cause.stores, ctx.store):
        raise Refused(
            f"'{cause.name}' takes donations at {', '.join(parse_stores(cause.stores))}, "
            f"not at this shop ({ctx.store}).",
            reason="reward_not_here",
        )
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
                audit.record(
                    ctx,
                    "points.donate",
                    audit.member_target(member_id),
                    {"cause": cause.id, "points": points, "entry": entry_id},
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

"""Changes made on the local copy while offline: the local effect and its outbox item in one
transaction, so the copy never shows a change the outbox would not send (nor the reverse)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import peewee

from db.database import use_database
from db.models import Member, Reward, Voucher
from kiosk.context import Context
from kiosk.errors import NotFound, Refused
from kiosk.offline.outbox import add_item, spent_offline, waiting_count
from kiosk.offline.settings import offline_rules
from kiosk.offline.tables import LocalRow, MemberSync, OutboxItem
from kiosk.services.lookup import active_card

T = TypeVar("T")


@dataclass(frozen=True)
class Queued:
    """A change kept in the outbox: its number, the local result (None when the copy could not
    show it, e.g. a card it does not hold) and how many changes now wait."""

    seq: int
    result: Any
    waiting: int


def purchase_key(ctx: Context, receipt: str) -> str:
    return f"purchase:{ctx.store}:{receipt.strip()}"


def enrol_key(card: str) -> str:
    return f"enrol:{card}"


def redeem_key(key: str) -> str:
    return f"redeem:{key.strip()}"


def voucher_key(code: str) -> str:
    return f"voucher:{code}"


def made_here(member_id: int) -> bool:
    """Whether the member row was made by this copy (an offline enrolment)."""
    return LocalRow.select().where(
        (LocalRow.table == "member") & (LocalRow.row_id == member_id)
    ).exists()


def member_payload(member_id: int) -> dict[str, Any]:
    """How the server will find the member: its id when the copy had it from the server, its
    card when the member was enrolled offline (the card number is the enrolment's key)."""
    return {"member_id": None if made_here(member_id) else member_id,
            "card": active_card(member_id)}


def who(ctx: Context) -> dict[str, Any]:
    return {"staff": ctx.staff, "role": ctx.role, "staff_store": ctx.staff_store}


def queue(
    ctx: Context,
    replica: peewee.Database,
    kind: str,
    key: str,
    work: Callable[[], T],
    payload_of: Callable[[T], tuple[dict[str, Any], int | None]],
    origin: str = "kiosk",
) -> Queued:
    """Run work on the copy and queue its item, in one transaction of the copy."""
    moment = ctx.now()  # when it happened: the server records it at this moment
    with use_database(replica), replica.atomic():
        result = work()
        payload, member_ref = payload_of(result)
        seq = add_item(kind, key, {**payload, **who(ctx)}, moment, member_ref, origin)
        waiting = waiting_count()
    return Queued(seq, result, waiting)


def queued_before(replica: peewee.Database, key: str) -> bool:
    with use_database(replica):
        return OutboxItem.select().where(OutboxItem.key == key).exists()


def check_offline_redeem(member_id: int, reward_id: int) -> int:
    """Refuse a redemption the offline rules do not allow; the points it costs.

    At most offline_redeem_limit points per member at this kiosk while offline, and never more
    than the balance confirmed at the last copy less what this kiosk already spent offline.
    """
    rules = offline_rules()
    if rules.redeem_limit <= 0:
        raise Refused(
            "Rewards cannot be redeemed while the shop is offline. Please try again later.",
            reason="offline_redeem_off",
        )
    cost = Reward.select(Reward.cost).where(Reward.id == reward_id).scalar()
    if cost is None:
        raise NotFound("This reward is not available.", reason="reward_unavailable")
    spent = spent_offline(member_id)
    if spent + cost > rules.redeem_limit:
        raise Refused(
            f"While the shop is offline at most {rules.redeem_limit} points can be spent per "
            "member. Please try again later.",
            reason="offline_redeem_limit",
        )
    confirmed = MemberSync.select(MemberSync.balance).where(
        MemberSync.member_id == member_id).scalar() or 0
    if spent + cost > confirmed:
        raise Refused(
            "Only points confirmed before the shop went offline can be spent now. "
            "Please try again later.",
            reason="offline_points_unconfirmed",
        )
    return int(cost)


def voucher_payload(key: str) -> tuple[dict[str, Any], int]:
    """The outbox payload of the voucher the copy just issued under this request key."""
    voucher = Voucher.get(Voucher.idempotency_key == key)
    payload = {**member_payload(voucher.member_id), "reward_id": voucher.reward_id,
               "key": key, "code": voucher.code, "points": voucher.points}
    return payload, int(voucher.member_id)


def enrol_payload(
    member_id: int, card: str, name: str, phone: str | None, email: str | None,
    birthday: date | None, language: str, consent: bool,
) -> tuple[dict[str, Any], int]:
    pin_hash = Member.select(Member.pin_hash).where(Member.id == member_id).scalar()
    return {"card": card, "name": name, "phone": phone, "email": email,
            "birthday": birthday.isoformat() if birthday else None, "language": language,
            "consent": consent, "pin_hash": pin_hash}, member_id

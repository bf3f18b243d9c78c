"""Sending one outbox item to the server: the same use case, the same key, the same moment."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import InterfaceError, OperationalError

from db.models import Card, Member, Voucher
from kiosk.clock import FixedClock
from kiosk.context import Context
from kiosk.errors import DatabaseUnavailable, KioskError, Refused
from kiosk.failures import as_kiosk_error
from kiosk.offline.refusals import record_refused_voucher
from kiosk.offline.tables import CONFLICT, SENT
from kiosk.reports.days import forget_day
from kiosk.services.lookup import resolve
from kiosk.services.members import enrol
from kiosk.services.purchases import record_purchase, refund
from kiosk.services.rewards import redeem_reward
from kiosk.services.vouchers import redeem_voucher

log = logging.getLogger("kiosk.offline")


class ServerUnreachable(Exception):
    """The server stopped answering while an item was being sent: it stays waiting."""


@dataclass(frozen=True)
class Outcome:
    """What the server made of an item: sent (with its answer) or a conflict with a reason."""

    state: str
    reason: str = ""
    message: str = ""
    result: dict[str, Any] | None = None


def item_context(base: Context, payload: dict[str, Any], created_at: datetime) -> Context:
    """The context the change was made in: who did it, and a clock fixed at that moment."""
    ctx = Context(base.config, base.secret, FixedClock(created_at))
    return ctx.as_staff(payload.get("staff"), payload.get("role") or "customer",
                        payload.get("staff_store"))


def _member(ctx: Context, payload: dict[str, Any]) -> int:
    """The server's member: by id when the copy had it from the server, else by card."""
    member_id = payload.get("member_id")
    if member_id is not None:
        return int(member_id)
    return resolve(ctx, str(payload["card"])).member_id  # a card (or a phone number)


def _purchase(ctx: Context, payload: dict[str, Any], created_at: datetime) -> dict[str, Any]:
    member_id = _member(ctx, payload)
    result = record_purchase(ctx, None, int(payload["amount_minor"]), payload["receipt"],
                             payload.get("lines") or None, member_id=member_id)
    forget_day(created_at.date())  # a finished day's report totals count it again
    return {"member_id": member_id, "points": result.points_earned,
            "duplicate": result.duplicate}


def _refund(ctx: Context, payload: dict[str, Any], created_at: datetime) -> dict[str, Any]:
    amount = payload.get("amount_minor")
    result = refund(ctx, payload["receipt"], None if amount is None else int(amount),
                    payload["key"])
    return {"member_id": result.member_id, "points_clawed": result.points_clawed}


def _enrol(ctx: Context, payload: dict[str, Any], created_at: datetime) -> dict[str, Any]:
    birthday = date.fromisoformat(payload["birthday"]) if payload.get("birthday") else None
    card = payload["card"]
    try:
        done = enrol(ctx, payload["name"], payload.get("phone"), card, payload.get("email"),
                     birthday, payload.get("language") or "en", bool(payload.get("consent")))
        member_id, repeated = done.member_id, False
    except Refused as refused:
        member_id = _enrolled_before(card, payload["name"])
        if member_id is None or refused.reason not in ("card_taken", "phone_exists"):
            raise
        repeated = True
    if payload.get("pin_hash") and not repeated:
        Member.update(pin_hash=payload["pin_hash"]).where(Member.id == member_id).execute()
    return {"member_id": member_id, "card": card, "repeated": repeated}


def _enrolled_before(card: str, name: str) -> int | None:
    """The member an earlier send of this enrolment made (the card carries the key)."""
    row = (Member.select(Member.id, Member.name).join(Card, on=(Card.member == Member.id))
           .where(Card.number == card).tuples().first())
    if row is None or row[1] != " ".join(name.split()):
        return None
    return int(row[0])


def _redeem(ctx: Context, payload: dict[str, Any], created_at: datetime) -> dict[str, Any]:
    member_id = _member(ctx, payload)
    try:
        issued = redeem_reward(ctx, member_id, int(payload["reward_id"]), payload["key"],
                               code=payload["code"])
    except KioskError as refused:
        if isinstance(refused, DatabaseUnavailable):
            raise
        record_refused_voucher(ctx, payload["code"], refused.reason or refused.code)
        raise
    if issued.voucher_code != payload["code"]:
        # an attempt cut off before the kiosk went offline had saved a voucher under this key:
        # the points were taken once, for that voucher; the one printed offline says why, and
        # staff see it to reprint the valid one for the customer
        record_refused_voucher(ctx, payload["code"], "replaced")
        raise Refused(
            f"The voucher printed offline was replaced by voucher "
            f"…{issued.display_code[-5:]}, saved before the line dropped: reprint that one.",
            reason="voucher_replaced",
        )
    return {"member_id": member_id, "voucher_id": issued.voucher_id, "points": issued.points}


def _voucher_redeem(ctx: Context, payload: dict[str, Any], created_at: datetime) -> dict[str, Any]:
    state = redeem_voucher(ctx, payload["code"])
    if state.ok:
        return {"status": state.status}
    mine = Voucher.get_or_none(
        (Voucher.redeemed_store == ctx.store) & (Voucher.redeemed_terminal == ctx.terminal)
        & (Voucher.redeemed_at == created_at)
        & (Voucher.code == payload["code"].replace("-", ""))
    )
    if state.status == "redeemed" and mine is not None:
        return {"status": "redeemed", "repeated": True}  # an earlier send of this item did it
    reason = "redeemed_twice" if state.status == "redeemed" else f"voucher_{state.status}"
    raise Refused(
        "This voucher was used elsewhere as well while the shop was offline."
        if state.status == "redeemed" else state.message,
        reason=reason,
    )


SENDERS = {
    "purchase": _purchase,
    "refund": _refund,
    "enrol": _enrol,
    "redeem": _redeem,
    "voucher_redeem": _voucher_redeem,
}


def send(base: Context, kind: str, payload_text: str, created_at: datetime) -> Outcome:
    """Send one item. A refusal is a conflict; a cut line raises ServerUnreachable."""
    payload = json.loads(payload_text)
    ctx = item_context(base, payload, created_at)
    try:
        result = SENDERS[kind](ctx, payload, created_at)
    except DatabaseUnavailable as exc:
        raise ServerUnreachable(exc.message) from exc
    except KioskError as exc:
        return Outcome(CONFLICT, exc.reason or exc.code, exc.message)
    except (OperationalError, InterfaceError) as exc:
        problem = as_kiosk_error(exc)
        raise ServerUnreachable(problem.message if problem else str(exc)) from exc
    except Exception as exc:  # a bug: kept for staff, never blocks the items behind it
        problem = as_kiosk_error(exc)
        if isinstance(problem, DatabaseUnavailable):
            raise ServerUnreachable(problem.message) from exc
        if problem is not None:
            return Outcome(CONFLICT, problem.reason or problem.code, problem.message)
        log.exception("Sending an outbox item (%s) failed", kind)
        return Outcome(CONFLICT, "error", f"{type(exc).__name__}: {exc}"[:300])
    return Outcome(SENT, result=result)

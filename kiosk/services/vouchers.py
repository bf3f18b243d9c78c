"""Voucher use cases: check, redeem exactly once, void with points back, mark printed."""

from __future__ import annotations

import logging

from db.database import database_proxy
from db.models import Member, Reward, Voucher
from kiosk import audit
from kiosk.context import Context
from kiosk.errors import InvalidInput
from kiosk.ledger import give_back
from kiosk.offline.refusals import refused_voucher_message
from kiosk.roles import require
from kiosk.services.lookup import first_name
from kiosk.services.statements import Statement
from kiosk.views import VoucherState
from kiosk.vouchers import check_voucher_code, format_code

log = logging.getLogger("kiosk.vouchers")

OPEN_STATES = ("issued", "printed")

MESSAGES = {
    "issued": "Valid voucher.",
    "printed": "Valid voucher.",
    "redeemed": "This voucher has already been used.",
    "void": "This voucher has been cancelled.",
    "expired": "This voucher has expired.",
}


def _effective_status(voucher: Voucher, ctx: Context) -> str:
    if voucher.status in OPEN_STATES and voucher.expires_at <= ctx.now():
        return "expired"
    return voucher.status


def _state(
    ctx: Context, voucher: Voucher, ok: bool, message: str | None = None, returned: int = 0
) -> VoucherState:
    status = _effective_status(voucher, ctx)
    reward = Reward.select(Reward.name).where(Reward.id == voucher.reward_id).scalar()
    name = Member.select(Member.name).where(Member.id == voucher.member_id).scalar() or ""
    return VoucherState(
        code=format_code(voucher.code),
        status=status,
        ok=ok,
        message=message or MESSAGES.get(status, status),
        reward=reward,
        points=voucher.points,
        member_first_name=first_name(name),
        issued_at=voucher.issued_at,
        expires_at=voucher.expires_at,
        redeemed_at=voucher.redeemed_at,
        redeemed_store=voucher.redeemed_store,
        redeemed_terminal=voucher.redeemed_terminal,
        redeemed_staff=voucher.redeemed_staff,
        points_returned=returned,
    )


def _find(ctx: Context, text: str) -> Voucher | VoucherState:
    checked = check_voucher_code(text, ctx.secret)
    if not checked.ok:
        return VoucherState(
            code=text.strip()[:40], status="invalid", ok=False, message=checked.reason or ""
        )
    voucher = Voucher.get_or_none(Voucher.code == checked.code)
    if voucher is None:
        refused = refused_voucher_message(checked.code or "")
        return VoucherState(
            code=format_code(checked.code or ""),
            status="refused" if refused else "invalid",
            ok=False,
            message=refused or "This voucher is not known here.",
        )
    return voucher


def check_voucher(ctx: Context, text: str) -> VoucherState:
    """Tell whether a voucher can be redeemed now, without changing it."""
    require(ctx, "vouchers")
    found = _find(ctx, text)
    if isinstance(found, VoucherState):
        return found
    status = _effective_status(found, ctx)
    return _state(ctx, found, ok=status in OPEN_STATES)


def redeem_voucher(ctx: Context, text: str) -> VoucherState:
    """Mark a voucher redeemed with one conditional update: exactly one terminal wins."""
    require(ctx, "vouchers")
    found = _find(ctx, text)
    if isinstance(found, VoucherState):
        return found
    now = ctx.now()
    with database_proxy.atomic():
        won = (
            Voucher.update(
                status="redeemed",
                redeemed_at=now,
                redeemed_store=ctx.store,
                redeemed_terminal=ctx.terminal,
                redeemed_staff=ctx.staff,
            )
            .where(
                (Voucher.id == found.id)
                & Voucher.status.in_(OPEN_STATES)
                & (Voucher.expires_at > now)
            )
            .execute()
        )
        fresh = Voucher.get_by_id(found.id)
        if won != 1:
            log.info("Voucher %d not redeemed: it is %s", found.id, fresh.status)
            return _state(ctx, fresh, ok=False)
        log.info("Voucher %d redeemed at %s/%s", found.id, ctx.store, ctx.terminal)
        state = _state(ctx, fresh, ok=True, message="Voucher redeemed. Hand over the reward.")
        audit.record(
            ctx, "voucher.redeem", audit.voucher_target(found.id),
            {"code": audit.code_tail(found.code), "reward": state.reward},
        )
    return state


def void_voucher(ctx: Context, text: str, reason: str = "voided") -> VoucherState:
    """Cancel an unredeemed voucher and give its points back to the lots they came from."""
    require(ctx, "vouchers")
    found = _find(ctx, text)
    if isinstance(found, VoucherState):
        return found
    reason = reason.strip() or "voided"
    now = ctx.now()
    with database_proxy.atomic():
        won = (
            Voucher.update(status="void", voided_at=now, void_reason=reason[:200])
            .where((Voucher.id == found.id) & Voucher.status.in_(OPEN_STATES))
            .execute()
        )
        returned = 0
        if won == 1:
            _, returned = give_back(
                ctx,
                found.member_id,
                found.entry_id,
                "refund",
                f"Voucher {format_code(found.code)} cancelled: {reason}",
                f"void:{found.id}",
                reference=found.code,
            )
            Reward.update(stock=Reward.stock + 1).where(
                (Reward.id == found.reward_id) & Reward.stock.is_null(False)
            ).execute()
            audit.record(
                ctx, "voucher.void", audit.voucher_target(found.id),
                {"code": audit.code_tail(found.code), "points_returned": returned},
                reason,
            )
    fresh = Voucher.get_by_id(found.id)
    if won == 1:
        return _state(
            ctx,
            fresh,
            ok=True,
            returned=returned,
            message=f"Voucher cancelled; {returned} points returned.",
        )
    return _state(ctx, fresh, ok=False)


MARK_PRINTED = Statement(
    """UPDATE "voucher" SET status = 'printed', printed_at = ?, print_count = print_count + 1
       WHERE id = ? AND status IN ('issued', 'printed')"""
)


def mark_voucher_printed(ctx: Context, voucher_id: int) -> bool:
    """Record that a voucher left the printer (a reprint counts again); one statement.

    False when the voucher was no longer open (redeemed or voided meanwhile).
    """
    require(ctx, "print_voucher")
    return MARK_PRINTED.run(ctx.now(), voucher_id) == 1


def mark_printed(ctx: Context, text: str) -> VoucherState:
    """Record that the voucher with this code left the printer (a reprint counts again)."""
    require(ctx, "print_voucher")
    found = _find(ctx, text)
    if isinstance(found, VoucherState):
        raise InvalidInput(found.message, reason="voucher_invalid")
    mark_voucher_printed(ctx, found.id)
    return _state(ctx, Voucher.get_by_id(found.id), ok=True)


def voucher_state(ctx: Context, voucher: Voucher, ok: bool) -> VoucherState:
    """What a voucher row says, as the counter and the command line show it."""
    return _state(ctx, voucher, ok)

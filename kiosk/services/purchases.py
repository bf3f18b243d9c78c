"""Purchases and refunds: points earned once per receipt, clawed back when money goes back."""

from __future__ import annotations

import json
from decimal import Decimal

from peewee import IntegrityError

from db.database import database_proxy
from db.models import Lot, Member, Purchase, RefundRequest
from kiosk import audit
from kiosk.context import Context
from kiosk.earning import UNCATEGORISED, earn_points
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.formatting import local_day, shop_datetime_text, shop_zone
from kiosk.ledger import credit, debit, spendable_balance
from kiosk.reports.days import forget_day
from kiosk.roles import require
from kiosk.safe_text import check_text
from kiosk.services.birthday import grant_birthday_if_due
from kiosk.services.lookup import member_tier, resolve
from kiosk.views import PurchaseResult, RefundResult

MAX_AMOUNT_MINOR = 100_000_000


def _check_receipt(receipt: str) -> str:
    receipt = receipt.strip()
    if not receipt or len(receipt) > 80:
        raise InvalidInput(
            "A receipt number (up to 80 characters) is needed.", reason="receipt_invalid"
        )
    return check_text(receipt, "receipt number", "receipt_invalid")


def _existing(ctx: Context, receipt: str) -> Purchase | None:
    return Purchase.get_or_none((Purchase.store == ctx.store) & (Purchase.receipt == receipt))


def _duplicate_result(
    ctx: Context, purchase: Purchase, member_id: int, amount_minor: int
) -> PurchaseResult:
    if purchase.member_id != member_id or purchase.amount_minor != amount_minor:
        problem = Refused(
            f"Receipt {purchase.receipt} was already recorded on "
            f"{shop_datetime_text(ctx.config, purchase.created_at)} for another card or amount.",
            reason="receipt_reused",
        )
        # the staff screen names the day it was first recorded, in the shop's zone and language
        problem.receipt = purchase.receipt  # type: ignore[attr-defined]
        problem.recorded_at = purchase.created_at  # type: ignore[attr-defined]
        raise problem
    balance = spendable_balance(member_id, ctx.now())
    return PurchaseResult(
        purchase.id,
        member_id,
        purchase.receipt,
        purchase.amount_minor,
        purchase.points_earned,
        balance,
        True,
        purchase.created_at,
    )


def record_purchase(
    ctx: Context,
    card_or_phone: str | None,
    amount_minor: int,
    receipt: str,
    lines: dict[str, int] | None = None,
    member_id: int | None = None,
) -> PurchaseResult:
    """Credit points for a purchase; the same receipt again credits nothing and says so."""
    require(ctx, "purchase")
    receipt = _check_receipt(receipt)
    if lines:
        if any(v <= 0 for v in lines.values()):
            raise InvalidInput("Each category amount must be positive.", reason="amount_invalid")
        amount_minor = sum(lines.values())
    if not 0 < amount_minor <= MAX_AMOUNT_MINOR:
        raise InvalidInput("The amount must be positive.", reason="amount_invalid")
    lines = dict(lines) if lines else {UNCATEGORISED: amount_minor}
    if member_id is None:
        if card_or_phone is None:
            raise InvalidInput("A card or phone number is needed.", reason="nothing_entered")
        member_id = resolve(ctx, card_or_phone).member_id
    existing = _existing(ctx, receipt)
    if existing is not None:
        return _duplicate_result(ctx, existing, member_id, amount_minor)
    now = ctx.now()
    try:
        with database_proxy.atomic():
            tier = member_tier(ctx, member_id)
            purchase = Purchase.create(
                member=member_id,
                store=ctx.store,
                terminal=ctx.terminal,
                receipt=receipt,
                amount_minor=amount_minor,
                lines=json.dumps(lines, sort_keys=True),
                staff=ctx.staff,
                created_at=now,
            )
            multiplier = ctx.config.programme.tiers[tier.tier_index].multiplier
            breakdown = earn_points(
                ctx.config.programme,
                lines,
                local_day(now, shop_zone(ctx.config.store.time_zone)),  # promotions' days
                Decimal(multiplier),
                ctx.config.store.minor_digits,
                ctx.store,  # a promotion limited to other shops earns nothing extra here
            )
            if breakdown.total > 0:
                credit(
                    ctx,
                    member_id,
                    breakdown.total,
                    "earn",
                    f"Purchase {receipt}",
                    f"earn:{ctx.store}:{receipt}",
                    purchase=purchase.id,
                    reference=receipt,
                )
                Purchase.update(points_earned=breakdown.total).where(
                    Purchase.id == purchase.id
                ).execute()
            Member.update(
                last_purchase_at=now, purchase_count=Member.purchase_count + 1
            ).where(Member.id == member_id).execute()
            audit.record(
                ctx,
                "purchase",
                receipt,
                {
                    "member": member_id,
                    "amount_minor": amount_minor,
                    "points": breakdown.total,
                    "lines": lines,
                },
            )
    except IntegrityError:
        existing = _existing(ctx, receipt)
        if existing is None:
            raise
        return _duplicate_result(ctx, existing, member_id, amount_minor)
    birthday = Member.select(Member.birthday).where(Member.id == member_id).scalar()
    bonus = grant_birthday_if_due(ctx, member_id, birthday)
    balance = spendable_balance(member_id, ctx.now())
    return PurchaseResult(
        purchase.id,
        member_id,
        receipt,
        amount_minor,
        breakdown.total,
        balance,
        False,
        now,
        breakdown.promotions,
        bonus,
    )


MAX_KEY_CHARS = 100


def refund_key(ctx: Context, receipt: str, amount_minor: int | None, key: str | None) -> str:
    """The stored key of a refund request: the caller's key, else one derived from the receipt
    and the amount (a second refund of the same amount on a receipt then needs its own key)."""
    if key is not None:
        key = key.strip()
        if not key or len(key) > MAX_KEY_CHARS:
            raise InvalidInput(
                "A request key is 1 to 100 characters long.", reason="key_invalid"
            )
        check_text(key, "request key", "key_invalid")
        return f"refund:{ctx.store}:key:{key}"
    amount = "all" if amount_minor is None else str(amount_minor)
    return f"refund:{ctx.store}:{_check_receipt(receipt)}:{amount}"


def refund_done(request_key: str) -> bool:
    """Tell whether a refund was already done under this stored key."""
    return RefundRequest.select().where(RefundRequest.key == request_key).exists()


def _repeated_refund(
    ctx: Context,
    request: RefundRequest, purchase: Purchase, amount_minor: int | None
) -> RefundResult:
    if request.purchase_id != purchase.id or (
        amount_minor is not None and request.amount_minor != amount_minor
    ):
        raise Refused(
            "This request key was already used for another refund.", reason="key_reused"
        )
    balance = spendable_balance(purchase.member_id, ctx.now())
    return RefundResult(
        purchase.receipt,
        purchase.member_id,
        request.amount_minor,
        request.points_clawed,
        request.points_uncollected,
        balance,
    )


def refund(
    ctx: Context,
    receipt: str,
    amount_minor: int | None = None,
    idempotency_key: str | None = None,
) -> RefundResult:
    """Refund all or part of a purchase and claw back the points it earned, in proportion.

    With an idempotency key (the command line always passes one), the same request done twice,
    for example retried after the first was cut off, refunds once and answers the same.
    """
    require(ctx, "purchase")
    receipt = _check_receipt(receipt)
    purchase = _existing(ctx, receipt)
    if purchase is None:
        raise NotFound(
            f"Receipt {receipt} is not recorded at this store.", reason="receipt_unknown"
        )
    if idempotency_key is not None:
        earlier = RefundRequest.get_or_none(RefundRequest.key == idempotency_key)
        if earlier is not None:
            return _repeated_refund(ctx, earlier, purchase, amount_minor)
    try:
        return _refund(ctx, purchase, receipt, amount_minor, idempotency_key)
    except IntegrityError:
        if idempotency_key is None:
            raise
        earlier = RefundRequest.get_or_none(RefundRequest.key == idempotency_key)
        if earlier is None:
            raise
        return _repeated_refund(ctx, earlier, purchase, amount_minor)


def _refund(
    ctx: Context,
    purchase: Purchase,
    receipt: str,
    amount_minor: int | None,
    idempotency_key: str | None,
) -> RefundResult:
    left = purchase.amount_minor - purchase.refunded_minor
    amount = left if amount_minor is None else amount_minor
    if left <= 0:
        raise Refused(
            f"Receipt {receipt} has already been refunded in full.", reason="refunded_already"
        )
    if not 0 < amount <= left:
        raise InvalidInput(
            f"The refund must be between 0.01 and what is left on the receipt ({left}).",
            reason="amount_invalid",
        )
    now = ctx.now()
    with database_proxy.atomic():
        request = None
        if idempotency_key is not None:
            request = RefundRequest.create(
                key=idempotency_key, purchase=purchase.id, amount_minor=amount, created_at=now
            )
        updated = (
            Purchase.update(refunded_minor=Purchase.refunded_minor + amount)
            .where(
                (Purchase.id == purchase.id)
                & (Purchase.refunded_minor + amount <= Purchase.amount_minor)
            )
            .execute()
        )
        if updated != 1:
            raise Refused(
                f"Receipt {receipt} was refunded at the same moment; check it again.",
                reason="refund_conflict",
            )
        forget_day(purchase.created_at.date())  # that day's sales figure changed
        fresh = Purchase.get_by_id(purchase.id)
        target_total = fresh.points_earned * fresh.refunded_minor // fresh.amount_minor
        to_claw = target_total - fresh.points_clawed
        balance = spendable_balance(fresh.member_id, now)
        taken = min(to_claw, balance)
        if taken > 0:
            own_lots = [
                lot_id
                for (lot_id,) in Lot.select(Lot.id)
                .join_from(Lot, Lot.entry.rel_model)
                .where(Lot.entry.rel_model.purchase == fresh.id)
                .tuples()
            ]
            debit(
                ctx,
                fresh.member_id,
                taken,
                "refund",
                f"Refund of receipt {receipt}"
                + (
                    f" ({to_claw - taken} points could not be taken back)"
                    if taken < to_claw
                    else ""
                ),
                f"refund:{fresh.id}:{fresh.refunded_minor}",
                prefer_lots=own_lots,
                purchase=fresh.id,
                reference=receipt,
            )
        if to_claw > 0:
            Purchase.update(points_clawed=Purchase.points_clawed + to_claw).where(
                Purchase.id == fresh.id
            ).execute()
        clawed, uncollected = max(taken, 0), max(to_claw - max(taken, 0), 0)
        if request is not None:
            RefundRequest.update(
                points_clawed=clawed, points_uncollected=uncollected
            ).where(RefundRequest.id == request.id).execute()
        balance = spendable_balance(fresh.member_id, ctx.now())
        audit.record(
            ctx,
            "refund",
            receipt,
            {"member": fresh.member_id, "amount_minor": amount, "points_clawed": clawed},
        )
    return RefundResult(receipt, fresh.member_id, amount, clawed, uncollected, balance)

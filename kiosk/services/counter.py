"""Work at the counter as a logged-in staff member: purchases, refunds, vouchers.

The use cases these call write the audit rows themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.database import database_proxy
from db.models import Member
from kiosk.context import Context
from kiosk.errors import InvalidInput, Refused
from kiosk.formatting import shop_datetime_text
from kiosk.ledger import spendable_balance_sql
from kiosk.ports import Printer
from kiosk.roles import require
from kiosk.safe_text import check_text
from kiosk.services.lookup import member_tier, resolve
from kiosk.services.members import enrol
from kiosk.services.printing import reprint_voucher
from kiosk.services.purchases import record_purchase, refund
from kiosk.services.vouchers import check_voucher, redeem_voucher, void_voucher
from kiosk.views import Enrolled, PurchaseResult, RefundResult, VoucherState

NOT_COPIED = "not_copied"  # CounterMember.status: a card the offline copy does not hold


@dataclass(frozen=True)
class CounterMember:
    """The member a purchase is for, as the counter shows them."""

    member_id: int
    name: str
    card: str | None
    balance: int
    tier: str
    status: str


def find_member(ctx: Context, text: str) -> CounterMember:
    """A member by card or phone number, for the purchase page."""
    require(ctx, "purchase")
    found = resolve(ctx, text)
    row = Member.select(  # the balance the member may spend: expired lots left out
        Member.name, spendable_balance_sql(ctx.now()).alias("balance"), Member.status
    ).where(
        Member.id == found.member_id
    ).get()
    tier = member_tier(ctx, found.member_id).tier
    return CounterMember(found.member_id, row.name, found.card, row.balance, tier, row.status)


def counter_purchase(
    ctx: Context,
    member_id: int,
    amount_minor: int,
    receipt: str,
    lines: dict[str, int] | None = None,
) -> PurchaseResult:
    """Record a purchase; a receipt recorded before is refused with the date it was recorded."""
    require(ctx, "purchase")
    with database_proxy.atomic():
        return _once(ctx, record_purchase(ctx, None, amount_minor, receipt, lines,
                                          member_id=member_id))


def counter_purchase_for_card(
    ctx: Context,
    card: str,
    amount_minor: int,
    receipt: str,
    lines: dict[str, int] | None = None,
) -> PurchaseResult:
    """Record a purchase for a card number: the counter's way when a chain kiosk working from
    its local copy did not hold the card (the purchase then waits for the server)."""
    require(ctx, "purchase")
    with database_proxy.atomic():
        return _once(ctx, record_purchase(ctx, card, amount_minor, receipt, lines))


def _once(ctx: Context, result: PurchaseResult) -> PurchaseResult:
    """The purchase, or a refusal with the date when its receipt was recorded before."""
    if result.duplicate:
        refused = Refused(
            f"Receipt {result.receipt} was already recorded on "
            f"{shop_datetime_text(ctx.config, result.recorded_at)}; no points were added.",
            reason="receipt_reused",
        )
        refused.receipt, refused.recorded_at = result.receipt, result.recorded_at
        raise refused
    return result


def counter_enrol(
    ctx: Context,
    name: str,
    phone: str | None = None,
    card: str | None = None,
    email: str | None = None,
    birthday: date | None = None,
    language: str = "en",
    marketing_consent: bool = False,
) -> Enrolled:
    """Enrol a customer at the counter (a new card number when none is scanned)."""
    require(ctx, "members")
    return enrol(ctx, name, phone, card, email, birthday, language, marketing_consent)


def counter_refund(ctx: Context, receipt: str, amount_minor: int | None = None) -> RefundResult:
    """Refund a purchase by receipt number (all that is left, or part of it)."""
    require(ctx, "purchase")
    return refund(ctx, receipt, amount_minor)


def counter_check_voucher(ctx: Context, code: str) -> VoucherState:
    """What a scanned voucher is: valid, used, expired, void or not genuine. Changes nothing."""
    require(ctx, "vouchers")
    return check_voucher(ctx, code)


def counter_redeem_voucher(ctx: Context, code: str) -> VoucherState:
    """Use a voucher at the counter; exactly one terminal wins a race."""
    require(ctx, "vouchers")
    return redeem_voucher(ctx, code)


def counter_void_voucher(ctx: Context, code: str, reason: str) -> VoucherState:
    """Cancel an unused voucher (it failed to print, or was issued by mistake); points go back."""
    require(ctx, "vouchers")
    if not reason.strip():
        raise InvalidInput("Say why the voucher is voided.", reason="reason_missing")
    check_text(reason.strip(), "reason", "text_invalid")
    return void_voucher(ctx, code, reason.strip())


def counter_reprint_voucher(ctx: Context, printer: Printer, code: str) -> VoucherState:
    """Print a voucher again, marked DUPLICATE."""
    require(ctx, "vouchers")
    return reprint_voucher(ctx, printer, code)

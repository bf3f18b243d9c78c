"""Which of the kiosk's background jobs can run on the local copy, and how.

A read runs on the copy in a transaction that is rolled back (nothing it might write, a PIN
count or a birthday bonus, stays without an outbox item). A change runs on the copy together
with its outbox item. A job not listed here gets the usual "cannot reach our records" message.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from db.database import use_database
from db.models import Voucher
from kiosk.cards import new_card_number, parse_card_number
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.offline import review
from kiosk.offline.local import (
    check_offline_redeem,
    enrol_key,
    enrol_payload,
    member_payload,
    purchase_key,
    queue,
    queued_before,
    redeem_key,
    voucher_key,
    voucher_payload,
)
from kiosk.offline.outbox import waiting_count
from kiosk.offline.settings import offline_rules
from kiosk.offline.tables import MemberSync, OutboxItem
from kiosk.offline.views import UNCHECKED, unchecked, unknown_voucher_redeemed, with_as_of
from kiosk.roles import require
from kiosk.services import counter, journey, members, programme, staff
from kiosk.services.members import issue_card_number
from kiosk.services.purchases import refund
from kiosk.services.vouchers import check_voucher, redeem_voucher
from kiosk.views import PurchaseResult, RefundResult, VoucherState
from kiosk.vouchers import check_voucher_code

if TYPE_CHECKING:
    from kiosk.offline.gateway import Gateway

Adapter = Callable[["Gateway", Callable[..., Any], tuple[Any, ...]], Any]


def _offline(function: Callable[..., Any], args: tuple[Any, ...]) -> tuple[Any, ...]:
    """A scan's arguments with its context marked as served from the copy (no birthday bonus
    there); other jobs' unchanged (a context a job hands back must not stay marked)."""
    if function in (journey.member_by_card, journey.member_by_phone):
        return (replace(args[0], offline=True), *args[1:])
    return args


def _read(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    args = _offline(function, args)
    replica = gateway.replica
    with use_database(replica), replica.atomic() as transaction:
        result = _as_of(gateway, function(*args))
        transaction.rollback()
    return result


def _phone_read(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """A phone look-up on the copy keeps its wrong-PIN count (its own transactions commit, as
    online), so PINs cannot be guessed without limit while offline; whatever else it wrote
    (nothing: a birthday bonus waits for the server) would be dropped at the next refresh."""
    args = _offline(function, args)
    with use_database(gateway.replica):
        return _as_of(gateway, function(*args))


def _as_of(gateway: Gateway, result: Any) -> Any:
    """A member view marked with when its figures were confirmed and what waits for it."""
    member_id = getattr(result, "member_id", None)
    if member_id is None:
        return result
    as_of = MemberSync.select(MemberSync.synced_at).where(
        MemberSync.member_id == member_id).scalar()
    waiting = OutboxItem.select().where(
        (OutboxItem.member_ref == member_id) & (OutboxItem.state == "waiting")).count()
    return with_as_of(result, as_of or gateway.copied_at(), waiting)


def _purchase(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    ctx, member_id, _amount, receipt = args[:4]
    lines = args[4] if len(args) > 4 else None

    def payload(result: Any) -> tuple[dict[str, Any], int]:
        return {**member_payload(member_id), "amount_minor": result.amount_minor,
                "receipt": result.receipt, "lines": lines}, member_id

    return queue(ctx, gateway.replica, "purchase", purchase_key(ctx, receipt),
                 lambda: function(*args), payload).result


def _find_member(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """The counter's look-up on the copy; a card of this programme the copy does not hold is
    still a customer: the counter records their purchase by card, sent when the line is back."""
    try:
        return _read(gateway, function, args)
    except NotFound as missing:
        ctx, text = args[:2]
        if missing.reason != "card_unknown":
            raise
        try:
            card = parse_card_number(text, ctx.config.store.card_prefix)
        except InvalidInput:
            raise missing from None
        return counter.CounterMember(0, "", card, 0, "", counter.NOT_COPIED)


def _card_purchase(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """A purchase by card number: on the copy when it holds the card (it may since the
    look-up), else only queued, the points to come from the server."""
    ctx, card, amount, receipt = args[:4]
    lines = args[4] if len(args) > 4 else None
    key = purchase_key(ctx, receipt)
    if queued_before(gateway.replica, key):
        raise Refused(f"Receipt {receipt.strip()} was already recorded on this kiosk while "
                      "offline; no points were added.", reason="receipt_reused")

    def work() -> PurchaseResult | None:
        try:
            return function(*args)
        except NotFound as exc:
            if exc.reason != "card_unknown":
                raise
            return None  # not in this kiosk's copy: the server finds the card

    def payload(result: PurchaseResult | None) -> tuple[dict[str, Any], int | None]:
        member = member_payload(result.member_id) if result else {"member_id": None,
                                                                   "card": card}
        return ({**member, "amount_minor": amount, "receipt": receipt.strip(), "lines": lines},
                result.member_id if result else None)

    done = queue(ctx, gateway.replica, "purchase", key, work, payload)
    if done.result is not None:
        return done.result
    return PurchaseResult(0, 0, receipt.strip(), amount, 0, 0, False, ctx.now())


def counter_refund_keyed(
    ctx: Context, receipt: str, amount_minor: int | None, key: str
) -> RefundResult:
    """The counter's refund under a request key the gateway chose before the first attempt, so
    an attempt cut off after the server saved it and done again offline refunds once."""
    require(ctx, "purchase")
    return refund(ctx, receipt, amount_minor, key)


def _keyed_refund(args: tuple[Any, ...]) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    ctx, receipt = args[:2]
    amount = args[2] if len(args) > 2 else None
    key = f"refund:{ctx.store}:key:{uuid.uuid4().hex}"
    return counter_refund_keyed, (ctx, receipt, amount, key)


def _carded_enrol(args: tuple[Any, ...]) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    """A counter enrolment without a scanned card gets its number before the first attempt, so
    an attempt cut off after the server saved it meets its own card when done again."""
    values = list(args) + [None] * (4 - len(args))  # up to the card; the rest as given
    if not values[3]:
        values[3] = new_card_number(values[0].config.store.card_prefix)
    return counter.counter_enrol, tuple(values)


# Jobs given their idempotency key before they first run (the screen passes none).
KEYED: dict[Callable[..., Any], Callable[[tuple[Any, ...]], tuple[Callable[..., Any],
                                                                  tuple[Any, ...]]]] = {
    counter.counter_refund: _keyed_refund,
    counter.counter_enrol: _carded_enrol,
}


def keyed(function: Callable[..., Any], args: tuple[Any, ...]
          ) -> tuple[Callable[..., Any], tuple[Any, ...]]:
    """The job with its key fixed now (unchanged for the jobs that carry theirs)."""
    prepare = KEYED.get(function)
    return (function, args) if prepare is None else prepare(args)


def _refund(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    ctx, receipt, amount, key = args

    def payload(result: Any) -> tuple[dict[str, Any], int]:
        return {"receipt": receipt, "amount_minor": amount, "key": key}, result.member_id

    return queue(ctx, gateway.replica, "refund", key,
                 lambda: refund(ctx, receipt, amount, key), payload).result


def _counter_enrol(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    values = list(args) + [None] * (8 - len(args))
    ctx, name, phone, card, email, birthday, language, consent = values
    if not card:
        with use_database(gateway.replica):
            card = issue_card_number(ctx.config.store.card_prefix)
    call = (ctx, name, phone, card, email, birthday, language or "en", bool(consent))

    def payload(result: Any) -> tuple[dict[str, Any], int]:
        return enrol_payload(result.member_id, result.card, result.name, phone, email,
                             birthday, language or "en", bool(consent))

    return queue(ctx, gateway.replica, "enrol", enrol_key(card), lambda: function(*call),
                 payload).result


def _kiosk_enrol(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    ctx, card, name, phone, birthday, language, consent, _pin = args

    def payload(view: Any) -> tuple[dict[str, Any], int]:
        return enrol_payload(view.member_id, view.card or card, name, phone or None, None,
                             birthday, language, consent)

    view = queue(ctx, gateway.replica, "enrol", enrol_key(card), lambda: function(*args),
                 payload).result
    return with_as_of(view, gateway.copied_at(), 1)


def _redeem(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    ctx, _printer, _render, member_id, reward_id, key = args[:6]

    def work() -> Any:
        check_offline_redeem(member_id, reward_id)
        return function(*args)

    return queue(ctx, gateway.replica, "redeem", redeem_key(key), work,
                 lambda _result: voucher_payload(key)).result


def _check_voucher(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    ctx, code = args[:2]
    with use_database(gateway.replica):
        state = check_voucher(ctx, code)
        checked = check_voucher_code(code, ctx.secret)
        if checked.ok and queued_before(gateway.replica, voucher_key(checked.code or "")):
            return unchecked(VoucherState(state.code, "redeemed", False,
                                          "This voucher was already used here."))
    if state.status == "invalid" and checked.ok:  # genuine, not in this kiosk's copy
        return unchecked(state, f"Genuine voucher. {UNCHECKED}")
    return unchecked(state, f"{state.message} {UNCHECKED}")


class _NotRedeemed(Exception):
    def __init__(self, state: VoucherState) -> None:
        super().__init__(state.status)
        self.state = state


def _redeem_voucher(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    ctx, code = args[:2]
    checked = check_voucher_code(code, ctx.secret)
    if not checked.ok or checked.code is None:
        return _check_voucher(gateway, counter.counter_check_voucher, (ctx, code))
    canonical = checked.code
    with use_database(gateway.replica):
        accept = offline_rules().accept_vouchers
    if not accept:
        raise Refused(f"{UNCHECKED} This chain does not accept vouchers while offline.",
                      reason="offline_vouchers_refused")
    if queued_before(gateway.replica, voucher_key(canonical)):
        return _check_voucher(gateway, counter.counter_check_voucher, (ctx, code))

    def work() -> tuple[VoucherState, int | None]:
        voucher = Voucher.get_or_none(Voucher.code == canonical)
        if voucher is None:
            return unknown_voucher_redeemed(canonical, ctx.now()), None
        state = redeem_voucher(ctx, canonical)
        if not state.ok:
            raise _NotRedeemed(state)
        return unchecked(state, f"{state.message} {UNCHECKED}"), int(voucher.member_id)

    try:
        done = queue(ctx, gateway.replica, "voucher_redeem", voucher_key(canonical), work,
                     lambda result: ({"code": canonical}, result[1]))
    except _NotRedeemed as refused:
        return unchecked(refused.state, f"{refused.state.message} {UNCHECKED}")
    return done.result[0]


def _kept(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """A staff login on the copy: its wrong-PIN count and lock stay (until the next copy
    replaces the accounts), so PINs cannot be guessed without limit while offline."""
    with use_database(gateway.replica):  # its own transactions, committed as online
        return function(*args)


def _as_is(gateway: Gateway, function: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    return function(*args)  # it reads and writes the local copy itself


ADAPTERS: dict[Callable[..., Any], Adapter] = {
    journey.member_by_card: _read,
    journey.member_by_phone: _phone_read,
    members.member_view: _read,
    counter.find_member: _find_member,
    counter.counter_purchase_for_card: _card_purchase,
    staff.staff_for_card: _read,
    programme.with_effective_programme: _read,
    counter.counter_check_voucher: _check_voucher,
    counter.counter_purchase: _purchase,
    counter_refund_keyed: _refund,
    counter.counter_enrol: _counter_enrol,
    journey.enrol_member: _kiosk_enrol,
    journey.redeem_and_print: _redeem,
    counter.counter_redeem_voucher: _redeem_voucher,
    review.offline_review: _as_is,
    review.mark_reviewed: _as_is,
}
# Jobs the screens define themselves (the core cannot import them): by module and name.
BY_NAME: dict[tuple[str, str], Adapter] = {
    ("ui.staff.desk", "_login_start"): _read,
    ("ui.staff.desk", "StaffDesk.try_pin.<locals>.log_in"): _kept,
    ("ui.customer.redeem", "redeem_if_printable"): _redeem,
}


def adapter_for(function: Callable[..., Any]) -> Adapter | None:
    """How a job runs offline, or None when it cannot."""
    adapter = ADAPTERS.get(function)
    if adapter is not None:
        return adapter
    name = (getattr(function, "__module__", ""), getattr(function, "__qualname__", ""))
    return BY_NAME.get(name)


def waiting(gateway: Gateway) -> int:
    with use_database(gateway.replica):
        return waiting_count()


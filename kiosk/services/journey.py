"""The kiosk screen's use cases as background jobs: identify, enrol, redeem or donate and print."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date

from kiosk.context import Context
from kiosk.documents import PrintDocument
from kiosk.errors import KioskError, PrinterProblem, Refused
from kiosk.phones import mask_phone, normalise_phone
from kiosk.pins import spend_verify_time
from kiosk.ports import Printer, PrinterStatus
from kiosk.roles import require
from kiosk.services import phone_lock
from kiosk.services.members import (
    enrol,
    grant_birthday_bonus,
    identify,
    identify_by_phone,
    member_view,
)
from kiosk.services.printing import deliver_voucher, donation_document, member_after_voucher
from kiosk.services.rewards import donate, redeem_reward
from kiosk.views import Donation, MemberView, VoucherIssued

log = logging.getLogger("kiosk")

Progress = Callable[[str], None]
RenderPreview = Callable[[PrintDocument], bytes]

# Progress steps reported while a voucher or slip is made.
SAVED = "saved"
PRINTING = "printing"
PRINTED = "printed"


@dataclass(frozen=True)
class PrintOutcome:
    """What happened at the printer: printed, or which problem kept the paper from coming out."""

    printed: bool
    problem: str = ""  # a PrinterProblem kind, "none" when no printer is configured
    detail: str = ""
    preview_png: bytes = b""


@dataclass(frozen=True)
class Redeemed:
    """A voucher that exists in the database, whether or not it came out of the printer."""

    voucher: VoucherIssued
    outcome: PrintOutcome
    member: MemberView


@dataclass(frozen=True)
class Donated:
    """A donation that is recorded, and whether its thank-you slip printed."""

    donation: Donation
    outcome: PrintOutcome
    member: MemberView


def member_by_card(ctx: Context, code: str) -> MemberView:
    """A scanned or typed card number to the member screen's view, in one job."""
    require(ctx, "identify")
    found = identify(ctx, code, "card")
    if found.phone_locked:  # the card is the second factor: it lifts a phone look-up lock
        phone_lock.lift(ctx, found.member_id, "member.pin_unlock", "card scanned at the kiosk")
    bonus = grant_birthday_bonus(ctx, found.member_id, found.birthday)
    return member_view(ctx, found.member_id, found.card, bonus)


# A failed phone look-up with the PIN on gets one answer, whatever failed: the kiosk never tells
# a registered number from another. The reasons folded into it:
HIDDEN_PHONE_REASONS = frozenset({"phone_unknown", "pin_not_set", "pin_wrong"})
UNKNOWN_NUMBERS_KEPT = 10_000


@dataclass(frozen=True)
class PhoneMemberView(MemberView):
    """A member found by phone number; phone_masked is the number with all but its end hidden."""

    phone_masked: str = ""


@dataclass(frozen=True)
class BalanceOnlyView(PhoneMemberView):
    """A member found by phone number alone: first name, balance and rewards; nothing to spend.

    Redeeming or donating needs the card (or the phone PIN, when the shop asks for one), and the
    history stays hidden, so a stranger who knows a number learns no more than the balance.
    """


def may_spend(view: MemberView) -> bool:
    """Whether the customer in front of the kiosk proved the account is theirs (card or PIN)."""
    return not isinstance(view, BalanceOnlyView)


def found_by_phone(view: MemberView, number: str, spend: bool) -> PhoneMemberView:
    """The member's view as a phone look-up may show it: with PIN in full, without it the
    balance-only part (first name, no history)."""
    values = {field.name: getattr(view, field.name) for field in fields(MemberView)}
    values["phone_masked"] = mask_phone(number.lstrip("+"))
    if spend:
        return PhoneMemberView(**values)
    values.update(name=view.first_name, recent=[])
    return BalanceOnlyView(**values)


class _UnknownNumbers:
    """Wrong attempts on numbers no member has, so that they lock like a registered one does."""

    def __init__(self) -> None:
        self._counts: OrderedDict[str, int] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def _key(number: str) -> str:
        return hashlib.sha256(number.encode()).hexdigest()

    def count(self, number: str) -> int:
        """Count one more failed attempt on this number; return how many there have been."""
        key = self._key(number)
        with self._lock:
            seen = self._counts.pop(key, 0) + 1
            self._counts[key] = seen
            while len(self._counts) > UNKNOWN_NUMBERS_KEPT:
                self._counts.popitem(last=False)
        return seen

    def forget(self) -> None:
        with self._lock:
            self._counts.clear()


UNKNOWN_NUMBERS = _UnknownNumbers()


def _not_recognised() -> Refused:
    return Refused("The phone number or PIN is not recognised.", reason="phone_or_pin_unknown")


def _locked() -> Refused:
    return Refused("Too many wrong PINs. Scan your card or ask staff to set a new PIN.",
                   reason="pin_locked")


def member_by_phone(ctx: Context, phone: str, pin: str | None) -> MemberView:
    """A phone number (and PIN when the shop asks for one) to the member screen's view.

    Without the shop's phone PIN, a number alone shows a BalanceOnlyView. With it, every failure
    that could tell a registered number from another (unknown number, no PIN set, wrong PIN)
    answers phone_or_pin_unknown after the same work, and an unknown number locks after as many
    attempts as a registered one (security.max_pin_attempts).
    """
    require(ctx, "identify")
    security = ctx.config.security
    if not security.phone_lookup_pin:
        found = identify_by_phone(ctx, phone, None)
        number = normalise_phone(phone, ctx.config.store.country_code)
        bonus = grant_birthday_bonus(ctx, found.member_id, found.birthday)
        return found_by_phone(member_view(ctx, found.member_id, found.card, bonus), number, False)
    try:
        found = identify_by_phone(ctx, phone, pin)
    except KioskError as problem:
        if problem.reason not in HIDDEN_PHONE_REASONS:
            raise
        if problem.reason != "pin_wrong":
            # as a registered number: a locked one answers at once, a wrong try after a PIN check
            attempts = UNKNOWN_NUMBERS.count(normalise_phone(phone, ctx.config.store.country_code))
            if attempts > security.max_pin_attempts:
                raise _locked() from None
            spend_verify_time(pin or "")
            if attempts == security.max_pin_attempts:
                raise _locked() from None
        elif getattr(problem, "attempts_left", 1) <= 0:
            raise _locked() from None
        raise _not_recognised() from None
    number = normalise_phone(phone, ctx.config.store.country_code)
    bonus = grant_birthday_bonus(ctx, found.member_id, found.birthday)
    return found_by_phone(member_view(ctx, found.member_id, found.card, bonus), number, True)


def enrol_member(
    ctx: Context,
    card: str,
    name: str,
    phone: str | None,
    birthday: date | None,
    language: str,
    marketing_consent: bool,
    pin: str | None,
) -> MemberView:
    """Self-enrolment at the kiosk: the scanned card is linked on the spot."""
    require(ctx, "enrol")
    enrolled = enrol(
        ctx,
        name,
        phone=phone or None,
        card=card,
        birthday=birthday,
        language=language,
        marketing_consent=marketing_consent,
        pin=pin or None,
    )
    bonus = grant_birthday_bonus(ctx, enrolled.member_id, birthday)
    return member_view(ctx, enrolled.member_id, enrolled.card, bonus)


def _preview(document: PrintDocument, render: RenderPreview | None) -> bytes:
    """The preview, drawn only after the printer has its bytes."""
    if render is None:
        return b""
    try:
        return render(document)
    except Exception:  # a preview is a nicety; the paper matters
        log.exception("Could not render the preview of %s", document.kind)
        return b""


def _print(
    printer: Printer | None, document: PrintDocument, render: RenderPreview | None
) -> PrintOutcome:
    if printer is None:
        return PrintOutcome(False, "none", "No printer is configured.", _preview(document, render))
    try:
        printer.print_document(document)
    except PrinterProblem as problem:
        log.warning("Printing %s failed: %s (%s)", document.kind, problem.message, problem.kind)
        return PrintOutcome(False, problem.kind, problem.message, _preview(document, render))
    return PrintOutcome(True, "", "", _preview(document, render))


def redeem_and_print(
    ctx: Context,
    printer: Printer | None,
    render: RenderPreview | None,
    member_id: int,
    reward_id: int,
    idempotency_key: str,
    progress: Progress,
) -> Redeemed:
    """Take the points and create the voucher, print it, mark it printed; never lose it.

    A database failure after the voucher is saved raises VoucherKept, which carries it.
    """
    require(ctx, "redeem")
    issued = redeem_reward(ctx, member_id, reward_id, idempotency_key)
    progress(SAVED)
    progress(PRINTING)
    delivery = deliver_voucher(ctx, printer, issued)
    if delivery.printed:
        progress(PRINTED)
    preview = _preview(delivery.document, render)
    outcome = PrintOutcome(delivery.printed, delivery.problem, delivery.detail, preview)
    return Redeemed(issued, outcome, member_after_voucher(ctx, delivery))


def donate_and_print(
    ctx: Context,
    printer: Printer | None,
    render: RenderPreview | None,
    member_id: int,
    cause_id: int,
    points: int,
    idempotency_key: str,
    progress: Progress,
) -> Donated:
    """Give points to a cause and print the thank-you slip."""
    require(ctx, "donate")
    donation = donate(ctx, member_id, cause_id, points, idempotency_key)
    progress(SAVED)
    document = donation_document(ctx, donation)
    progress(PRINTING)
    outcome = _print(printer, document, render)
    if outcome.printed:
        progress(PRINTED)
    return Donated(donation, outcome, member_view(ctx, member_id))


def printer_status(printer: Printer | None) -> PrinterStatus | None:
    """Ask the printer how it is; None when there is no printer."""
    if printer is None:
        return None
    try:
        return printer.status()
    except PrinterProblem as problem:
        online = False if problem.kind in ("refused", "offline", "not_found", "closed") else None
        return PrinterStatus(online, "unknown", None, problem.kind)

"""The kiosk screen's use cases as background jobs: identify, enrol, redeem or donate and print."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kiosk.context import Context
from kiosk.documents import PrintDocument
from kiosk.errors import PrinterProblem
from kiosk.ports import Printer, PrinterStatus
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
    found = identify(ctx, code, "card")
    bonus = grant_birthday_bonus(ctx, found.member_id, found.birthday)
    return member_view(ctx, found.member_id, found.card, bonus)


def member_by_phone(ctx: Context, phone: str, pin: str | None) -> MemberView:
    """A phone number (and PIN when the shop asks for one) to the member screen's view."""
    found = identify_by_phone(ctx, phone, pin)
    bonus = grant_birthday_bonus(ctx, found.member_id, found.birthday)
    return member_view(ctx, found.member_id, found.card, bonus)


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

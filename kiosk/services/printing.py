"""Printing vouchers and slips: the voucher is committed first, printed, then marked printed."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from peewee import InterfaceError, OperationalError

from db.database import database_proxy
from db.models import Cause, Member, Reward, Voucher
from kiosk import audit
from kiosk.cards import mask_card_number
from kiosk.context import Context
from kiosk.documents import PrintDocument
from kiosk.errors import (
    DatabaseUnavailable,
    InvalidInput,
    NotFound,
    PrinterProblem,
    Refused,
    VoucherKept,
)
from kiosk.formatting import shop_time
from kiosk.ports import Printer
from kiosk.print_texts import texts
from kiosk.roles import require
from kiosk.services.lookup import active_card, first_name
from kiosk.services.members import member_view
from kiosk.services.vouchers import OPEN_STATES, mark_voucher_printed, voucher_state
from kiosk.services.vouchers import mark_printed as mark_printed  # re-exported, as before
from kiosk.views import (
    Donation,
    MemberView,
    VoucherIssued,
    VoucherState,
    parse_translations,
    translate,
)
from kiosk.vouchers import check_voucher_code, format_code

log = logging.getLogger("kiosk")

DATABASE_ERRORS = (OperationalError, InterfaceError, DatabaseUnavailable)


@dataclass(frozen=True)
class VoucherDelivery:
    """How a saved voucher reached its owner: on paper or not, recorded as printed or not."""

    voucher: VoucherIssued
    document: PrintDocument
    printed: bool
    problem: str = ""  # a PrinterProblem kind when it did not print; "none" without a printer
    detail: str = ""  # the printer problem's message
    marked: bool = False  # recorded as printed in the database
    database_problem: str = ""  # why it could not be recorded (the paper is valid anyway)


def _voucher_row(ctx: Context, text: str) -> Voucher:
    checked = check_voucher_code(text, ctx.secret)
    if not checked.ok:
        raise InvalidInput(
            checked.reason or "This is not a voucher code.", reason="voucher_invalid"
        )
    voucher = Voucher.get_or_none(Voucher.code == checked.code)
    if voucher is None:
        raise NotFound("This voucher is not known here.", reason="voucher_unknown")
    return voucher


def _recipient(member_id: int) -> tuple[Member, dict[str, str], str]:
    """The member, the printed words in their language, and their masked card number."""
    member = Member.get_by_id(member_id)
    card = active_card(member.id)
    return member, texts(member.language), mask_card_number(card) if card else ""


def _document(
    ctx: Context,
    language: str,
    title: str,
    description: str,
    name: str,
    card: str | None,
    code: str,
    expires_at: datetime,
    duplicate: bool,
    member_id: int | None = None,
    voucher_id: int | None = None,
) -> PrintDocument:
    words = texts(language)
    return PrintDocument(
        kind="voucher",
        language=language,
        shop_name=ctx.config.store.name,
        title=title,
        lines=(description,) if description else (),
        member_first_name=first_name(name),
        masked_card=mask_card_number(card) if card else "",
        code=code,
        display_code=format_code(code),
        expires_at=shop_time(ctx.config, expires_at),
        terms=(words["show_at_till"], words["one_use"]),
        terminal=ctx.terminal,
        printed_at=shop_time(ctx.config, ctx.now()),
        duplicate=duplicate,
        labels=dict(words),
        member_id=member_id,
        voucher_id=voucher_id,
    )


def issued_document(ctx: Context, issued: VoucherIssued, duplicate: bool = False) -> PrintDocument:
    """The printable voucher for one just redeemed, from what the redeem returned (no database)."""
    return _document(
        ctx,
        issued.language,
        issued.title or issued.reward_name,
        issued.description,
        issued.first_name,
        issued.card,
        issued.voucher_code,
        issued.expires_at,
        duplicate,
        member_id=issued.member_id,
        voucher_id=issued.voucher_id,
    )


def voucher_document(ctx: Context, text: str, duplicate: bool = False) -> PrintDocument:
    """The printable voucher for a typed or scanned code, in the member's language."""
    require(ctx, "vouchers")
    return _voucher_document(ctx, _voucher_row(ctx, text), duplicate)


def _voucher_document(ctx: Context, voucher: Voucher, duplicate: bool) -> PrintDocument:
    member = Member.get_by_id(voucher.member_id)
    reward = Reward.get_by_id(voucher.reward_id)
    title, description = translate(
        reward.name, reward.description, parse_translations(reward.translations), member.language
    )
    return _document(
        ctx,
        member.language,
        title,
        description,
        member.name,
        active_card(member.id),
        voucher.code,
        voucher.expires_at,
        duplicate,
        member_id=member.id,
        voucher_id=voucher.id,
    )


def _first_line(exc: BaseException) -> str:
    text = exc.message if isinstance(exc, DatabaseUnavailable) else str(exc)
    return (text.strip().splitlines() or [type(exc).__name__])[0]


def deliver_voucher(
    ctx: Context, printer: Printer | None, issued: VoucherIssued
) -> VoucherDelivery:
    """Print a just-redeemed voucher, then record it as printed; never raises for the printer
    or the database, so the voucher always comes back to the caller with what happened.

    The job is built from the redeem's result and sent before anything else happens (no
    statement runs before the printer has its bytes); marking it printed is one statement.
    A retry that finds the voucher printed already prints it again marked DUPLICATE.
    """
    require(ctx, "print_voucher")
    document = issued_document(
        ctx, issued, duplicate=issued.repeated and issued.status == "printed"
    )
    if printer is None:
        return VoucherDelivery(issued, document, False, "none", "No printer is configured.")
    try:
        printer.print_document(document)
    except PrinterProblem as problem:
        log.warning("Voucher %d not printed: %s (%s)", issued.voucher_id, problem.message,
                    problem.kind)
        return VoucherDelivery(issued, document, False, problem.kind, problem.message)
    try:
        marked = mark_voucher_printed(ctx, issued.voucher_id)
    except DATABASE_ERRORS as exc:  # the paper is in the customer's hand; it stays valid
        log.warning("Voucher %d printed but not marked printed: %s", issued.voucher_id,
                    _first_line(exc))
        return VoucherDelivery(issued, document, True, database_problem=_first_line(exc))
    return VoucherDelivery(issued, document, True, marked=marked)


def voucher_kept(
    voucher: VoucherIssued, printed: bool, problem: str, cause: BaseException
) -> VoucherKept:
    """The error for a database failure after a voucher was saved: it carries the voucher."""
    where = "printed, and " if printed else ""
    return VoucherKept(
        f"Voucher {voucher.display_code} is saved ({voucher.points} points taken), {where}"
        f"the database stopped answering afterwards ({_first_line(cause)}). The voucher is "
        f"valid; the request key {voucher.idempotency_key} brings it back.",
        voucher,
        printed,
        problem,
    )


def member_after_voucher(ctx: Context, delivery: VoucherDelivery) -> MemberView:
    """The member screen after a voucher; a database failure raises VoucherKept with the code."""
    issued = delivery.voucher
    try:
        return member_view(ctx, issued.member_id, issued.card)
    except DATABASE_ERRORS as exc:
        raise voucher_kept(issued, delivery.printed, delivery.problem, exc) from exc


def print_voucher(ctx: Context, printer: Printer, voucher: VoucherIssued | str) -> VoucherState:
    """Print a freshly issued voucher and mark it printed; on failure it stays issued.

    Given the redeem's result, nothing is read again: the voucher is printed from it, then
    marked printed by id; if the database fails at that step, VoucherKept carries the voucher.
    Given a code, the voucher is looked up first.
    """
    require(ctx, "print_voucher")
    if isinstance(voucher, str):
        row = _voucher_row(ctx, voucher)
        printer.print_document(_voucher_document(ctx, row, duplicate=False))
        mark_voucher_printed(ctx, row.id)
        return voucher_state(ctx, Voucher.get_by_id(row.id), ok=True)
    printer.print_document(issued_document(ctx, voucher))
    try:
        mark_voucher_printed(ctx, voucher.voucher_id)
    except DATABASE_ERRORS as exc:
        raise voucher_kept(voucher, True, "", exc) from exc
    return VoucherState(
        code=voucher.display_code,
        status="printed",
        ok=True,
        message="Valid voucher.",
        reward=voucher.reward_name,
        points=voucher.points,
        member_first_name=voucher.first_name,
        issued_at=voucher.issued_at,
        expires_at=voucher.expires_at,
    )


def reprint_voucher(ctx: Context, printer: Printer, text: str) -> VoucherState:
    """Print a voucher again, marked DUPLICATE; only vouchers that can still be used."""
    require(ctx, "vouchers")
    voucher = _voucher_row(ctx, text)
    if voucher.status not in OPEN_STATES or voucher.expires_at <= ctx.now():
        status = "expired" if voucher.status in OPEN_STATES else voucher.status
        raise Refused(
            f"Voucher {format_code(voucher.code)} is {status}; it cannot be reprinted.",
            reason="voucher_closed",
        )
    document = _voucher_document(ctx, voucher, duplicate=True)
    printer.print_document(document)
    with database_proxy.atomic():
        mark_voucher_printed(ctx, voucher.id)
        audit.record(
            ctx, "voucher.reprint", audit.voucher_target(voucher.id),
            {"code": audit.code_tail(voucher.code)},
        )
    return voucher_state(ctx, Voucher.get_by_id(voucher.id), ok=True)


def donation_document(ctx: Context, donation: Donation) -> PrintDocument:
    """The printable thank-you slip for a donation."""
    member, words, masked_card = _recipient(donation.member_id)
    translations = (
        Cause.select(Cause.translations).where(Cause.id == donation.cause_id).scalar() or "{}"
    )
    cause, _ = translate(donation.cause, "", parse_translations(translations), member.language)
    return PrintDocument(
        kind="donation",
        language=member.language,
        shop_name=ctx.config.store.name,
        title=words["donation_title"],
        lines=(words["donated"].format(points=donation.points, cause=cause),),
        member_first_name=first_name(member.name),
        masked_card=masked_card,
        terminal=ctx.terminal,
        printed_at=shop_time(ctx.config, donation.at),
        labels=dict(words),
        member_id=member.id,
    )


def printer_test_page(ctx: Context, status_lines: tuple[str, ...]) -> PrintDocument:
    """A test page listing the printer's status and this kiosk's identity."""
    words = texts(ctx.config.ui.language)
    sample = {"en": "Ab 0123456789 £", "tr": "ğüşıöç ĞÜŞİÖÇ", "ru": "Съешь же ещё этих булок"}
    lines = (
        f"{ctx.config.store.name} / {ctx.store} / {ctx.terminal}",
        *status_lines,
        sample.get(ctx.config.ui.language, sample["en"]),
    )
    return PrintDocument(
        kind="test",
        language=ctx.config.ui.language,
        shop_name=ctx.config.store.name,
        title=words["test_title"],
        lines=lines,
        terminal=ctx.terminal,
        printed_at=shop_time(ctx.config, ctx.now()),
        labels=dict(words),
    )

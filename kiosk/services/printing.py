"""Printing vouchers and slips: the voucher is committed first, printed, then marked printed."""

from __future__ import annotations

from db.models import Cause, Member, Reward, Voucher
from kiosk.cards import mask_card_number
from kiosk.context import Context
from kiosk.documents import PrintDocument
from kiosk.errors import InvalidInput, NotFound, Refused
from kiosk.formatting import shop_time
from kiosk.ports import Printer
from kiosk.print_texts import texts
from kiosk.services.lookup import active_card, first_name
from kiosk.services.vouchers import OPEN_STATES, mark_printed
from kiosk.views import Donation, VoucherState, parse_translations, translate
from kiosk.vouchers import check_voucher_code, format_code


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


def voucher_document(ctx: Context, text: str, duplicate: bool = False) -> PrintDocument:
    """The printable voucher, in the member's language."""
    return _voucher_document(ctx, _voucher_row(ctx, text), duplicate)


def _voucher_document(ctx: Context, voucher: Voucher, duplicate: bool) -> PrintDocument:
    member, words, masked_card = _recipient(voucher.member_id)
    reward = Reward.get_by_id(voucher.reward_id)
    name, description = translate(
        reward.name, reward.description, parse_translations(reward.translations), member.language
    )
    return PrintDocument(
        kind="voucher",
        language=member.language,
        shop_name=ctx.config.store.name,
        title=name,
        lines=(description,) if description else (),
        member_first_name=first_name(member.name),
        masked_card=masked_card,
        code=voucher.code,
        display_code=format_code(voucher.code),
        expires_at=shop_time(ctx.config, voucher.expires_at),
        terms=(words["show_at_till"], words["one_use"]),
        terminal=ctx.terminal,
        printed_at=shop_time(ctx.config, ctx.now()),
        duplicate=duplicate,
        labels=dict(words),
    )


def print_voucher(ctx: Context, printer: Printer, text: str) -> VoucherState:
    """Print a freshly issued voucher and mark it printed; on failure it stays issued."""
    document = voucher_document(ctx, text)
    printer.print_document(document)
    return mark_printed(ctx, document.code)


def reprint_voucher(ctx: Context, printer: Printer, text: str) -> VoucherState:
    """Print a voucher again, marked DUPLICATE; only vouchers that can still be used."""
    voucher = _voucher_row(ctx, text)
    if voucher.status not in OPEN_STATES or voucher.expires_at <= ctx.now():
        status = "expired" if voucher.status in OPEN_STATES else voucher.status
        raise Refused(
            f"Voucher {format_code(voucher.code)} is {status}; it cannot be reprinted.",
            reason="voucher_closed",
        )
    document = _voucher_document(ctx, voucher, duplicate=True)
    printer.print_document(document)
    return mark_printed(ctx, voucher.code)


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

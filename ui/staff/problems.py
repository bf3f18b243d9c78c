"""What a shop assistant reads when the core refuses: a translated sentence per reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from kiosk import formatting
from kiosk.errors import KioskError, PrinterProblem
from ui.texts import printer_problem

CONTEXT = "StaffProblems"
# one sentence per reason: what happened and, where it helps, what to do
TEXTS = {
    "nothing_entered": QT_TRANSLATE_NOOP("StaffProblems", "Nothing was entered: scan or type it first."),
    "card_check_digit": QT_TRANSLATE_NOOP("StaffProblems", "The card number did not read right (check digit). Scan it again."),
    "card_invalid": QT_TRANSLATE_NOOP("StaffProblems", "That is not a loyalty card number of this shop."),
    "card_unknown": QT_TRANSLATE_NOOP("StaffProblems", "This card is not registered. Enrol the customer on the Members page."),
    "card_blocked": QT_TRANSLATE_NOOP("StaffProblems", "This card is blocked (lost or replaced). Find the member on the Members page."),
    "account_blocked": QT_TRANSLATE_NOOP("StaffProblems", "This member's account is blocked. A manager can unblock it."),
    "account_gone": QT_TRANSLATE_NOOP("StaffProblems", "This member's account was erased or does not exist."),
    "account_merged": QT_TRANSLATE_NOOP("StaffProblems", "This account was merged into another member."),
    "phone_invalid": QT_TRANSLATE_NOOP("StaffProblems", "That is not a phone number."),
    "phone_unknown": QT_TRANSLATE_NOOP("StaffProblems", "No member has this phone number."),
    "phone_exists": QT_TRANSLATE_NOOP("StaffProblems", "Another member already has this phone number."),
    "card_taken": QT_TRANSLATE_NOOP("StaffProblems", "This card already belongs to a member."),
    "name_missing": QT_TRANSLATE_NOOP("StaffProblems", "Type a name first."),
    "name_too_long": QT_TRANSLATE_NOOP("StaffProblems", "That name is too long."),
    "name_invalid": QT_TRANSLATE_NOOP("StaffProblems", "The name has a hidden control or direction character (perhaps pasted). Type it again."),
    "text_invalid": QT_TRANSLATE_NOOP("StaffProblems", "The text has a hidden control or direction character (perhaps pasted). Type it again."),
    "birthday_invalid": QT_TRANSLATE_NOOP("StaffProblems", "The birthday is not a possible date."),
    "email_invalid": QT_TRANSLATE_NOOP("StaffProblems", "The e-mail address does not look right."),
    "insufficient_points": QT_TRANSLATE_NOOP("StaffProblems", "The member does not have enough points for that."),
    "receipt_invalid": QT_TRANSLATE_NOOP("StaffProblems", "Type the receipt number from the till (at most 80 characters)."),
    "receipt_unknown": QT_TRANSLATE_NOOP("StaffProblems", "No purchase with this receipt number is recorded at this shop."),
    "refunded_already": QT_TRANSLATE_NOOP("StaffProblems", "This receipt has already been refunded in full."),
    "refund_conflict": QT_TRANSLATE_NOOP("StaffProblems", "Another till refunded this receipt at the same moment. Check it again."),
    "offline": QT_TRANSLATE_NOOP("StaffProblems", "This needs the chain's server, which cannot be reached right now. Try again when the kiosk is back online."),
    "offline_redeem_off": QT_TRANSLATE_NOOP("StaffProblems", "Rewards cannot be redeemed while the kiosk is offline."),
    "offline_redeem_limit": QT_TRANSLATE_NOOP("StaffProblems", "This member reached the chain's limit for rewards while the kiosk is offline."),
    "offline_points_unconfirmed": QT_TRANSLATE_NOOP("StaffProblems", "Only points confirmed before the kiosk went offline can be spent now."),
    "offline_vouchers_refused": QT_TRANSLATE_NOOP("StaffProblems", "Could not be checked against other shops, and this chain accepts no vouchers while offline."),
    "voucher_replaced": QT_TRANSLATE_NOOP("StaffProblems", "The voucher printed offline was replaced by one saved just before the line dropped: reprint that one for the customer."),
    "redeemed_twice": QT_TRANSLATE_NOOP("StaffProblems", "This voucher was also redeemed at another shop while this kiosk was offline."),
    "amount_invalid": QT_TRANSLATE_NOOP("StaffProblems", "The amount is not right: type it like 12.50, more than zero and not more than what is left."),
    "reason_missing": QT_TRANSLATE_NOOP("StaffProblems", "Type a reason first."),
    "points_missing": QT_TRANSLATE_NOOP("StaffProblems", "Type how many points."),
    "members_same": QT_TRANSLATE_NOOP("StaffProblems", "Choose two different members."),
    "target_inactive": QT_TRANSLATE_NOOP("StaffProblems", "Points can only move to an active member."),
    "vouchers_open": QT_TRANSLATE_NOOP("StaffProblems", "The duplicate still has unused vouchers: redeem or void them first."),
    "status_conflict": QT_TRANSLATE_NOOP("StaffProblems", "The member's account changed meanwhile. Open it again."),
    "voucher_invalid": QT_TRANSLATE_NOOP("StaffProblems", "That is not a voucher of this shop."),
    "voucher_unknown": QT_TRANSLATE_NOOP("StaffProblems", "This voucher is not known here."),
    "voucher_closed": QT_TRANSLATE_NOOP("StaffProblems", "This voucher is used, void or expired: it cannot be printed again."),
    "staff_exists": QT_TRANSLATE_NOOP("StaffProblems", "There is already a staff account with this name."),
    "staff_card_taken": QT_TRANSLATE_NOOP("StaffProblems", "This staff card belongs to another account."),
    "staff_card_invalid": QT_TRANSLATE_NOOP("StaffProblems", "A staff card code starts with STAFF-."),
    "last_manager": QT_TRANSLATE_NOOP("StaffProblems", "The shop needs at least one manager who can log in."),
    "pin_invalid": QT_TRANSLATE_NOOP("StaffProblems", "A PIN is 4 to 6 digits."),
    "role_invalid": QT_TRANSLATE_NOOP("StaffProblems", "Choose clerk or manager."),
    "date_past": QT_TRANSLATE_NOOP("StaffProblems", "Rules apply from now on: choose today or a later date."),
    "reward_unavailable": QT_TRANSLATE_NOOP("StaffProblems", "This reward is not available."),
    "printer_off": QT_TRANSLATE_NOOP("StaffProblems", "Printing is switched off on this kiosk."),
    "not_allowed": QT_TRANSLATE_NOOP("StaffProblems", "This needs a manager."),
    "staff_other_shop": QT_TRANSLATE_NOOP("StaffProblems", "This account belongs to another shop: it logs in at that shop's kiosks only."),
    "store_account": QT_TRANSLATE_NOOP("StaffProblems", "A shop's manager manages that shop's own accounts only."),
    "store_unknown": QT_TRANSLATE_NOOP("StaffProblems", "There is no shop with this code."),
    "store_invalid": QT_TRANSLATE_NOOP("StaffProblems", "A shop code is 1 to 40 letters A-Z, digits, - or _."),
    "store_exists": QT_TRANSLATE_NOOP("StaffProblems", "There is already a shop with this code."),
    "reward_not_here": QT_TRANSLATE_NOOP("StaffProblems", "This is offered at other shops, not at this one."),
    "pin_not_locked": QT_TRANSLATE_NOOP("StaffProblems", "The phone look-up is not locked."),
    "staff_busy": QT_TRANSLATE_NOOP("StaffProblems", "Too many PIN attempts at once for this account. Try again."),
    "disk_full": QT_TRANSLATE_NOOP("StaffProblems", "The kiosk's disk is full; nothing was changed. Free some space (old backups and exports) or call for help."),
    "write_conflict": QT_TRANSLATE_NOOP("StaffProblems", "Another kiosk changed this at the same moment; nothing was changed. Try again."),
}
# the core's message names the field or value; the sentence around it is translated
WITH_DETAIL = {
    "catalogue_invalid": QT_TRANSLATE_NOOP("StaffProblems", "Check the form: %1"),
    "rules_invalid": QT_TRANSLATE_NOOP("StaffProblems", "Check the rules: %1"),
}
BUG = QT_TRANSLATE_NOOP("StaffProblems", "Something went wrong; nothing was changed. Try again, or tell a manager.")
DATABASE = QT_TRANSLATE_NOOP("StaffProblems", "The database is not answering; nothing was changed. Try again soon.")
RECORDED_BEFORE = QT_TRANSLATE_NOOP("StaffProblems", "Receipt %1 was already recorded on %2; no points were added.")
RECORDED_OTHER = QT_TRANSLATE_NOOP("StaffProblems", "This receipt was recorded before for another card or amount.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _machine_moment(moment: datetime) -> str:
    language = QLocale().name().split("_")[0]
    return formatting.datetime_text(moment, language, formatting.shop_zone(""))


def staff_problem_text(problem: KioskError,
                       moment: Callable[[datetime], str] = _machine_moment) -> str:
    """The refusal in the staff screen's language; the core's English words only as a detail.

    moment writes a stored instant as the shop's date and time (a page passes its shop's zone).
    """
    if isinstance(problem, PrinterProblem):
        return printer_problem(problem.kind)
    if problem.reason == "bug":  # an unexpected error the worker caught
        return _tr(BUG)
    if problem.code == "database":
        return _tr(DATABASE)
    reason = problem.reason
    if reason == "receipt_reused" and getattr(problem, "recorded_at", None) is not None:
        return _tr(RECORDED_BEFORE).replace(
            "%1", getattr(problem, "receipt", "")).replace(
            "%2", moment(problem.recorded_at))  # type: ignore[attr-defined]
    if reason == "receipt_reused":
        return _tr(RECORDED_OTHER)
    if reason in TEXTS:
        return _tr(TEXTS[reason])
    if reason in WITH_DETAIL:
        return _tr(WITH_DETAIL[reason]).replace("%1", problem.message)
    return problem.message

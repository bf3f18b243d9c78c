"""Translated sentences for what the core reports: refusals, printer problems, tiers, activity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from kiosk import formatting
from kiosk.errors import KioskError
from kiosk.tiers import TierStatus
from kiosk.views import CauseOption, RewardOption, localized


@dataclass(frozen=True)
class ShopFormat:
    """What the customer screens need to know about the shop to write money, dates and phones."""

    currency: str = "GBP"
    minor_digits: int = 2
    country_code: str = "+44"
    time_zone: str = ""

    @property
    def zone(self) -> tzinfo:
        return formatting.shop_zone(self.time_zone)

    @property
    def region(self) -> str:
        """The phone region (GB, TR, RU) of the shop's country calling code."""
        import phonenumbers

        region = phonenumbers.region_code_for_country_code(int(self.country_code.lstrip("+")))
        return region if region and region != "ZZ" else "GB"


_shop = ShopFormat()
# day, short month, year: "3 Sept 2027", "3 Eyl 2027", "3 сент. 2027" (no trailing "г.")
SHORT_DATE = "d MMM y"


def use_shop(currency: str, minor_digits: int, country_code: str, time_zone: str = "") -> None:
    """Tell the customer screens the shop's currency, phone country and time zone (at start-up)."""
    global _shop
    _shop = ShopFormat(currency, minor_digits, country_code, time_zone)


def shop() -> ShopFormat:
    """The shop's formats in use."""
    return _shop


def language() -> str:
    """The language the screen speaks now (the one whose QLocale the switcher made default)."""
    return QLocale().name().split("_")[0] or "en"


def money_text(minor: int) -> str:
    """An amount of the shop's money as the screen's language writes it: £41.50, 41,50 ₺."""
    return formatting.money(minor, _shop.currency, _shop.minor_digits, language())


def number_text(value: int) -> str:
    """A whole number grouped as the screen's language groups it: 1,000 / 1.000 / 1 000."""
    return formatting.number(value, language())


def _t(text: str) -> str:
    """Translate a message marked with QT_TRANSLATE_NOOP("Messages", ...)."""
    return QCoreApplication.translate("Messages", text)


def problem_title(problem: KioskError) -> str:
    """A short headline for a refusal or problem."""
    reason = getattr(problem, "reason", "")
    titles = {
        "card_check_digit": QT_TRANSLATE_NOOP("Messages", "That scan did not read right"),
        "card_invalid": QT_TRANSLATE_NOOP("Messages", "This is not one of our cards"),
        "card_blocked": QT_TRANSLATE_NOOP("Messages", "This card is blocked"),
        "account_blocked": QT_TRANSLATE_NOOP("Messages", "This account is on hold"),
        "phone_unknown": QT_TRANSLATE_NOOP("Messages", "We could not find that number"),
        "pin_wrong": QT_TRANSLATE_NOOP("Messages", "That PIN is not right"),
        "pin_locked": QT_TRANSLATE_NOOP("Messages", "Phone look-up is locked"),
        "phone_or_pin_unknown": QT_TRANSLATE_NOOP("Messages", "Number or PIN not recognised"),
        "disk_full": QT_TRANSLATE_NOOP("Messages", "We cannot save anything right now"),
    }
    if reason in titles:
        return _t(titles[reason])
    if problem.code == "database":
        return QCoreApplication.translate("Messages", "We cannot reach our records right now")
    return QCoreApplication.translate("Messages", "Sorry, that did not work")


def problem_text(problem: KioskError) -> str:
    """What went wrong and what to do next, in plain words."""
    reason = getattr(problem, "reason", "")
    texts = {
        "nothing_entered": QT_TRANSLATE_NOOP("Messages", "Nothing was entered. Please try again."),
        "card_check_digit": QT_TRANSLATE_NOOP("Messages", "Please scan your card again, holding it steady."),
        "card_invalid": QT_TRANSLATE_NOOP("Messages", "Please scan your loyalty card, or use your phone number."),
        "card_unknown": QT_TRANSLATE_NOOP("Messages", "This card is not registered yet."),
        "card_blocked": QT_TRANSLATE_NOOP("Messages", "Please ask a member of staff at the till. They can help straight away."),
        "account_blocked": QT_TRANSLATE_NOOP("Messages", "Please ask a member of staff at the till."),
        "account_gone": QT_TRANSLATE_NOOP("Messages", "This account no longer exists. Please ask a member of staff."),
        "phone_invalid": QT_TRANSLATE_NOOP("Messages", "That does not look like a phone number. Please check it."),
        "phone_unknown": QT_TRANSLATE_NOOP("Messages", "Please check the number, or scan your card instead."),
        "phone_exists": QT_TRANSLATE_NOOP("Messages", "This phone number already belongs to a member. Scan that card or ask staff."),
        "card_taken": QT_TRANSLATE_NOOP("Messages", "This card already belongs to a member."),
        "name_missing": QT_TRANSLATE_NOOP("Messages", "Please type your name."),
        "name_too_long": QT_TRANSLATE_NOOP("Messages", "That name is too long."),
        "name_invalid": QT_TRANSLATE_NOOP("Messages", "Please type your name with letters only: it has a hidden character that cannot be printed."),
        "email_invalid": QT_TRANSLATE_NOOP("Messages", "That e-mail address does not look right. Please check it."),
        "birthday_invalid": QT_TRANSLATE_NOOP("Messages", "That birthday does not look right. Please check the date."),
        "insufficient_points": QT_TRANSLATE_NOOP("Messages", "You do not have enough points for this reward yet."),
        "out_of_stock": QT_TRANSLATE_NOOP("Messages", "Sorry, this reward has just run out."),
        "tier_locked": QT_TRANSLATE_NOOP("Messages", "This reward is for a higher tier."),
        "reward_unavailable": QT_TRANSLATE_NOOP("Messages", "This reward is not available any more."),
        "reward_not_here": QT_TRANSLATE_NOOP("Messages", "This reward is not offered at this shop."),
        "cause_unavailable": QT_TRANSLATE_NOOP("Messages", "This cause is not taking donations right now."),
        "points_missing": QT_TRANSLATE_NOOP("Messages", "Choose how many points to give."),
        "pin_required": QT_TRANSLATE_NOOP("Messages", "Please enter your PIN."),
        "pin_not_set": QT_TRANSLATE_NOOP("Messages", "No PIN is set for this account. Scan your card, or ask staff to set one."),
        "pin_wrong": QT_TRANSLATE_NOOP("Messages", "Please try again."),
        "pin_locked": QT_TRANSLATE_NOOP("Messages", "Too many wrong PINs. Please scan your card or ask a member of staff."),
        "pin_invalid": QT_TRANSLATE_NOOP("Messages", "A PIN is 4 to 6 digits."),
        "phone_or_pin_unknown": QT_TRANSLATE_NOOP("Messages", "Please check both and try again, or scan your card. Staff can set a PIN for you."),
        "disk_full": QT_TRANSLATE_NOOP("Messages", "Nothing has been lost. Please ask a member of staff: the kiosk needs attention."),
        "write_conflict": QT_TRANSLATE_NOOP("Messages", "Something changed at the same moment. Please try again."),
    }
    if reason in texts:
        text = _t(texts[reason])
        left = getattr(problem, "attempts_left", None)
        if reason == "pin_wrong" and left is not None:
            text += " " + PLURALS.attempts_left(left)
        return text
    if problem.code == "database":
        return QCoreApplication.translate("Messages", "Nothing has been lost. Please try again in a moment, or ask a member of staff.")
    return QCoreApplication.translate("Messages", "Please try again, or ask a member of staff for help.")


def printer_problem(kind: str) -> str:
    """Why the printer did not print."""
    texts = {
        "paper_out": QT_TRANSLATE_NOOP("Messages", "The printer has run out of paper."),
        "cover_open": QT_TRANSLATE_NOOP("Messages", "The printer's cover is open."),
        "offline": QT_TRANSLATE_NOOP("Messages", "The printer is not ready."),
        "refused": QT_TRANSLATE_NOOP("Messages", "The printer cannot be reached."),
        "closed": QT_TRANSLATE_NOOP("Messages", "The printer stopped answering."),
        "timeout": QT_TRANSLATE_NOOP("Messages", "The printer did not answer in time."),
        "not_found": QT_TRANSLATE_NOOP("Messages", "The printer is not connected."),
        "none": QT_TRANSLATE_NOOP("Messages", "This kiosk has no printer."),
    }
    if kind in texts:
        return _t(texts[kind])
    return QCoreApplication.translate("Messages", "The printer could not print.")


def tier_name(name: str) -> str:
    """The shop's tier names, translated where the kiosk knows them."""
    known = {
        "Member": QT_TRANSLATE_NOOP("Tiers", "Member"),
        "Bronze": QT_TRANSLATE_NOOP("Tiers", "Bronze"),
        "Silver": QT_TRANSLATE_NOOP("Tiers", "Silver"),
        "Gold": QT_TRANSLATE_NOOP("Tiers", "Gold"),
        "Platinum": QT_TRANSLATE_NOOP("Tiers", "Platinum"),
    }
    return QCoreApplication.translate("Tiers", known[name]) if name in known else name


def short_date(moment: datetime) -> str:
    """A stored instant's day in the shop's zone, as the screen's language writes it: 31 Mar 2027."""
    return formatting.date_text(moment, language(), _shop.zone, SHORT_DATE)


def tier_sentence(status: TierStatus, digits: int = 2, symbol: str = "") -> str:
    """What it takes to reach the next tier and keep this one, in the chosen language.

    Money is written in the shop's currency for the screen's language (digits and symbol are
    kept for old callers and ignored).
    """

    def amount(value: int) -> str:
        if status.basis == "spend":
            return money_text(value)
        return PLURALS.tier_credits(value).replace(str(value), number_text(value))

    parts = []
    if status.next_tier:
        if status.reach_by is not None:
            parts.append(
                QCoreApplication.translate("Messages", "Spend %1 more by %2 to reach %3.")
                .replace("%1", amount(status.next_needed))
                .replace("%2", short_date(status.reach_by))
                .replace("%3", tier_name(status.next_tier))
            )
        else:
            parts.append(
                QCoreApplication.translate("Messages", "Spend %1 more within a year to reach %2.")
                .replace("%1", amount(status.next_needed))
                .replace("%2", tier_name(status.next_tier))
            )
    if status.keep_by is not None:
        parts.append(
            QCoreApplication.translate("Messages", "Spend %1 more by %2 to keep %3.")
            .replace("%1", amount(status.keep_needed))
            .replace("%2", short_date(status.keep_by))
            .replace("%3", tier_name(status.tier))
        )
    if not parts:
        parts.append(QCoreApplication.translate("Messages", "You are at our top tier. Thank you!"))
    return " ".join(parts)


def activity_label(kind: str) -> str:
    """What a ledger entry was, in a word or two."""
    labels = {
        "earn": QT_TRANSLATE_NOOP("Messages", "Purchase"),
        "redeem": QT_TRANSLATE_NOOP("Messages", "Reward"),
        "refund": QT_TRANSLATE_NOOP("Messages", "Refund"),
        "adjust": QT_TRANSLATE_NOOP("Messages", "Adjustment"),
        "expire": QT_TRANSLATE_NOOP("Messages", "Points expired"),
        "donate": QT_TRANSLATE_NOOP("Messages", "Donation"),
        "transfer": QT_TRANSLATE_NOOP("Messages", "Transfer"),
        "birthday": QT_TRANSLATE_NOOP("Messages", "Birthday bonus"),
        "void": QT_TRANSLATE_NOOP("Messages", "Voucher cancelled"),
        "opening": QT_TRANSLATE_NOOP("Messages", "Opening balance"),
    }
    if kind in labels:
        return _t(labels[kind])
    return QCoreApplication.translate("Messages", "Points")


def activity_line(
    kind: str, reference: str | None, rewards: list[RewardOption], causes: list[CauseOption]
) -> str:
    """A history row's "what": the kind, and for a reward or donation its name in the language.

    Receipt numbers, voucher codes and other internal references are never shown.
    """
    what = activity_label(kind)
    options: list[RewardOption] | list[CauseOption] = []
    if kind == "redeem":
        options = rewards
    elif kind == "donate":
        options = causes
    match = next((option for option in options if option.name[:80] == reference), None)
    if match is not None:
        what += " · " + localized(match, language())[0]
    return what


def points(value: int) -> str:
    """A number of points with its unit, e.g. 1,250 points."""
    return PLURALS.points(value).replace(str(value), number_text(value))


class Plurals(QObject):
    """Sentences with a count; lupdate reads plural forms only from tr() calls."""

    def points(self, value: int) -> str:
        return self.tr("%n point(s)", "", value)

    def attempts_left(self, value: int) -> str:
        return self.tr("%n attempt(s) left.", "", value)

    def tier_credits(self, value: int) -> str:
        return self.tr("%n tier credit(s)", "", value)


PLURALS = Plurals()

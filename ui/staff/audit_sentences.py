"""The audit log in words: one translated sentence per kind of action, money and dates formatted."""
# ruff: noqa: E501  (one translatable sentence per line, as lupdate reads it)

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from kiosk.cards import mask_card_number
from kiosk.services.audit_log import AuditLine
from ui.staff import formats
from ui.staff.formats import HasContext

CONTEXT = "AuditSentences"
# %1 is always who did it; the other numbers are named per sentence in SENTENCES below
SENTENCES: dict[str, str] = {
    "purchase": QT_TRANSLATE_NOOP("AuditSentences", "%1 recorded a purchase of %2 for member #%3 (receipt %4)."),
    "refund": QT_TRANSLATE_NOOP("AuditSentences", "%1 refunded %2 on receipt %4 for member #%3."),
    "voucher.redeem": QT_TRANSLATE_NOOP("AuditSentences", "%1 redeemed voucher %2 (%3)."),
    "voucher.reprint": QT_TRANSLATE_NOOP("AuditSentences", "%1 printed voucher %2 again, marked DUPLICATE."),
    "voucher.void": QT_TRANSLATE_NOOP("AuditSentences", "%1 voided voucher %2; its points went back to the member."),
    "member.enrol": QT_TRANSLATE_NOOP("AuditSentences", "%1 enrolled member #%2 with card %3."),
    "member.edit": QT_TRANSLATE_NOOP("AuditSentences", "%1 changed member #%2: %3."),
    "member.block": QT_TRANSLATE_NOOP("AuditSentences", "%1 blocked member #%2."),
    "member.unblock": QT_TRANSLATE_NOOP("AuditSentences", "%1 unblocked member #%2."),
    "member.merge": QT_TRANSLATE_NOOP("AuditSentences", "%1 merged member #%3 into member #%2."),
    "member.erase": QT_TRANSLATE_NOOP("AuditSentences", "%1 erased member #%2 on request."),
    "member.pin_locked": QT_TRANSLATE_NOOP("AuditSentences", "The phone look-up of member #%2 was locked after too many wrong PINs."),
    "member.pin_unlock": QT_TRANSLATE_NOOP("AuditSentences", "The card of member #%2 was scanned: their phone look-up is unlocked."),
    "member.pin_reset": QT_TRANSLATE_NOOP("AuditSentences", "%1 unlocked the phone look-up of member #%2."),
    "card.replace": QT_TRANSLATE_NOOP("AuditSentences", "%1 gave member #%2 a new card %3 and blocked card %4."),
    "points.adjust": QT_TRANSLATE_NOOP("AuditSentences", "%1 adjusted the points of member #%2 by %3; the balance is now %4."),
    "staff.add": QT_TRANSLATE_NOOP("AuditSentences", "%1 added %2 as a %3."),
    "staff.add.store": QT_TRANSLATE_NOOP("AuditSentences", "%1 added %2 as a %3 of shop %4."),
    "store.add": QT_TRANSLATE_NOOP("AuditSentences", "%1 added the shop %2."),
    "store.edit": QT_TRANSLATE_NOOP("AuditSentences", "%1 changed the shop %2: %3."),
    "staff.edit": QT_TRANSLATE_NOOP("AuditSentences", "%1 changed the staff account of %2: %3."),
    "staff.passwd": QT_TRANSLATE_NOOP("AuditSentences", "%1 changed the PIN of %2."),
    "staff.lock": QT_TRANSLATE_NOOP("AuditSentences", "%1 locked the account of %2."),
    "staff.unlock": QT_TRANSLATE_NOOP("AuditSentences", "%1 unlocked the account of %2."),
    "staff.locked": QT_TRANSLATE_NOOP("AuditSentences", "The account of %2 was locked after too many wrong PINs, until %3."),
    "staff.login": QT_TRANSLATE_NOOP("AuditSentences", "%1 logged in."),
    "staff.login.card": QT_TRANSLATE_NOOP("AuditSentences", "%1 logged in with their staff card."),
    "staff.login_failed": QT_TRANSLATE_NOOP("AuditSentences", "Someone typed a wrong PIN for %2."),
    "staff.login_failed.card": QT_TRANSLATE_NOOP("AuditSentences", "Someone typed a wrong PIN with the staff card of %2."),
    "staff.locked.card": QT_TRANSLATE_NOOP("AuditSentences", "Logging in with the staff card of %2 was locked after too many wrong PINs, until %3."),
    "staff.logout": QT_TRANSLATE_NOOP("AuditSentences", "%1 logged out."),
    "staff.logout.idle": QT_TRANSLATE_NOOP("AuditSentences", "%1 was logged out: nobody touched the screen."),
    "reward.create": QT_TRANSLATE_NOOP("AuditSentences", "%1 added the reward “%2”."),
    "reward.edit": QT_TRANSLATE_NOOP("AuditSentences", "%1 changed reward #%2: %3."),
    "reward.activate": QT_TRANSLATE_NOOP("AuditSentences", "%1 offered reward #%2 again."),
    "reward.deactivate": QT_TRANSLATE_NOOP("AuditSentences", "%1 stopped offering reward #%2."),
    "cause.create": QT_TRANSLATE_NOOP("AuditSentences", "%1 added the donation cause “%2”."),
    "cause.edit": QT_TRANSLATE_NOOP("AuditSentences", "%1 changed donation cause #%2: %3."),
    "cause.activate": QT_TRANSLATE_NOOP("AuditSentences", "%1 offered donation cause #%2 again."),
    "cause.deactivate": QT_TRANSLATE_NOOP("AuditSentences", "%1 stopped offering donation cause #%2."),
    "programme.edit": QT_TRANSLATE_NOOP("AuditSentences", "%1 changed the programme rules, in force from %2."),
    "printer.test": QT_TRANSLATE_NOOP("AuditSentences", "%1 printed a test page."),
    "report.export": QT_TRANSLATE_NOOP("AuditSentences", "%1 saved the report “%2” as a CSV file."),
    "report.print": QT_TRANSLATE_NOOP("AuditSentences", "%1 printed a summary of the report “%2”."),
    "member.pin": QT_TRANSLATE_NOOP("AuditSentences", "%1 set a new phone PIN for member #%2."),
    "points.birthday": QT_TRANSLATE_NOOP("AuditSentences", "Member #%2 received the birthday bonus of %3 points."),
    "points.transfer": QT_TRANSLATE_NOOP("AuditSentences", "%1 moved %3 points from member #%2 to member #%4."),
    "points.expire": QT_TRANSLATE_NOOP("AuditSentences", "%1 wrote off %2 expired points and %3 expired vouchers."),
    "points.donate": QT_TRANSLATE_NOOP("AuditSentences", "%1 donated %3 points of member #%2 to a cause."),
    "reward.redeem": QT_TRANSLATE_NOOP("AuditSentences", "%1 spent %3 points of member #%2 on voucher %4."),
    "db.backup": QT_TRANSLATE_NOOP("AuditSentences", "%1 made a backup of the database (%2)."),
    "db.restore": QT_TRANSLATE_NOOP("AuditSentences", "%1 restored the database from the backup %2."),
    "member.import": QT_TRANSLATE_NOOP("AuditSentences", "%1 imported members with their opening balances from %3: new %2, already there %4."),
    "member.export": QT_TRANSLATE_NOOP("AuditSentences", "%1 exported %3 (members: %2)."),
}
OTHER = QT_TRANSLATE_NOOP("AuditSentences", "%1: %2 (%3).")
MARKETING_LIST = QT_TRANSLATE_NOOP("AuditSentences", "the marketing list")
ALL_MEMBERS = QT_TRANSLATE_NOOP("AuditSentences", "all active members")
THE_KIOSK = QT_TRANSLATE_NOOP("AuditSentences", "The kiosk")
# who acted, when it was not a staff member or the command line
ACTORS = {
    "customer": QT_TRANSLATE_NOOP("AuditSentences", "The customer"),
    "schedule": QT_TRANSLATE_NOOP("AuditSentences", "The kiosk's schedule"),
    "demo": QT_TRANSLATE_NOOP("AuditSentences", "The demo set-up"),
}
# the names of fields a change lists, as people call them
FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("AuditSentences", "name"),
    "phone": QT_TRANSLATE_NOOP("AuditSentences", "phone"),
    "email": QT_TRANSLATE_NOOP("AuditSentences", "e-mail"),
    "birthday": QT_TRANSLATE_NOOP("AuditSentences", "birthday"),
    "language": QT_TRANSLATE_NOOP("AuditSentences", "language"),
    "marketing_consent": QT_TRANSLATE_NOOP("AuditSentences", "marketing consent"),
    "role": QT_TRANSLATE_NOOP("AuditSentences", "role"),
    "card_number": QT_TRANSLATE_NOOP("AuditSentences", "staff card"),
    "active": QT_TRANSLATE_NOOP("AuditSentences", "active"),
    "description": QT_TRANSLATE_NOOP("AuditSentences", "description"),
    "cost": QT_TRANSLATE_NOOP("AuditSentences", "points"),
    "min_tier": QT_TRANSLATE_NOOP("AuditSentences", "minimum tier"),
    "stock": QT_TRANSLATE_NOOP("AuditSentences", "stock"),
    "validity_days": QT_TRANSLATE_NOOP("AuditSentences", "days valid"),
    "active_from": QT_TRANSLATE_NOOP("AuditSentences", "offered from"),
    "active_until": QT_TRANSLATE_NOOP("AuditSentences", "offered until"),
    "image": QT_TRANSLATE_NOOP("AuditSentences", "picture"),
    "names": QT_TRANSLATE_NOOP("AuditSentences", "translated names"),
}
ROLES = {
    "manager": QT_TRANSLATE_NOOP("AuditSentences", "manager"),
    "clerk": QT_TRANSLATE_NOOP("AuditSentences", "clerk"),
    "customer": QT_TRANSLATE_NOOP("AuditSentences", "customer"),
    "owner": QT_TRANSLATE_NOOP("AuditSentences", "owner"),
    "system": QT_TRANSLATE_NOOP("AuditSentences", "system"),
}
REPORTS = {
    "members": QT_TRANSLATE_NOOP("AuditSentences", "Members"),
    "activity": QT_TRANSLATE_NOOP("AuditSentences", "Activity"),
    "retention": QT_TRANSLATE_NOOP("AuditSentences", "Retention"),
    "redemptions": QT_TRANSLATE_NOOP("AuditSentences", "Redemptions"),
    "liability": QT_TRANSLATE_NOOP("AuditSentences", "Liability"),
    "top-customers": QT_TRANSLATE_NOOP("AuditSentences", "Top customers"),
    "tiers": QT_TRANSLATE_NOOP("AuditSentences", "Tiers"),
    "birthdays": QT_TRANSLATE_NOOP("AuditSentences", "Birthdays"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _number_after_colon(target: str) -> str:
    """'member:12' or 'reward:3' -> '12' / '3'; a bare id stays as it is."""
    return target.rsplit(":", 1)[-1]


def _fields(changes: Any) -> str:
    if not isinstance(changes, dict) or not changes:
        return "–"
    return ", ".join(_tr(FIELDS[key]) if key in FIELDS else key for key in changes)


def _card(number: Any) -> str:
    return mask_card_number(str(number)) if number else "–"


def _code(tail: Any) -> str:
    """A voucher as the audit log keeps it: its last four characters."""
    return f"…{tail}" if tail else "–"


def _signed(host: HasContext, points: Any) -> str:
    value = int(points or 0)
    return ("+" if value > 0 else "") + formats.number(host, value)


def _when(host: HasContext, text: Any) -> str:
    """A date or time the core stored as text in the details (ISO), in the shop's style."""
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return str(text)
    if len(str(text)) <= 10:
        return formats.day(host, moment.date())
    return formats.moment(host, moment)


def _values(host: HasContext, line: AuditLine) -> list[str]:
    """What the sentence's %2, %3, %4 are for this kind of action."""
    details, target, action = line.details, line.target, line.action
    if action in ("purchase", "refund"):
        return [formats.money(host, int(details.get("amount_minor") or 0)),
                str(details.get("member", "?")), target]
    if action == "voucher.redeem":
        return [_code(details.get("code")), str(details.get("reward") or "–")]
    if action in ("voucher.reprint", "voucher.void"):
        return [_code(details.get("code"))]
    if action in ("points.birthday", "points.donate"):
        return [_number_after_colon(target), formats.number(host, int(details.get("points") or 0))]
    if action == "points.transfer":
        return [_number_after_colon(target),
                formats.number(host, int(details.get("points_moved") or 0)),
                str(details.get("to", "?"))]
    if action == "points.expire":
        return [formats.number(host, int(details.get("points_expired") or 0)),
                formats.number(host, int(details.get("vouchers") or 0))]
    if action == "reward.redeem":
        return [str(details.get("member", "?")),
                formats.number(host, int(details.get("points") or 0)),
                _code(details.get("code"))]
    if action in ("db.backup", "db.restore"):
        return [str(details.get("file") or "–")]
    if action == "member.enrol":
        return [_number_after_colon(target), _card(details.get("card"))]
    if action == "member.import":
        return [formats.number(host, int(details.get("new") or 0)), target,
                formats.number(host, int(details.get("existing") or 0))]
    if action == "member.export":
        lists = {"marketing": _tr(MARKETING_LIST), "members": _tr(ALL_MEMBERS)}
        return [formats.number(host, int(details.get("members") or 0)), lists.get(target, target)]
    if action in ("member.edit", "reward.edit", "cause.edit"):
        return [_number_after_colon(target), _fields(details.get("changes"))]
    if action == "member.merge":
        return [str(details.get("keep", _number_after_colon(target))),
                str(details.get("duplicate", "?"))]
    if action == "card.replace":
        return [_number_after_colon(target), _card(details.get("new")),
                _card(details.get("blocked"))]
    if action == "points.adjust":
        return [_number_after_colon(target), _signed(host, details.get("points")),
                formats.number(host, int(details.get("balance") or 0))]
    if action == "staff.add":
        role = str(details.get("role", ""))
        return [target, _tr(ROLES[role]) if role in ROLES else role,
                str(details.get("store") or "")]
    if action == "store.add":
        return [target.split(":", 1)[-1]]
    if action == "store.edit":
        return [target.split(":", 1)[-1], _fields(details.get("changes"))]
    if action == "staff.edit":
        return [target, _fields(details)]
    if action == "staff.locked":
        return [target, _when(host, details.get("until", "?"))]
    if action in ("reward.create", "cause.create"):
        return [str(details.get("name") or target)]
    if action == "programme.edit":
        start = details.get("effective_from")
        return [_when(host, start) if start else "–"]
    if action in ("report.export", "report.print"):
        return [_tr(REPORTS[target]) if target in REPORTS else target]
    return [_number_after_colon(target)]


def sentence(host: HasContext, line: AuditLine) -> str:
    """One audit row as a sentence in the screen's language: who did what, to what, how much."""
    who = _tr(ACTORS[line.staff]) if line.staff in ACTORS else line.staff or _tr(THE_KIOSK)
    key = line.action
    if key == "staff.logout" and line.details.get("why") == "idle":
        key = "staff.logout.idle"
    elif key == "staff.add" and line.details.get("store") not in (None, "", "chain"):
        key = "staff.add.store"
    elif key in ("staff.login", "staff.login_failed", "staff.locked") and (
        line.details.get("by") == "card"
    ):
        key += ".card"
    template = SENTENCES.get(key)
    if template is None:
        return _tr(OTHER).replace("%1", who).replace("%2", line.action).replace("%3", line.target)
    values = [who, *_values(host, line)]
    text = _tr(template)
    for index in range(len(values), 0, -1):  # %10 before %1 would never happen; keep it simple
        text = text.replace(f"%{index}", values[index - 1])
    return text


class AuditCounts(QObject):
    """Counts with their plural forms (lupdate reads plural forms only from tr() calls)."""

    def points(self, value: int) -> str:
        return self.tr("%n point(s)", "", value)


COUNTS = AuditCounts()
POINTS_SIGNS = {"points": 1, "points_clawed": -1, "points_returned": 1, "points_moved": 1,
                "points_forfeited": -1, "points_expired": -1}
SPENT = ("reward.redeem", "points.donate")  # their "points" left the member's balance


def points_note(host: HasContext, line: AuditLine) -> str:
    """The points the action moved, when it moved any: '+25 points', '−40 points'."""
    if line.action in ("points.adjust", "points.birthday", "points.transfer", "points.expire",
                       *SPENT):
        return ""  # the sentence says it already
    for key, sign in POINTS_SIGNS.items():
        value = line.details.get(key)
        if isinstance(value, int) and value:
            shown = sign * abs(value)
            text = COUNTS.points(abs(shown))
            return ("+" if shown > 0 else "−") + text.replace(
                str(abs(shown)), formats.number(host, abs(shown)), 1)
    return ""

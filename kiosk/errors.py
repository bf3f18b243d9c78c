"""Error families: KioskError for expected, explainable problems; anything else is a bug.

Every expected problem carries a stable `reason`, a slug the screen maps to a translated sentence;
the English `message` stays for the command line and the logs. The reasons:

Identifying a customer
    nothing_entered     nothing was scanned or typed
    card_check_digit    a card number whose check digit is wrong (a misread): scan again
    card_invalid        not a card number of this shop (wrong length, characters or prefix)
    card_unknown        a valid card number that is not registered (yet)
    card_blocked        the card is blocked (lost or replaced)
    account_blocked     the member's account is blocked
    account_gone        the member's account was erased or does not exist
    phone_invalid       not a phone number
    phone_unknown       no member has this phone number
PIN for phone look-up
    pin_required        the shop asks for a PIN and none was given
    pin_not_set         the account has no PIN: scan the card or ask staff
    pin_wrong           wrong PIN; the error's attempts_left says how many tries remain
    pin_locked          too many wrong PINs: scan the card or ask staff
    pin_not_locked      a manager's unlock of a phone look-up that is not locked
    pin_invalid         a PIN is 4 to 6 digits
    phone_or_pin_unknown the kiosk's one answer to a failed phone and PIN look-up (never says which)
Enrolment
    phone_exists        another member already has this phone number
    card_taken          the card is already registered to a member
    name_missing        no name was given
    name_too_long       the name is longer than 200 characters
    name_invalid        a name with a control character (NUL, ESC), a bidirectional override or
                        another invisible format character (kiosk.safe_text); staff and reward
                        names too
    birthday_invalid    the birthday is not a plausible date
    email_invalid       the e-mail address does not look like one, or has a control, bidi or
                        invisible character
    language_invalid    a language the kiosk does not speak
Rewards and donations
    insufficient_points the balance is too low
    out_of_stock        the reward has run out
    tier_locked         the reward is for a higher tier
    reward_unavailable  the reward does not exist, is inactive or outside its dates
    cause_unavailable   the cause does not exist or takes no donations now
    points_missing      no points to move: donating 0 or less, an adjustment of 0
    key_reused          an idempotency key already used for another voucher or adjustment
    key_invalid         an idempotency key that is empty or longer than 100 characters
    voucher_kept        the voucher is saved (points taken) but the database failed after that:
                        the error's voucher carries the code to show; the same key returns it
    redeem_unconfirmed  the database failed while the voucher was being saved: the same
                        idempotency key (the error's idempotency_key) returns it if it was saved
Staff at the counter
    voucher_invalid     not a voucher code of this shop (misread, forged, malformed)
    voucher_unknown     a well-formed voucher code this database does not know
    voucher_closed      the voucher is used, cancelled or expired: it cannot be reprinted
    receipt_invalid     a receipt number that is empty or longer than 80 characters
    receipt_reused      the receipt was recorded before for another card or amount
    receipt_unknown     no purchase with this receipt number at this store
    refunded_already    the receipt has been refunded in full
    refund_conflict     another terminal refunded the same receipt at the same moment
    amount_invalid      an amount that is malformed, not positive or too large
    reason_missing      a manual adjustment (or block, merge, erase) needs a reason
    text_invalid        a reason (or other free text) with a control, bidi or invisible
                        character; receipt numbers say receipt_invalid, catalogue texts
                        catalogue_invalid
    members_same        a transfer or merge between a member and themselves
    target_inactive     points can only move to an active member
    usage               a command-line option that is used wrongly
    printer_off         a printing command while printing is switched off
Staff administration
    not_allowed         the staff member's role does not allow this: it needs a manager
Staff accounts
    first_manager       the first staff account must be a manager
    staff_exists        a staff account with this name exists
    staff_unknown       no staff account has this name
    staff_card_invalid  a staff card code starts with STAFF- and has at most 40 characters
    staff_card_taken    the staff card belongs to another account
    staff_card_unknown  the scanned staff card is not registered
    staff_pin_wrong     wrong staff PIN; attempts_left says how many tries remain
    staff_locked        locked after wrong PINs (until a moment) or by a manager (until unlocked)
    staff_inactive      the account is switched off
    staff_busy          other terminals kept taking the account's PIN attempts: try again
    last_manager        the change would leave no manager who can log in
    role_invalid        a role other than clerk or manager
    pin_mismatch        the PIN typed twice differs
    staff_other_shop    the account belongs to another shop: it logs in at that shop's kiosks
    store_account       a shop's manager may manage only their own shop's accounts
Shops of a chain
    store_invalid       not a shop code (1 to 40 of A-Z, 0-9, - and _), or a list too long
    store_exists        a shop with this code exists already
    store_unknown       no shop has this code
    reward_not_here     the reward (or cause) is limited to other shops
Reports
    period_invalid      the start of a report's period is after its end
    report_unknown      no report has this name
    store_unknown       a report asked for a shop code the chain does not know (the message
                        names the known ones)
    store_not_yours     someone who belongs to one shop asked for another shop's or the whole
                        chain's figures
    account_merged      the member was merged into another member
    status_conflict     the member is not in the state the action needs (already blocked, active)
    vouchers_open       the duplicate still has open vouchers: redeem or void them first
    catalogue_invalid   a reward or cause field is out of range; the message names the field
    rules_invalid       programme rules that do not hold together; the message names the field
    date_past           a programme version cannot start in the past
First set-up (python main.py setup and the first-run screens)
    bad_shop_name       the shop name is empty, longer than 60 characters or not printable
    bad_country         not a country (ISO code or a name in English, Turkish or Russian)
    bad_currency        not an ISO 4217 currency code
    bad_time_zone       not an IANA time zone this machine knows
    bad_language        not one of the kiosk's languages (en, tr, ru)
    bad_printer         a printer URL that does not fit an accepted form
    bad_scanner         a scanner that is not a serial port, a pyserial URL or "keyboard"
    manager_needed      an empty shop needs a first manager
    pin_needed          no PIN was given for the first manager
    config_exists       the configuration file exists already (setup --force replaces it)
    config_not_file     the configuration path names something that is not a file
    staff_exist         the database has staff accounts already; add managers with staff add
Member import (a file's rows; any bad row and nothing is imported)
    import_file         the file cannot be read as CSV (UTF-8 or UTF-16) or XLSX
    import_columns      a required column (name, card) is missing, or a mapping is wrong
    points_invalid      opening points that are not a whole number of 0 or more
    expiry_invalid      the points' expiry is not a date, or not in the future
    consent_invalid     consent other than yes/no, 1/0, true/false
    card_duplicate      the same card on two lines of the file (the message names both)
    phone_duplicate     the same phone number on two lines of the file
    email_duplicate     the same e-mail address on two lines of the file
Conflicts and the environment
    write_conflict      another kiosk changed the same thing at the same moment: try again
    disk_full           the disk under the database is full (DiskFull)
    database_timeout    the database server did not answer in time (DatabaseUnavailable)
A chain kiosk serving from its local copy while the server cannot be reached
    offline             this can only be done while the kiosk reaches the chain's server
    offline_redeem_off  the chain allows no redemption while a kiosk is offline
    offline_redeem_limit  the member reached the chain's offline redemption limit at this kiosk
    offline_points_unconfirmed  only points confirmed at the last copy can be spent offline
    offline_vouchers_refused  the chain accepts no counter vouchers while a kiosk is offline
    redeemed_twice      a voucher redeemed offline had been redeemed elsewhere meanwhile
    voucher_replaced    a voucher issued offline whose request had already made another one
    setting_invalid     a chain setting's value is out of range (the message says which)
    setting_unknown     no chain setting has this name
Backups and restore (the command line)
    backup_missing      the backup to restore is not a file
    backup_not_sqlite   the backup does not open as an SQLite database
    backup_damaged      the backup fails PRAGMA integrity_check
    backup_not_kiosk    an SQLite database, but not a kiosk's
    backup_newer        the backup's schema is newer than this program
    backup_other_key    the backup's vouchers are signed with another voucher key
    backup_schema       the backup cannot be brought to the current schema
    backup_ledger       the backup fails the ledger check of `db check`
    restore_postgres    restore is for SQLite; a chain's server is restored with pg_restore
The screen itself also uses "bug" for an unexpected error it caught in a background job.
"""

from __future__ import annotations

from typing import Any


def _rebuild(cls: type[KioskError], message: str, state: dict[str, Any]) -> KioskError:
    """Recreate an error from its message and attributes (pickling, copying)."""
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class KioskError(Exception):
    """An expected problem with a message fit to show a customer or shop assistant."""

    code = "error"

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


class ConfigError(KioskError):
    """A configuration file or value is wrong; the message names the key and line."""

    code = "config"


class InvalidInput(KioskError):
    """Input that can never be right: bad check digit, malformed amount, unknown choice."""

    code = "invalid"


class NotFound(KioskError):
    """The card, member, receipt, reward or voucher does not exist."""

    code = "not_found"


class Refused(KioskError):
    """The request is understood but not allowed now: blocked card, out of stock, too few points."""

    code = "refused"


class WrongPin(Refused):
    """A wrong PIN (a customer's, or staff_pin_wrong); attempts_left: tries before a lock."""

    def __init__(self, message: str, attempts_left: int, reason: str = "pin_wrong") -> None:
        super().__init__(message, reason=reason)
        self.attempts_left = attempts_left


class InsufficientPoints(Refused):
    """The member does not have enough points for the request."""

    code = "insufficient_points"


class DatabaseUnavailable(KioskError):
    """The database cannot be reached or is not initialised."""

    code = "database"


class DiskFull(DatabaseUnavailable):
    """The disk under the database is full: nothing can be saved until space is freed."""

    code = "disk_full"


class VoucherKept(DatabaseUnavailable):
    """The points are taken and the voucher saved, but the database failed after its commit.

    voucher (a kiosk.views.VoucherIssued) carries the code to show or print; printed tells
    whether it came out of the printer, problem the printer problem kind when it did not ("" when
    it printed, "none" without a printer). The same idempotency key returns the same voucher.
    """

    def __init__(self, message: str, voucher: Any, printed: bool, problem: str = "") -> None:
        super().__init__(message, reason="voucher_kept")
        self.voucher = voucher
        self.printed = printed
        self.problem = problem


class RedeemUnconfirmed(DatabaseUnavailable):
    """The database failed while a voucher was being saved: it may or may not have been saved.

    Retrying with idempotency_key returns the voucher if it was saved, and never takes the
    points twice.
    """

    def __init__(self, message: str, idempotency_key: str) -> None:
        super().__init__(message, reason="redeem_unconfirmed")
        self.idempotency_key = idempotency_key


class PrinterProblem(KioskError):
    """The printer could not print; kind tells which problem for the screen and the log."""

    code = "printer"

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind

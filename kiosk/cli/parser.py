"""The argument parser: every subcommand shops script, with --json wherever data is printed."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

# Building the parser imports nothing heavy: `report` and `staff` get their arguments (from
# modules that import the reports and the database) only when that command is used.

EPILOG = """exit codes: 0 done, 1 refused or not found, 2 bad usage or configuration,
3 database unavailable, 4 a voucher was saved but the database failed afterwards (its code and
request key are printed; the same --key returns it); the kiosk screen: 0 stopped by a signal,
10 closed by a manager. Environment: KIOSK_CONFIG, KIOSK_DB_URL,
KIOSK_DATA_DIR."""


def _json_flag() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print the result as a JSON object",
    )
    return parent


class LazyParser(argparse.ArgumentParser):
    """A subcommand parser that adds its arguments (fill) the first time it parses or helps."""

    def __init__(
        self, *args: Any, fill: Callable[[LazyParser], None] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._fill = fill

    def filled(self) -> LazyParser:
        """The parser with its arguments in place."""
        fill, self._fill = self._fill, None
        if fill is not None:
            fill(self)
        return self

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        return super(LazyParser, self.filled()).parse_known_args(args, namespace)

    def format_help(self) -> str:
        return super(LazyParser, self.filled()).format_help()

    def format_usage(self) -> str:
        return super(LazyParser, self.filled()).format_usage()


class _Into:
    """Stands in for the subcommands: add_parser(name, ...) hands back the lazy parser itself."""

    def __init__(self, parser: LazyParser) -> None:
        self.parser = parser

    def add_parser(
        self, name: str, parents: list[argparse.ArgumentParser] = (), **kwargs: Any
    ) -> LazyParser:
        for parent in parents:
            self.parser._add_container_actions(parent)
            defaults = parent._defaults
            self.parser._defaults.update(defaults)
        return self.parser


def _fill_report(parser: LazyParser) -> None:
    from kiosk.cli.report_commands import add_report_parser

    add_report_parser(_Into(parser), _json_flag())  # type: ignore[arg-type]


def _fill_staff(parser: LazyParser) -> None:
    from kiosk.cli.staff_commands import add_staff_parser

    add_staff_parser(_Into(parser), _json_flag())  # type: ignore[arg-type]


def _fill_store(parser: LazyParser) -> None:
    from kiosk.cli.store_commands import add_store_parser

    add_store_parser(_Into(parser), _json_flag())  # type: ignore[arg-type]
def _fill_terminal(parser: LazyParser) -> None:
    from kiosk.cli.terminal_commands import add_terminal_parser
    add_terminal_parser(_Into(parser), _json_flag())  # type: ignore[arg-type]


def _fill_setup(parser: LazyParser) -> None:
    from kiosk.cli.setup_commands import add_setup_parser

    add_setup_parser(_Into(parser), _json_flag())  # type: ignore[arg-type]


def build_parser() -> argparse.ArgumentParser:
    """Build the full parser."""
    js = _json_flag()
    parser = argparse.ArgumentParser(
        prog="loyalty-kiosk",
        description="Loyalty-card kiosk: run the kiosk or manage its data.",
        epilog=EPILOG,
        parents=[_json_flag()],  # its own flag: set_defaults below must not reach the commands'
    )
    parser.set_defaults(json=False)
    parser.add_argument("--config", metavar="FILE", help="configuration file (TOML)")
    parser.add_argument(
        "--db", metavar="URL", help="database URL: sqlite:///PATH or postgresql://…"
    )
    parser.add_argument("--windowed", action="store_true", help="run the kiosk in a window")
    parser.add_argument(
        "--log-level",
        metavar="LEVEL",
        type=str.lower,
        choices=("debug", "info", "warning", "error"),  # kiosk.logs.LEVELS
        help="debug, info, warning or error (default: the configuration's [log] level, info); "
        "the log file is <data folder>/logs/kiosk.log",
    )
    parser.add_argument(
        "--printer",
        metavar="URL",
        help="printer override: tcp://HOST:PORT, serial:///dev/ttyUSB0?baudrate="
        "19200, usb://04b8:0202, file:///dev/usb/lp0, simulated or none",
    )
    parser.add_argument(
        "--scanner",
        metavar="URL",
        action="append",
        default=[],
        help="scanner override: a port or pyserial URL (repeatable)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=LazyParser)

    db = commands.add_parser("db", help="create, upgrade, check and back up the database")
    db_sub = db.add_subparsers(dest="action", metavar="ACTION", required=True)
    db_sub.add_parser("init", parents=[js], help="create the schema in an empty database")
    db_sub.add_parser("migrate", parents=[js], help="upgrade the schema in place")
    db_sub.add_parser(
        "check", parents=[js], help="check integrity; every balance equals its ledger"
    )
    backup = db_sub.add_parser("backup", parents=[js], help="online backup of the SQLite database")
    backup.add_argument("path", metavar="PATH")
    restore = db_sub.add_parser(
        "restore", parents=[js], help="replace the SQLite database with a checked backup")
    restore.add_argument("path", metavar="PATH")
    db_sub.add_parser(
        "clean-files", parents=[js],
        help="delete voucher previews and exports older than privacy.keep_files_days",
    )

    demo = commands.add_parser("demo", help="demo data")
    demo_sub = demo.add_subparsers(dest="action", metavar="ACTION", required=True)
    seed = demo_sub.add_parser("seed", parents=[js], help="create demo members, rewards, history")
    seed.add_argument("--members", type=int, default=200, metavar="N")
    seed.add_argument("--seed", type=int, default=7, help="random seed for repeatable data")

    member = commands.add_parser("member", help="find, show, enrol, import and export members")
    member_sub = member.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = member_sub.add_parser("show", parents=[js], help="balance, tier and rewards of a member")
    show.add_argument("who", metavar="CARD_OR_PHONE")
    enrol = member_sub.add_parser("enrol", parents=[js], help="enrol a new member")
    enrol.add_argument("--name", required=True)
    enrol.add_argument("--phone")
    enrol.add_argument("--card", help="card number to link (a new one is issued if omitted)")
    enrol.add_argument("--email")
    enrol.add_argument("--birthday", metavar="YYYY-MM-DD")
    enrol.add_argument("--language", default="en", choices=("en", "tr", "ru"))
    enrol.add_argument("--consent", action="store_true", help="member agrees to marketing")
    enrol.add_argument(
        "--key", help="request key: the same key never enrols twice (the card is derived from it)"
    )
    pin = member_sub.add_parser(
        "pin", parents=[js], help="set the PIN for phone look-up (clears wrong attempts)"
    )
    pin.add_argument("who", metavar="CARD_OR_PHONE")
    pin.add_argument("pin", metavar="PIN", help="4 to 6 digits")
    replace = member_sub.add_parser(
        "replace-card", parents=[js], help="block a lost card and issue a new one"
    )
    replace.add_argument("card", metavar="OLD_CARD")
    replace.add_argument("--new", metavar="NEW_CARD")
    replace.add_argument("--reason", default="lost")
    _add_member_admin(member_sub, js)
    _add_member_files(member_sub, js)
    _add_audit(commands, js)
    _add_outbox(commands, js)

    reward = commands.add_parser("reward", help="the reward catalogue")
    reward_sub = reward.add_subparsers(dest="action", metavar="ACTION", required=True)
    rlist = reward_sub.add_parser("list", parents=[js], help="list rewards")
    rlist.add_argument("--all", action="store_true", help="include inactive rewards")

    purchase = commands.add_parser("purchase", parents=[js], help="record a purchase")
    purchase.add_argument("card", metavar="CARD")
    purchase.add_argument("amount", metavar="AMOUNT", help="for example 12.50")
    purchase.add_argument("--receipt", required=True, metavar="ID")
    purchase.add_argument(
        "--line",
        action="append",
        default=[],
        metavar="CATEGORY=AMOUNT",
        help="amount per category, for category promotions (repeatable)",
    )

    refund = commands.add_parser("refund", parents=[js], help="refund a purchase by receipt")
    refund.add_argument("--receipt", required=True, metavar="ID")
    refund.add_argument("--amount", help="partial refund amount (default: all that is left)")
    refund.add_argument(
        "--key", help="request key: the same key never refunds twice (default: receipt + amount)"
    )

    redeem = commands.add_parser("redeem", parents=[js], help="redeem a reward: issue a voucher")
    redeem.add_argument("card", metavar="CARD")
    redeem.add_argument("reward_id", metavar="REWARD_ID", type=int)
    redeem.add_argument("--key", help="idempotency key: the same key never issues twice")

    voucher = commands.add_parser("voucher", help="check, redeem or void vouchers")
    voucher_sub = voucher.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (
        ("check", "is the voucher valid?"),
        ("redeem", "use the voucher"),
        ("void", "cancel the voucher and return its points"),
    ):
        sub = voucher_sub.add_parser(name, parents=[js], help=text)
        sub.add_argument("code", metavar="CODE")
        if name == "void":
            sub.add_argument("--reason", default="voided at the counter")
    reprint = voucher_sub.add_parser("reprint", parents=[js], help="print again, marked DUPLICATE")
    reprint.add_argument("code", metavar="CODE")
    preview = voucher_sub.add_parser("preview", parents=[js], help="render the voucher to a PNG")
    preview.add_argument("code", metavar="CODE")
    preview.add_argument("--png", required=True, metavar="FILE")
    preview.add_argument("--width", type=int, choices=(58, 80), help="paper width in mm")
    preview.add_argument("--duplicate", action="store_true", help="show it as a reprint")

    printer = commands.add_parser("printer", help="the receipt printer")
    printer_sub = printer.add_subparsers(dest="action", metavar="ACTION", required=True)
    printer_sub.add_parser("test", parents=[js], help="print a test page with the status")

    scanner = commands.add_parser("scanner", help="serial barcode scanners")
    scanner_sub = scanner.add_subparsers(dest="action", metavar="ACTION", required=True)
    scanner_sub.add_parser("list", parents=[js], help="list serial ports")
    listen = scanner_sub.add_parser(
        "listen", parents=[js], help="print each code and state change (JSON lines with --json)"
    )
    listen.add_argument("--port", metavar="PORT", help="port or pyserial URL to listen to")
    listen.add_argument("--count", type=int, default=0, help="stop after this many codes")
    listen.add_argument("--seconds", type=float, default=0, help="stop after this many seconds")

    points = commands.add_parser("points", help="point housekeeping")
    points_sub = points.add_subparsers(dest="action", metavar="ACTION", required=True)
    points_sub.add_parser("expire", parents=[js], help="expire points past their date")
    adjust = points_sub.add_parser("adjust", parents=[js], help="add or remove points by hand")
    adjust.add_argument("card", metavar="CARD_OR_PHONE")
    adjust.add_argument("points", type=int, metavar="POINTS")
    adjust.add_argument("--reason", required=True)
    adjust.add_argument(
        "--key",
        help="request key: the same key never adjusts twice "
        "(default: member + points + reason + day)",
    )

    commands.add_parser(
        "staff", help="staff accounts: add, passwd, list, lock, unlock", fill=_fill_staff
    )
    commands.add_parser("store", help="the chain's shops: list, add, edit", fill=_fill_store)
    commands.add_parser(
        "report", help="the owner's figures (report --help lists them)", fill=_fill_report
    )
    commands.add_parser(
        "terminal", help="the chain's kiosks and back offices: terminal list",
        fill=_fill_terminal,
    )
    commands.add_parser(
        "back-office", help="the staff area as a window for a desktop PC (mouse and keyboard)",
    )
    commands.add_parser(
        "doctor", parents=[js],
        help="check this PC can run the kiosk (configuration, display, database, files, key, "
        "printer, scanners, clock, jobs); changes nothing",
    )
    commands.add_parser(
        "setup", help="first set-up: shop, devices, first manager; writes the configuration",
        fill=_fill_setup,
    )
    return parser


def _add_member_files(member_sub: argparse._SubParsersAction, js: argparse.ArgumentParser) -> None:
    """member import FILE [--dry-run] [--map H=field] and member export [--consented] [--csv F]."""
    imports = member_sub.add_parser(
        "import", parents=[js], help="bring members in from a CSV or XLSX file (all or nothing)"
    )
    imports.add_argument("file", metavar="FILE", help="a .csv (UTF-8 or UTF-16) or .xlsx file")
    imports.add_argument(
        "--dry-run", action="store_true", help="check every row and report; write nothing"
    )
    imports.add_argument(
        "--map", action="append", default=[], metavar="HEADER=FIELD",
        help="read another header as a field, e.g. --map 'Full Name=name' (repeatable); fields: "
        "name, phone, email, birthday, card, points, points_expire, consent, language",
    )
    export = member_sub.add_parser(
        "export", parents=[js], help="write the marketing list (--consented) or all members as CSV"
    )
    export.add_argument(
        "--consented", action="store_true", help="only members who agreed to marketing"
    )
    export.add_argument(
        "--csv", metavar="FILE", help="where to write (- for stdout; default: <data>/exports/)"
    )


def _add_member_admin(member_sub: argparse._SubParsersAction, js: argparse.ArgumentParser) -> None:
    """member search, edit, block, unblock, merge and erase."""
    search = member_sub.add_parser(
        "search", parents=[js], help="find members by card, phone or part of the name"
    )
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=int, default=20, metavar="N")
    search.add_argument("--all", action="store_true", help="include merged and erased members")
    edit = member_sub.add_parser("edit", parents=[js], help="change a member's contact details")
    edit.add_argument("who", metavar="CARD_OR_PHONE", help="card, phone or #member-id")
    edit.add_argument("--name")
    edit.add_argument("--phone", help="an empty value clears it")
    edit.add_argument("--email", help="an empty value clears it")
    edit.add_argument("--birthday", metavar="YYYY-MM-DD")
    edit.add_argument("--language", choices=("en", "tr", "ru"))
    edit.add_argument(
        "--consent",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="member agrees (or no longer agrees) to marketing",
    )
    for name, text in (("block", "block a member's account"), ("unblock", "unblock it again")):
        sub = member_sub.add_parser(name, parents=[js], help=text)
        sub.add_argument("who", metavar="CARD_OR_PHONE", help="card, phone or #member-id")
        sub.add_argument("--reason", required=True)
    merge = member_sub.add_parser(
        "merge", parents=[js], help="fold a duplicate member into the one kept"
    )
    merge.add_argument("keep", metavar="KEEP", help="card, phone or #member-id")
    merge.add_argument("duplicate", metavar="DUPLICATE", help="card, phone or #member-id")
    merge.add_argument("--reason", required=True)
    erase = member_sub.add_parser(
        "erase", parents=[js], help="erase a member's personal data on request"
    )
    erase.add_argument("who", metavar="CARD_OR_PHONE", help="card, phone or #member-id")
    erase.add_argument("--reason", required=True)


def _add_audit(commands: argparse._SubParsersAction, js: argparse.ArgumentParser) -> None:
    """audit list."""
    audit = commands.add_parser("audit", help="the audit log: every change, by whom, in what role")
    audit_sub = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = audit_sub.add_parser("list", parents=[js], help="who did what, newest first")
    listing.add_argument("--since", metavar="YYYY-MM-DD")
    listing.add_argument("--until", metavar="YYYY-MM-DD", help="up to and including this day")
    listing.add_argument("--staff", metavar="NAME")
    listing.add_argument(
        "--action",
        dest="action_name",
        metavar="ACTION",
        help="an action, or a family such as member.",
    )
    listing.add_argument("--limit", type=int, default=200, metavar="N")


def _add_outbox(commands: argparse._SubParsersAction, js: argparse.ArgumentParser) -> None:
    """outbox list|flush and chain show|set."""
    outbox = commands.add_parser(
        "outbox", help="changes a chain kiosk made while the server could not be reached")
    outbox_sub = outbox.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = outbox_sub.add_parser("list", parents=[js], help="what waits, was sent or refused")
    listing.add_argument("--state", choices=("waiting", "conflict", "sent", "all"),
                         default="all")
    listing.add_argument("--limit", type=int, default=500, metavar="N")
    outbox_sub.add_parser(
        "flush", parents=[js], help="send what waits now, in order, then refresh the local copy")
    chain = commands.add_parser("chain", help="settings every kiosk of the chain shares")
    chain_sub = chain.add_subparsers(dest="action", metavar="ACTION", required=True)
    chain_sub.add_parser("show", parents=[js], help="offline_redeem_limit and offline_vouchers")
    setting = chain_sub.add_parser("set", parents=[js], help="set one for the whole chain")
    setting.add_argument("name", choices=("offline_redeem_limit", "offline_vouchers"))
    setting.add_argument("value", metavar="VALUE")

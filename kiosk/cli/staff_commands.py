"""The `staff` commands: add, passwd, list, lock and unlock staff accounts from the command line."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.cli.devices import Devices
from kiosk.cli.output import Output
from kiosk.cli.shop import shop_context
from kiosk.context import Context
from kiosk.errors import InvalidInput
from kiosk.formatting import shop_datetime_text
from kiosk.roles import ROLES
from kiosk.services import staff


def add_staff_parser(commands: argparse._SubParsersAction, js: argparse.ArgumentParser) -> None:
    """Add `staff add|passwd|list|lock|unlock` to the command parser."""
    parser = commands.add_parser("staff", help="staff accounts: add, passwd, list, lock, unlock")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", parents=[js], help="create a staff account (the first: a manager)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=ROLES, default="clerk")
    add.add_argument("--card", metavar="CODE", help="staff card code, for example STAFF-0001")
    add.add_argument("--pin", help="4 to 6 digits (asked for when omitted; - reads stdin)")
    add.add_argument("--store", metavar="CODE",
                     help="the shop the account belongs to (default: the whole chain)")
    passwd = sub.add_parser("passwd", parents=[js], help="set a new PIN; clears wrong attempts")
    passwd.add_argument("name", metavar="NAME")
    passwd.add_argument("--pin", help="4 to 6 digits (asked for when omitted; - reads stdin)")
    listing = sub.add_parser("list", parents=[js], help="list staff accounts")
    listing.add_argument("--all", action="store_true", help="include switched-off accounts")
    listing.add_argument("--store", metavar="CODE", help="only the accounts of this shop")
    for action, text in (("lock", "lock an account until unlocked"), ("unlock", "unlock it")):
        locking = sub.add_parser(action, parents=[js], help=text)
        locking.add_argument("name", metavar="NAME")
        locking.add_argument("--reason", default="")


def _pin(args: argparse.Namespace) -> str:
    if args.pin and args.pin != "-":
        return str(args.pin)
    if args.pin == "-" or not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    first = getpass.getpass("PIN (4 to 6 digits): ")
    if getpass.getpass("The same PIN again: ") != first:
        raise InvalidInput("The two PINs differ; nothing was changed.", reason="pin_mismatch")
    return first


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def lock_state(ctx: Context, info: staff.StaffInfo) -> str:
    """Whether the account can log in, and if not who or what locked it and until when."""
    if not info.active:
        return "switched off"
    if info.locked:
        who = f"locked by {info.locked_by}" if info.locked_by else "locked by a manager"
        return f"{who}: {info.lock_reason}" if info.lock_reason else who
    now = ctx.now()
    parts = []
    if info.locked_now(now):
        assert info.locked_until is not None
        parts.append(f"locked until {shop_datetime_text(ctx.config, info.locked_until)} "
                     f"after {_plural(info.failures, 'wrong PIN')}")
    if info.card_locked_now(now):
        assert info.card_locked_until is not None
        parts.append(
            f"card login locked until {shop_datetime_text(ctx.config, info.card_locked_until)} "
            f"after {_plural(info.card_failures, 'wrong PIN')}"
        )
    if parts:
        return "; ".join(parts)
    wrong = info.failures + info.card_failures
    return f"active, {_plural(wrong, 'wrong PIN')} since the last login" if wrong else "active"


def _line(ctx: Context, info: staff.StaffInfo) -> str:
    card = info.card or "-"
    shop = info.store or "chain"
    return f"{info.name:<24} {info.role:<8} {shop:<10} {card:<16} {lock_state(ctx, info)}"


def _data(ctx: Context, info: staff.StaffInfo) -> dict[str, object]:
    now = ctx.now()
    return {
        **info.__dict__,
        "state": lock_state(ctx, info),
        "locked_by_manager": info.locked,
        "locked_now": info.locked_now(now),
        "card_locked_now": info.card_locked_now(now),
    }


def staff_add(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    info = staff.add_staff(shop_context(ctx), args.name, args.role, _pin(args), args.card,
                           args.store)
    where = f"shop {info.store}" if info.store else "the whole chain"
    out.result({"ok": True, **info.__dict__}, f"Added {info.role} {info.name} ({where}).")
    return 0


def staff_passwd(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    info = staff.change_pin(shop_context(ctx), args.name, _pin(args))
    out.result({"ok": True, **info.__dict__}, f"New PIN set for {info.name}.")
    return 0


def staff_list(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    accounts = staff.list_staff(ctx, include_inactive=args.all, store=args.store)
    lines = [_line(ctx, info) for info in accounts] or ["No staff accounts yet."]
    out.result({"ok": True, "staff": [_data(ctx, info) for info in accounts]}, lines)
    return 0


def staff_lock(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    info = staff.lock_staff(shop_context(ctx), args.name, args.reason)
    out.result({"ok": True, **info.__dict__}, f"{info.name} is locked until unlocked.")
    return 0


def staff_unlock(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    info = staff.unlock_staff(shop_context(ctx), args.name, args.reason)
    out.result({"ok": True, **info.__dict__}, f"{info.name} is unlocked.")
    return 0


STAFF_HANDLERS = {
    ("staff", "add"): staff_add,
    ("staff", "passwd"): staff_passwd,
    ("staff", "list"): staff_list,
    ("staff", "lock"): staff_lock,
    ("staff", "unlock"): staff_unlock,
}

"""The `store` commands: list, add and edit the chain's shops from the command line."""

from __future__ import annotations

import argparse

from kiosk.cli.devices import Devices
from kiosk.cli.output import Output
from kiosk.cli.shop import shop_context
from kiosk.context import Context
from kiosk.services import stores

YES_NO = {"yes": True, "no": False}


def add_store_parser(commands: argparse._SubParsersAction, js: argparse.ArgumentParser) -> None:
    """Add `store list|add|edit` to the command parser."""
    parser = commands.add_parser("store", help="the chain's shops: list, add, edit")
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", parents=[js], help="list the chain's shops")
    listing.add_argument("--active", action="store_true", help="only shops that are open")
    add = sub.add_parser("add", parents=[js], help="add a shop to the chain")
    add.add_argument("code", metavar="CODE", help="1 to 40 of A-Z, 0-9, - and _ (its [store] id)")
    add.add_argument("--name", required=True)
    add.add_argument("--time-zone", default="", metavar="ZONE", help="IANA name: Europe/Istanbul")
    add.add_argument("--address", default="")
    add.add_argument("--currency", default="", metavar="ISO", help="TRY, RUB, GBP...")
    edit = sub.add_parser("edit", parents=[js], help="change a shop (only what is given)")
    edit.add_argument("code", metavar="CODE")
    edit.add_argument("--name")
    edit.add_argument("--time-zone", metavar="ZONE")
    edit.add_argument("--address")
    edit.add_argument("--currency", metavar="ISO")
    edit.add_argument("--active", choices=tuple(YES_NO), help="yes: open, no: closed")


def _line(info: stores.StoreInfo) -> str:
    state = "" if info.active else "  (closed)"
    zone = info.time_zone or "machine time"
    return f"{info.code:<16} {info.name:<30} {info.currency or '-':<4} {zone}{state}"


def store_list(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    own = shop_context(ctx)
    stores.ensure_own_store(own)
    shops = stores.list_stores(own, include_inactive=not args.active)
    lines = [_line(info) for info in shops] or ["No shops yet."]
    out.result({"ok": True, "stores": [info.__dict__ for info in shops]}, lines)
    return 0


def store_add(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    info = stores.add_store(
        shop_context(ctx), args.code, args.name, args.time_zone, args.address, args.currency
    )
    out.result({"ok": True, **info.__dict__}, f"Added shop {info.code} ({info.name}).")
    return 0


def store_edit(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    changes = stores.StoreChanges(
        name=args.name, time_zone=args.time_zone, address=args.address, currency=args.currency,
        active=None if args.active is None else YES_NO[args.active],
    )
    info = stores.edit_store(shop_context(ctx), args.code, changes)
    out.result({"ok": True, **info.__dict__}, f"Shop {info.code} saved.")
    return 0


STORE_HANDLERS = {
    ("store", "list"): store_list,
    ("store", "add"): store_add,
    ("store", "edit"): store_edit,
}

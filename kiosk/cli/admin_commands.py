"""Command-line handlers for staff work: member search, edit, block, merge, erase; audit."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from kiosk.cli.devices import Devices
from kiosk.cli.output import Output
from kiosk.cli.shop import shop_context
from kiosk.context import Context
from kiosk.errors import InvalidInput
from kiosk.formatting import shop_datetime_text
from kiosk.services import member_admin
from kiosk.services.audit_log import audit_entries


def _date(text: str | None, option: str, reason: str = "usage") -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{option} must be a date like 2026-05-31.", reason=reason) from None


def _when(ctx: Context, moment: datetime) -> str:
    """An audit time on the shop's clock, in its language, to the second: 31.03.2026 14:05:09."""
    return shop_datetime_text(ctx.config, moment, style="short", time_style="medium")


def member_search(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    rows = member_admin.search_members(shop_context(ctx), args.text, args.limit, args.all)
    lines = [
        f"{r.id:>7}  {r.name:<30}  {r.phone or '-':>14}  {r.card or '-':>9}  "
        f"{r.status:<8} {r.balance:>7} pts"
        for r in rows
    ]
    out.result(rows, lines or ["No member found."])
    return 0


def member_edit(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    shop = shop_context(ctx)
    member_id = member_admin.find_member(shop, args.who)
    detail = member_admin.update_member(
        shop,
        member_id,
        name=args.name,
        phone=args.phone,
        email=args.email,
        birthday=_date(args.birthday, "--birthday", "birthday_invalid"),
        language=args.language,
        marketing_consent=args.consent,
    )
    out.result(
        {"ok": True, "member": detail},
        f"Member {detail.id} is now: {detail.name}, phone {detail.phone or '-'}, "
        f"e-mail {detail.email or '-'}, language {detail.language}, "
        f"marketing {'yes' if detail.marketing_consent else 'no'}.",
    )
    return 0


def member_block(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    shop = shop_context(ctx)
    member_id = member_admin.find_member(shop, args.who)
    if args.action == "block":
        done = member_admin.block_member(shop, member_id, args.reason)
    else:
        done = member_admin.unblock_member(shop, member_id, args.reason)
    out.result({"ok": True, **done.__dict__}, f"Member {done.member_id} is now {done.new_status}.")
    return 0


def member_merge(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    shop = shop_context(ctx)
    keep = member_admin.find_member(shop, args.keep)
    duplicate = member_admin.find_member(shop, args.duplicate)
    done = member_admin.merge_members(shop, keep, duplicate, args.reason)
    out.result(
        {"ok": True, **done.__dict__},
        f"Member {done.duplicate_id} merged into {done.keep_id}: {done.points_moved} points, "
        f"{done.cards_moved} card(s), {done.purchases_moved} purchase(s) moved. "
        f"Balance: {done.balance}.",
    )
    return 0


def member_erase(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    shop = shop_context(ctx)
    member_id = member_admin.find_member(shop, args.who)
    done = member_admin.erase_member(shop, member_id, args.reason)
    out.result(
        {"ok": True, **done.__dict__},
        f"Member {done.member_id} erased: {done.points_forfeited} points forfeited, "
        f"{done.vouchers_voided} voucher(s) voided, {done.cards_blocked} card(s) blocked.",
    )
    return 0


def audit_list(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    if args.limit < 1:
        raise InvalidInput("--limit must be 1 or more.", reason="usage")
    rows = audit_entries(
        shop_context(ctx),
        since=_date(args.since, "--since"),
        until=_date(args.until, "--until"),
        staff=args.staff,
        action=args.action_name,
        limit=args.limit,
    )
    lines = [
        f"{_when(ctx, r.created_at)}  {r.staff or '-':<16} {r.action:<18} {r.target:<16} "
        f"{r.reason}"
        for r in rows
    ]
    out.result(rows, lines or ["No audit entries."])
    return 0


ADMIN_HANDLERS = {
    ("member", "search"): member_search,
    ("member", "edit"): member_edit,
    ("member", "block"): member_block,
    ("member", "unblock"): member_block,
    ("member", "merge"): member_merge,
    ("member", "erase"): member_erase,
    ("audit", "list"): audit_list,
}

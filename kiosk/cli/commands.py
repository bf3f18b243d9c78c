"""One handler per subcommand: call the use case, print the result, return the exit code."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from db.migrations import current_version, latest_version, migrate
from kiosk import services
from kiosk.cards import card_number_for_key, mask_card_number
from kiosk.cli.device_commands import (
    print_issued,
    printer_test,
    scanner_list,
    scanner_listen,
    voucher_preview,
    voucher_reprint,
)
from kiosk.cli.devices import Devices
from kiosk.cli.output import Output
from kiosk.context import Context
from kiosk.errors import InvalidInput, Refused
from kiosk.formatting import (
    date_text,
    datetime_text,
    number,
    shop_datetime_text,
    shop_money,
    shop_zone,
)
from kiosk.money import parse_amount
from kiosk.services import phone_lock
from kiosk.views import VoucherState

Handler = Callable[[argparse.Namespace, Context, Output, Devices], int]


def _money(ctx: Context, minor: int) -> str:
    return shop_money(ctx.config, minor)


def _day(ctx: Context, moment: datetime) -> str:
    """A stored instant's day in the shop's zone and language: 31 Mar 2026, 31 мар. 2026 г."""
    return date_text(moment, ctx.config.ui.language, shop_zone(ctx.config.store.time_zone))


def _when(ctx: Context, moment: datetime) -> str:
    """A stored instant as the shop's date and time: 31 Mar 2026, 14:05."""
    return datetime_text(moment, ctx.config.ui.language, shop_zone(ctx.config.store.time_zone))


def db_init(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    before = current_version()
    applied = migrate(ctx.now()) if before == 0 else []
    version = current_version()
    message = (
        f"Database created at schema version {version}."
        if applied
        else f"Database already initialised (schema version {version})."
    )
    out.result({"ok": True, "created": bool(applied), "version": version}, message)
    return 0


def db_migrate(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    before = current_version()
    applied = migrate(ctx.now())
    version = current_version()
    message = (
        f"Upgraded from version {before} to {version} (steps {applied})."
        if applied
        else f"Already at the latest schema version ({version})."
    )
    out.result(
        {
            "ok": True,
            "from": before,
            "version": version,
            "applied": applied,
            "latest": latest_version(),
        },
        message,
    )
    return 0


def db_check(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    from db.check import run_checks
    from kiosk.signing_key import key_file_warning, voucher_key_path

    report = run_checks()
    warning = key_file_warning(voucher_key_path(ctx.config))
    warnings = [warning] if warning else []
    summary = (
        f"Checked {report.members} members, {report.entries} ledger entries, {report.lots} lots: "
    )
    lines = [
        summary
        + (
            "all balances equal their ledgers."
            if report.ok
            else f"{len(report.problems)} problem(s)."
        )
    ]
    lines += [f"  {problem}" for problem in report.problems]
    lines += [f"warning: {text}" for text in warnings]
    out.result(
        {
            "ok": report.ok,
            "warnings": warnings,
            "members": report.members,
            "entries": report.entries,
            "lots": report.lots,
            "problems": report.problems,
        },
        lines,
    )
    return 0 if report.ok else 1


def db_backup(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    from kiosk.services.backups import back_up

    target = Path(args.path)
    size = back_up(ctx, target)
    out.result(
        {"ok": True, "path": str(target), "bytes": size},
        f"Backup written to {target} ({size:,} bytes).",
    )
    return 0


def db_clean_files(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    from kiosk.paths import data_dir
    from kiosk.private_files import clean_old_files

    days = ctx.config.privacy.keep_files_days
    folder = data_dir()
    deleted = clean_old_files(folder, days)
    out.result(
        {"ok": True, "deleted": len(deleted), "keep_files_days": days,
         "files": [str(path.relative_to(folder)) for path in deleted]},
        f"Deleted {len(deleted)} voucher previews and exports older than {days} days.",
    )
    return 0


def demo_seed(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    from kiosk.demo import seed_demo

    if args.members < 0:
        raise InvalidInput("--members must be 0 or more.", reason="usage")
    report = seed_demo(ctx, args.members, args.seed)
    out.result(
        report,
        f"Seeded {report.members} members ({report.featured} featured), "
        f"{report.purchases} purchases, {report.vouchers} vouchers, "
        f"{report.rewards} rewards in {report.seconds} s.",
    )
    return 0


def member_show(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    found = services.identify(ctx, args.who)
    view = services.member_view(ctx, found.member_id, found.card)
    lock = phone_lock.state(ctx, found.member_id)
    data = {
        "member_id": view.member_id,
        "name": view.name,
        "card": view.card,
        "balance": view.balance,
        "tier": view.tier.tier,
        "tier_progress": view.tier,
        "tier_explanation": view.tier_explanation,
        "status": view.status,
        "language": view.language,
        "birthday_bonus": view.birthday_bonus,
        "expiring": view.expiring,
        "rewards": view.rewards,
        "recent": view.recent,
        "phone_lock": lock,
    }
    lines = [
        f"{view.name} (member {view.member_id}, card {view.card or 'none'})",
        f"Balance: {number(view.balance, ctx.config.ui.language)} points   Tier: {view.tier.tier}",
        view.tier_explanation,
    ]
    if lock.locked:
        since = f" since {shop_datetime_text(ctx.config, lock.locked_at)}" if lock.locked_at else ""
        lines.append(f"Phone look-up: locked{since} after {lock.failures} wrong PINs "
                     "(the member's card or a manager unlocks it)")
    else:
        lines.append("Phone look-up: not locked")
    if view.birthday_bonus:
        lines.append(f"Happy birthday! {view.birthday_bonus} points added.")
    for item in view.expiring:
        lines.append(f"{item.points} points expire on {_day(ctx, item.expires_at)}")
    for reward in view.rewards:
        state = (
            "available"
            if reward.affordable
            else f"for {reward.min_tier} members"
            if reward.tier_locked
            else f"{reward.missing_points} more points needed"
        )
        lines.append(f"  [{reward.id}] {reward.name}: {reward.cost} points ({state})")
    out.result(data, lines)
    return 0


def member_enrol(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    birthday = None
    if args.birthday:
        try:
            birthday = date.fromisoformat(args.birthday)
        except ValueError:
            raise InvalidInput(
                "--birthday must be a date like 1990-05-31.", reason="birthday_invalid"
            ) from None
    card = args.card
    if args.key and not card:
        card = card_number_for_key(args.key, ctx.config.store.card_prefix)
    try:
        done = services.enrol(
            ctx, args.name, args.phone, card, args.email, birthday, args.language, args.consent
        )
    except Refused as refused:
        again = _enrolled_before(ctx, refused, args.key, card, args.name)
        if again is None:
            raise
        out.result(
            {"ok": True, "member_id": again[0], "card": card, "name": again[1],
             "repeated": True},
            f"Already enrolled with this key: {again[1]}, member {again[0]}, card {card}.",
        )
        return 0
    out.result(
        {"ok": True, "member_id": done.member_id, "card": done.card, "name": done.name,
         "repeated": False},
        f"Enrolled {done.name} as member {done.member_id} with card {done.card}.",
    )
    return 0


def _enrolled_before(
    ctx: Context, refused: Refused, key: str | None, card: str | None, name: str
) -> tuple[int, str] | None:
    """The member a retried `member enrol --key` made the first time, if this is that retry."""
    if not key or not card or refused.reason not in ("card_taken", "phone_exists"):
        return None
    from db.models import Card, Member

    row = (Member.select(Member.id, Member.name).join(Card, on=(Card.member == Member.id))
           .where(Card.number == card).tuples().first())
    if row is None or row[1] != " ".join(name.split()):
        return None
    return int(row[0]), str(row[1])


def member_pin(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    found = services.identify(ctx, args.who)
    services.set_pin(ctx, found.member_id, args.pin)
    out.result(
        {"ok": True, "member_id": found.member_id, "card": found.card},
        f"PIN set for member {found.member_id}; wrong attempts cleared.",
    )
    return 0


def member_replace_card(
    args: argparse.Namespace, ctx: Context, out: Output, devices: Devices
) -> int:
    done = services.replace_card(ctx, args.card, args.new, args.reason)
    out.result(
        {"ok": True, **done.__dict__},
        f"Card {mask_card_number(done.old_card)} blocked; new card {done.new_card} "
        f"carries the balance of {done.balance} points.",
    )
    return 0


def reward_list(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    rewards = services.list_rewards(ctx, include_inactive=args.all)
    data = [
        {
            "id": r.id,
            "name": r.name,
            "cost": r.cost,
            "description": r.description,
            "min_tier": r.min_tier,
            "stock": r.stock,
            "validity_days": r.validity_days,
            "active": r.active,
            "stores": list(r.stores),
        }
        for r in rewards
    ]
    lines = [
        f"{r.id:>4}  {r.cost:>6} pts  {r.name}"
        + (f"  ({r.min_tier}+)" if r.min_tier else "")
        + ("" if r.stock is None else f"  stock {r.stock}")
        + (f"  only at {', '.join(r.stores)}" if r.stores else "")
        for r in rewards
    ]
    if out.as_json:
        out.result(data, "")
    else:
        out.result(data, lines or ["The catalogue is empty."])
    return 0


def _lines(ctx: Context, specs: list[str]) -> dict[str, int] | None:
    if not specs:
        return None
    lines: dict[str, int] = {}
    for spec in specs:
        category, sep, amount = spec.partition("=")
        if not sep or not category.strip():
            raise InvalidInput(
                f"--line {spec!r}: use CATEGORY=AMOUNT, for example bakery=4.50", reason="usage"
            )
        value = parse_amount(amount, ctx.config.store.minor_digits)
        lines[category.strip()] = lines.get(category.strip(), 0) + value
    return lines


def purchase(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    amount = parse_amount(args.amount, ctx.config.store.minor_digits)
    lines = _lines(ctx, args.line)
    if lines and sum(lines.values()) != amount:
        raise InvalidInput("The --line amounts must add up to AMOUNT.", reason="amount_invalid")
    result = services.record_purchase(ctx, args.card, amount, args.receipt, lines)
    first = _when(ctx, result.recorded_at)
    text = (
        f"Receipt {result.receipt} was already recorded on {first}; "
        f"no points added. Balance: {result.balance}."
        if result.duplicate
        else f"{result.points_earned} points earned on {_money(ctx, amount)}. "
        f"Balance: {result.balance}."
    )
    out.result({"ok": True, **result.__dict__}, text)
    return 0


def refund(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    from kiosk.services.purchases import refund_done, refund_key

    amount = parse_amount(args.amount, ctx.config.store.minor_digits) if args.amount else None
    key = refund_key(ctx, args.receipt, amount, getattr(args, "key", None))
    repeated = refund_done(key)
    result = services.refund(ctx, args.receipt, amount, key)
    text = (
        f"Refunded {_money(ctx, result.refunded_minor)} on receipt {result.receipt}; "
        f"{result.points_clawed} points taken back. Balance: {result.balance}."
    )
    if repeated:
        text = (
            "Already refunded under this request (pass --key with a new value to refund the "
            "same amount again): " + text
        )
    if result.points_uncollected:
        text += f" {result.points_uncollected} points had already been spent."
    out.result({"ok": True, "request_key": key, "repeated": repeated, **result.__dict__}, text)
    return 0


def redeem(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    found = services.identify(ctx, args.card)
    key = args.key or uuid.uuid4().hex
    issued = services.redeem_reward(ctx, found.member_id, args.reward_id, key)
    printing = print_issued(ctx, devices, issued)
    if printing["printed"]:
        issued = replace(issued, status="printed")
    text = (
        f"Voucher {issued.display_code} for '{issued.reward_name}' "
        f"({issued.points} points), valid until {_day(ctx, issued.expires_at)}. "
        f"Balance: {issued.balance}."
    )
    if issued.repeated:
        text = "Already issued with this key: " + text
    if printing["printed"]:
        text += " Printed."
    ok = printing["print_error"] is None
    out.result({"ok": ok, "idempotency_key": key, **issued.__dict__, **printing}, text)
    if not ok:
        out.error(
            f"Voucher {issued.display_code} is issued and kept, but it did not print: "
            f"{printing['print_message']} Reprint it with `voucher reprint {issued.voucher_code}` "
            f"or cancel it with `voucher void {issued.voucher_code}`.",
            "printer",
            json_too=False,
        )
        return 1
    return 0


def _voucher_lines(ctx: Context, state: VoucherState) -> list[str]:
    lines = [f"{state.code}: {state.status.upper()}. {state.message}"]
    if state.reward:
        who = state.member_first_name
        lines.append(f"Reward: {state.reward} ({state.points} points) for {who}")
    if state.expires_at and state.status in ("issued", "printed", "expired"):
        lines.append(f"Valid until {_when(ctx, state.expires_at)}")
    if state.redeemed_at:
        lines.append(
            f"Used on {_when(ctx, state.redeemed_at)} at {state.redeemed_store} / "
            f"{state.redeemed_terminal}"
            + (f" by {state.redeemed_staff}" if state.redeemed_staff else "")
        )
    return lines


def _voucher_result(state: VoucherState, out: Output, ctx: Context) -> int:
    out.result(state, _voucher_lines(ctx, state))
    return 0 if state.ok else 1


def voucher_check(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    return _voucher_result(services.check_voucher(ctx, args.code), out, ctx)


def voucher_redeem(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    return _voucher_result(services.redeem_voucher(ctx, args.code), out, ctx)


def voucher_void(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    return _voucher_result(services.void_voucher(ctx, args.code, args.reason), out, ctx)


def points_expire(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    run = services.expire_points(ctx)
    out.result(
        {"ok": True, **run.__dict__},
        f"Expired {run.points} points in {run.lots} lots of {run.members} members; "
        f"{run.vouchers_expired} vouchers expired.",
    )
    return 0


def points_adjust(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    found = services.identify(ctx, args.card)
    key = getattr(args, "key", None) or adjust_key(ctx, found.member_id, args.points, args.reason)
    done = services.adjust(ctx, found.member_id, args.points, args.reason, key)
    out.result(
        {"ok": True, "request_key": key, **done.__dict__},
        f"Adjusted by {done.points:+} points. Balance: {done.balance}. Request key: {key}",
    )
    return 0


def adjust_key(ctx: Context, member_id: int, points: int, reason: str) -> str:
    """The request key of an adjustment given without --key: the same member, points and reason
    on the same shop day are one adjustment (a retry); a deliberate repeat passes its own --key."""
    import hashlib

    from kiosk.formatting import local_day, shop_zone

    day = local_day(ctx.now(), shop_zone(ctx.config.store.time_zone))
    text = f"{member_id}|{points}|{reason.strip()}|{day.isoformat()}"
    return "cli-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


# The staff, report and member-administration commands are in their own modules, which the
# command-line runner imports only when one of them runs (kiosk.cli.runner.handler_for).
HANDLERS: dict[tuple[str, str | None], Handler] = {
    ("db", "init"): db_init,
    ("db", "migrate"): db_migrate,
    ("db", "check"): db_check,
    ("db", "backup"): db_backup,
    ("db", "clean-files"): db_clean_files,
    ("demo", "seed"): demo_seed,
    ("member", "show"): member_show,
    ("member", "enrol"): member_enrol,
    ("member", "pin"): member_pin,
    ("member", "replace-card"): member_replace_card,
    ("reward", "list"): reward_list,
    ("purchase", None): purchase,
    ("refund", None): refund,
    ("redeem", None): redeem,
    ("voucher", "check"): voucher_check,
    ("voucher", "redeem"): voucher_redeem,
    ("voucher", "void"): voucher_void,
    ("points", "expire"): points_expire,
    ("points", "adjust"): points_adjust,
    ("voucher", "reprint"): voucher_reprint,
    ("voucher", "preview"): voucher_preview,
    ("printer", "test"): printer_test,
    ("scanner", "list"): scanner_list,
    ("scanner", "listen"): scanner_listen,
}

SCHEMA_COMMANDS = {("db", "init"), ("db", "migrate")}
NO_DATABASE_COMMANDS = {
    ("scanner", "list"), ("scanner", "listen"), ("printer", "test"), ("db", "clean-files"),
    ("db", "restore"),  # opens the database itself: the one it replaces may be unreadable
    ("outbox", "list"),  # the local copy only: it works while the server cannot be reached
}

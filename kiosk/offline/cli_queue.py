"""The command line's purchase, refund and member enrol when the server cannot be reached: the
change goes into the kiosk's outbox (shared with the kiosk screen) and the command says so."""

from __future__ import annotations

import argparse
import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from db.database import use_database
from kiosk.cards import card_number_for_key
from kiosk.context import Context
from kiosk.errors import InvalidInput, NotFound
from kiosk.offline.cli_rules import offline_applies
from kiosk.offline.flush import flush
from kiosk.offline.local import (
    Queued,
    enrol_key,
    enrol_payload,
    member_payload,
    purchase_key,
    queue,
    queued_before,
)
from kiosk.offline.outbox import waiting_count
from kiosk.offline.replica import open_replica, replica_exists

if TYPE_CHECKING:
    from kiosk.cli.devices import Devices
    from kiosk.cli.output import Output

log = logging.getLogger("kiosk.offline")

def offline_context(args: argparse.Namespace, devices: Devices) -> Context | None:
    """The shop owner's context without the server: configuration, voucher key and the rules
    the local copy holds; None when store-and-forward does not apply."""
    from kiosk.cli.runner import database_url
    from kiosk.cli.shop import shop_context
    from kiosk.config import load_config
    from kiosk.services.programme import with_effective_programme
    from kiosk.setup.location import config_to_load
    from kiosk.signing_key import load_secret, voucher_key_path

    config = devices.configure(load_config(config_to_load(args.config)), args.printer,
                               args.scanner)
    if not offline_applies(config, database_url(args, config)):
        return None
    replica = open_replica(config)
    with use_database(replica):
        secret = load_secret(voucher_key_path(config),
                             configured=bool(config.security.voucher_secret_file))
        return with_effective_programme(shop_context(Context(config, secret)))


FLUSH_WAIT_S = 30.0  # another program sending the outbox finishes within its timeouts


def flush_first(ctx: Context) -> bool:
    """Before a command that changes things online: send what the outbox holds, waiting for
    another program that is sending it; True when nothing waits any more (else the command's
    change goes behind what waits, in the outbox)."""
    if not replica_exists(ctx.config):
        return True
    replica = open_replica(ctx.config)
    with use_database(replica):
        if not waiting_count():
            return True
    report = flush(ctx, replica, wait_s=FLUSH_WAIT_S)
    log.info("Outbox sent before the command: %d sent, %d conflicts, %d waiting", report.sent,
             report.conflicts, report.waiting)
    with use_database(replica):
        return not waiting_count()


def _unknown_here(exc: NotFound) -> bool:
    return exc.reason in ("card_unknown", "receipt_unknown", "phone_unknown")


def _purchase(ctx: Context, args: argparse.Namespace) -> tuple[Queued, dict[str, Any], str]:
    from kiosk.cli.commands import _lines
    from kiosk.money import parse_amount
    from kiosk.services.purchases import record_purchase

    amount = parse_amount(args.amount, ctx.config.store.minor_digits)
    lines = _lines(ctx, args.line)
    if lines and sum(lines.values()) != amount:
        raise InvalidInput("The --line amounts must add up to AMOUNT.", reason="amount_invalid")
    receipt = args.receipt.strip()

    def work() -> Any:
        try:
            return record_purchase(ctx, args.card, amount, receipt, lines)
        except NotFound as exc:
            if not _unknown_here(exc):
                raise
            return None  # not in this kiosk's copy: the server finds the card

    def payload(result: Any) -> tuple[dict[str, Any], int | None]:
        member = member_payload(result.member_id) if result else {
            "member_id": None, "card": args.card}
        return {**member, "amount_minor": amount, "receipt": receipt, "lines": lines}, (
            result.member_id if result else None)

    done = queue(ctx, open_replica(ctx.config), "purchase", purchase_key(ctx, receipt), work,
                 payload, origin="cli")
    result = done.result
    data = {"receipt": receipt, "amount_minor": amount,
            "points_earned": result.points_earned if result else None,
            "balance": result.balance if result else None}
    return done, data, f"purchase on receipt {receipt}"


def _refund(ctx: Context, args: argparse.Namespace) -> tuple[Queued, dict[str, Any], str]:
    from kiosk.money import parse_amount
    from kiosk.services.purchases import refund, refund_key

    amount = parse_amount(args.amount, ctx.config.store.minor_digits) if args.amount else None
    key = refund_key(ctx, args.receipt, amount, getattr(args, "key", None))
    receipt = args.receipt.strip()

    def work() -> Any:
        try:
            return refund(ctx, receipt, amount, key)
        except NotFound as exc:
            if not _unknown_here(exc):
                raise
            return None

    def payload(result: Any) -> tuple[dict[str, Any], int | None]:
        return {"receipt": receipt, "amount_minor": amount, "key": key}, (
            result.member_id if result else None)

    done = queue(ctx, open_replica(ctx.config), "refund", key, work, payload, origin="cli")
    result = done.result
    data = {"receipt": receipt, "request_key": key,
            "points_clawed": result.points_clawed if result else None}
    return done, data, f"refund on receipt {receipt}"


def _enrol(ctx: Context, args: argparse.Namespace) -> tuple[Queued, dict[str, Any], str]:
    from kiosk.services.members import enrol, issue_card_number

    birthday = None
    if args.birthday:
        try:
            birthday = date.fromisoformat(args.birthday)
        except ValueError:
            raise InvalidInput("--birthday must be a date like 1990-05-31.",
                               reason="birthday_invalid") from None
    replica = open_replica(ctx.config)
    prefix = ctx.config.store.card_prefix
    card = args.card or (card_number_for_key(args.key, prefix) if args.key else None)
    if card is None:
        with use_database(replica):
            card = issue_card_number(prefix)
    if queued_before(replica, enrol_key(card)):
        with use_database(replica):
            return Queued(0, None, waiting_count()), {"card": card, "repeated": True}, (
                f"enrolment with card {card} (already queued)")

    def work() -> Any:
        return enrol(ctx, args.name, args.phone, card, args.email, birthday, args.language,
                     args.consent)

    def payload(result: Any) -> tuple[dict[str, Any], int]:
        return enrol_payload(result.member_id, card, args.name, args.phone, args.email,
                             birthday, args.language, bool(args.consent))

    done = queue(ctx, replica, "enrol", enrol_key(card), work, payload, origin="cli")
    return done, {"card": card, "name": done.result.name, "repeated": False}, (
        f"enrolment of {done.result.name} with card {card}")


QUEUERS = {("purchase", None): _purchase, ("refund", None): _refund,
           ("member", "enrol"): _enrol}


def queue_command(
    args: argparse.Namespace, key: tuple[str, str | None], devices: Devices, out: Output,
    why: str,
) -> int | None:
    """Queue the command's change; its exit status (0), or None when it cannot be queued."""
    if key not in QUEUERS:
        return None
    ctx = offline_context(args, devices)
    if ctx is None:
        return None
    done, data, what = QUEUERS[key](ctx, args)
    log.warning("Server unreachable (%s): %s queued", why, what.split(" ")[0])
    out.result(
        {"ok": True, "queued": True, "seq": done.seq, "waiting": done.waiting, **data},
        f"The server cannot be reached: {what} is queued ({done.waiting} change"
        f"{'s' if done.waiting != 1 else ''} waiting) and is sent when it answers.",
    )
    return 0


def serve_offline(
    args: argparse.Namespace,
    key: tuple[str, str | None],
    devices: Devices,
    out: Output,
    launch_kiosk: Any,
    why: str,
) -> int | None:
    """When the server cannot be reached: the kiosk screen starts on its local copy, and the
    queueable commands queue; the exit status, or None when neither applies."""
    from kiosk.cli.runner import EXIT_REFUSED, EXIT_USAGE
    from kiosk.errors import ConfigError, KioskError

    try:
        if args.command is None:
            ctx = offline_context(args, devices)
            if ctx is None or not replica_exists(ctx.config):
                return None
            replica = open_replica(ctx.config)
            with use_database(replica):
                from kiosk.offline.replica import set_state_time, state_time

                if state_time("copy_at") is None:
                    return None  # nothing to serve from yet
                if state_time("offline_since") is None:
                    set_state_time("offline_since", ctx.now())
            log.warning("Starting on the local copy: the server cannot be reached (%s)", why)
            return int(launch_kiosk(args, ctx))
        return queue_command(args, key, devices, out, why)
    except ConfigError as exc:
        out.error(exc.message, exc.code)
        return EXIT_USAGE
    except KioskError as exc:
        out.error(exc.message, exc.code)
        return EXIT_REFUSED

"""outbox list|flush and chain show|set: the offline outbox for installers, the chain's rules."""

from __future__ import annotations

import argparse

from db.database import use_database
from kiosk.cli.devices import Devices
from kiosk.cli.output import Output
from kiosk.context import Context
from kiosk.formatting import shop_datetime_text
from kiosk.offline.cli_queue import FLUSH_WAIT_S
from kiosk.offline.flush import flush
from kiosk.offline.outbox import list_items
from kiosk.offline.replica import open_replica, replica_exists, state_time
from kiosk.offline.settings import chain_settings, set_chain_setting
from kiosk.offline.sync import CopyBusy, refresh
from kiosk.offline.tables import CONFLICT, SENT, WAITING
from kiosk.roles import OWNER

STATES = {"waiting": (WAITING,), "conflict": (CONFLICT,), "sent": (SENT,), "all": ()}


def outbox_list(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    if not replica_exists(ctx.config):
        out.result({"ok": True, "items": [], "offline_since": None},
                   "This kiosk has no local copy and no outbox (not a chain kiosk, or never "
                   "started on PostgreSQL).")
        return 0
    with use_database(open_replica(ctx.config)):
        items = list_items(STATES[args.state], limit=args.limit)
        since = state_time("offline_since")
        copied = state_time("copy_at")
    data = {
        "ok": True,
        "offline_since": since,
        "copied_at": copied,
        "items": [
            {"seq": i.seq, "kind": i.kind, "key": i.key, "state": i.state,
             "created_at": i.created_at, "attempts": i.attempts, "reason": i.reason or None,
             "message": i.last_error or None, "sent_at": i.sent_at}
            for i in items
        ],
    }

    def when(moment: object) -> str:
        return shop_datetime_text(ctx.config, moment)  # type: ignore[arg-type]

    lines = [
        f"Offline since {when(since)}." if since else "Online.",
        f"Local copy made {when(copied)}." if copied else "No local copy yet.",
    ]
    for item in items:
        tail = f"  {item.reason}: {item.last_error}" if item.state == CONFLICT else (
            f"  (last try: {item.last_error})" if item.state == WAITING and item.last_error
            else "")
        lines.append(f"{item.seq:>6}  {when(item.created_at)}  {item.kind:<15} {item.state:<9}"
                     f"{tail}")
    if not items:
        lines.append("The outbox is empty.")
    out.result(data, lines)
    return 0


def outbox_flush(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    replica = open_replica(ctx.config)
    report = flush(ctx, replica, wait_s=FLUSH_WAIT_S)  # the kiosk may be sending it now
    copied = False
    if report.done:
        try:
            refresh(ctx, replica)
            copied = True
        except CopyBusy:
            pass
    data = {"ok": not report.error and not report.busy, "sent": report.sent,
            "conflicts": report.conflicts, "waiting": report.waiting, "busy": report.busy,
            "error": report.error or None, "copy_refreshed": copied}
    if report.busy:
        text = "Another program is sending the outbox right now; try again in a moment."
    elif report.error:
        text = (f"{report.sent} sent, {report.conflicts} refused; the server stopped answering "
                f"({report.error}); {report.waiting} still waiting.")
    else:
        text = f"{report.sent} sent, {report.conflicts} refused (see outbox list --state " \
               f"conflict); {report.waiting} waiting."
    out.result(data, text)
    return 0 if data["ok"] else 3


def chain_show(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    values = chain_settings()
    out.result({"ok": True, **values}, [f"{name} = {value}" for name, value in values.items()])
    return 0


def chain_set(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    from kiosk.errors import Refused

    if ctx.role != OWNER:
        raise Refused("Only the chain's owner sets chain settings.", reason="not_allowed")
    value = set_chain_setting(args.name, args.value)
    out.result({"ok": True, "name": args.name, "value": value},
               f"{args.name} = {value} for every kiosk of the chain (each takes it at its next "
               "copy).")
    return 0


OUTBOX_HANDLERS = {
    ("outbox", "list"): outbox_list,
    ("outbox", "flush"): outbox_flush,
    ("chain", "show"): chain_show,
    ("chain", "set"): chain_set,
}

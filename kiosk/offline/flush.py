"""Sending the outbox to the server in order, one process at a time (a lock file)."""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import peewee

from db.database import use_database
from kiosk.clock import utc_now
from kiosk.context import Context
from kiosk.failures import reset_connection
from kiosk.offline.replay import ServerUnreachable, send
from kiosk.offline.replica import LOCK_FILE, dumps, offline_folder, open_replica
from kiosk.offline.tables import CONFLICT, SENT, WAITING, OutboxItem

log = logging.getLogger("kiosk.offline")


@dataclass(frozen=True)
class FlushReport:
    """What one flush did."""

    sent: int = 0
    conflicts: int = 0
    waiting: int = 0
    busy: bool = False  # another process was flushing: nothing was done here
    error: str = ""  # the server stopped answering: the rest waits

    @property
    def done(self) -> bool:
        return not self.busy and not self.error and self.waiting == 0


@contextmanager
def flush_lock(ctx: Context, wait_s: float = 0.0) -> Iterator[bool]:
    """Hold the outbox's lock file if no other process (or thread) holds it, waiting up to
    wait_s for it; yields whether it is held."""
    folder = offline_folder(ctx.config)
    folder.mkdir(parents=True, exist_ok=True)
    handle = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    deadline = time.monotonic() + wait_s
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(0.1)
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)


def _next(replica: peewee.Database) -> OutboxItem | None:
    with use_database(replica):
        return (OutboxItem.select().where(OutboxItem.state == WAITING)
                .order_by(OutboxItem.seq).first())


def _waiting(replica: peewee.Database) -> int:
    with use_database(replica):
        return int(OutboxItem.select().where(OutboxItem.state == WAITING).count())


def flush(
    ctx: Context, replica: peewee.Database | None = None, wait_s: float = 0.0
) -> FlushReport:
    """Send every waiting item, oldest first, on this thread's server connection.

    A refusal makes a conflict and the next item goes; a cut line stops here and the item
    stays waiting (its key makes the next send harmless).
    """
    replica = replica or open_replica(ctx.config)
    sent = conflicts = 0
    with flush_lock(ctx, wait_s) as mine:
        if not mine:
            return FlushReport(waiting=_waiting(replica), busy=True)
        while (item := _next(replica)) is not None:
            try:
                outcome = send(ctx, item.kind, item.payload, item.created_at)
            except ServerUnreachable as exc:
                reset_connection()
                with use_database(replica):
                    OutboxItem.update(attempts=OutboxItem.attempts + 1,
                                      last_error=str(exc)[:300]).where(
                        OutboxItem.seq == item.seq).execute()
                log.warning("Outbox: the server stopped answering at item %d", item.seq)
                return FlushReport(sent, conflicts, _waiting(replica), error=str(exc))
            with use_database(replica):
                OutboxItem.update(
                    state=outcome.state, reason=outcome.reason, last_error=outcome.message[:300],
                    result=dumps(outcome.result or {}), sent_at=utc_now(),
                    attempts=OutboxItem.attempts + 1,
                ).where((OutboxItem.seq == item.seq) & (OutboxItem.state == WAITING)).execute()
            if outcome.state == SENT:
                sent += 1
            elif outcome.state == CONFLICT:
                conflicts += 1
                log.warning("Outbox item %d (%s) refused by the server: %s", item.seq,
                            item.kind, outcome.reason)
    if sent or conflicts:
        log.info("Outbox: %d sent, %d conflicts", sent, conflicts)
    return FlushReport(sent, conflicts, _waiting(replica))

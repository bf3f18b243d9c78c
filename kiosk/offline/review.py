"""What staff review: changes waiting for the server and those it refused (conflicts)."""

from __future__ import annotations

from dataclasses import dataclass

from db.database import use_database
from kiosk.clock import utc_now
from kiosk.context import Context
from kiosk.offline.outbox import OutboxEntry, list_items
from kiosk.offline.replica import open_replica, replica_exists
from kiosk.offline.status import OfflineState, offline_state
from kiosk.offline.tables import CONFLICT, WAITING, OutboxItem
from kiosk.roles import require


@dataclass(frozen=True)
class OfflineReview:
    """The outbox as the Hardware page shows it."""

    state: OfflineState
    conflicts: list[OutboxEntry]
    waiting: list[OutboxEntry]
    applies: bool  # False on a kiosk without a local copy (one shop on SQLite)


def offline_review(ctx: Context) -> OfflineReview:
    """The state, the conflicts not yet reviewed and the changes waiting (oldest first)."""
    require(ctx, "hardware")
    if not replica_exists(ctx.config):
        return OfflineReview(OfflineState(), [], [], False)
    with use_database(open_replica(ctx.config)):
        conflicts = [item for item in list_items((CONFLICT,)) if not _reviewed(item.seq)]
        waiting = list_items((WAITING,), limit=50)
    return OfflineReview(offline_state(ctx.config), conflicts, waiting, True)


def _reviewed(seq: int) -> bool:
    return OutboxItem.select().where(
        (OutboxItem.seq == seq) & OutboxItem.reviewed_at.is_null(False)).exists()


def mark_reviewed(ctx: Context, seq: int) -> OfflineReview:
    """A conflict staff have dealt with leaves the list (it stays in `outbox list`)."""
    require(ctx, "hardware")
    with use_database(open_replica(ctx.config)):
        OutboxItem.update(reviewed_at=utc_now()).where(
            (OutboxItem.seq == seq) & (OutboxItem.state == CONFLICT)).execute()
    return offline_review(ctx)

"""Whether this kiosk is online, since when not, and what waits: for the heartbeat and staff."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from db.database import use_database
from kiosk.config import Config
from kiosk.offline.outbox import conflict_count, waiting_count
from kiosk.offline.replica import open_replica, replica_exists, state_time


@dataclass(frozen=True)
class OfflineState:
    """The kiosk's line to the server as the kiosk sees it."""

    online: bool = True
    offline_since: datetime | None = None  # UTC
    waiting: int = 0  # changes in the outbox not yet on the server
    conflicts: int = 0  # changes the server refused, not yet reviewed by staff
    last_sync_at: datetime | None = None  # UTC: the last copy from the server


def offline_state(config: Config | None = None) -> OfflineState:
    """The running kiosk's state, or (with a configuration) what its local copy says; online
    with nothing waiting when there is no copy (a one-shop kiosk)."""
    from kiosk.offline.hook import installed

    gateway = installed()
    if gateway is not None:
        replica = gateway.replica
    elif config is not None and replica_exists(config):
        replica = open_replica(config)
    else:
        return OfflineState()
    with use_database(replica):
        since = gateway.offline_since if gateway is not None else state_time("offline_since")
        return OfflineState(since is None, since, waiting_count(), conflict_count(),
                            state_time("copy_at"))

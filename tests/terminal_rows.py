"""Two shops with a terminal in every health state, as the terminal reports would leave them."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from db.models import Store, Terminal

CITY, HARBOUR = "CITY", "HARBOUR"


def add_store(code: str, name: str, time_zone: str = "", now: datetime | None = None,
              active: bool = True) -> Store:
    """A shop row."""
    return Store.create(code=code, name=name, time_zone=time_zone, active=active,
                        created_at=now or datetime(2026, 1, 1))


def add_terminal(store: str, code: str, last_seen_at: datetime, **fields: Any) -> Terminal:
    """A terminal row as the heartbeat writes it: working devices and an empty queue unless told."""
    values: dict[str, Any] = {
        "kind": "kiosk", "host": f"{code.lower()}.local", "first_seen_at": last_seen_at,
        "started_at": last_seen_at - timedelta(hours=3), "version": "1.4.0",
        "schema_version": 9, "printer_state": "ok", "scanner_state": "ok", "queue_length": 0,
    }
    values.update(fields)
    return Terminal.create(store=store, code=code, last_seen_at=last_seen_at, **values)


def two_shops(now: datetime) -> None:
    """City (Istanbul time) and Harbour (London time): ok, warnings, one down, one retired."""
    add_store(CITY, "City Centre", "Europe/Istanbul", now)
    add_store(HARBOUR, "Harbour Street", "Europe/London", now)
    add_terminal(CITY, "KIOSK-1", now - timedelta(seconds=40))
    add_terminal(CITY, "KIOSK-2", now - timedelta(seconds=20), printer_state="no_paper",
                 printer_detail="paper out")
    add_terminal(CITY, "OFFICE", now - timedelta(seconds=30), kind="back-office",
                 printer_state="none", scanner_state="none")
    add_terminal(HARBOUR, "KIOSK-1", now - timedelta(minutes=1), queue_length=12,
                 offline_since=now - timedelta(minutes=25))
    add_terminal(HARBOUR, "KIOSK-2", now - timedelta(minutes=47))
    add_terminal(HARBOUR, "KIOSK-OLD", now - timedelta(days=40), version="1.2.0",
                 schema_version=8)

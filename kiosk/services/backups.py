"""Backups of the embedded database: only the shop and the kiosk's own jobs may make one."""

from __future__ import annotations

from pathlib import Path

from db.backup import backup_sqlite
from db.database import database_proxy
from kiosk import audit
from kiosk.context import Context
from kiosk.roles import require


def back_up(ctx: Context, target: Path) -> int:
    """Copy the live database to a new file; return its size. The copy is audited (file name
    and size), after it is made, so the copy itself does not hold its own audit row."""
    require(ctx, "backup")
    size = backup_sqlite(target)
    with database_proxy.atomic():
        audit.record(ctx, "db.backup", "", {"file": target.name, "bytes": size})
    return size

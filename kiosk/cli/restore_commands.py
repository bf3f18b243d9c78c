"""The `db restore PATH` command: put a checked backup in place of the SQLite database."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.devices import Devices
from kiosk.cli.output import Output
from kiosk.context import Context


def db_restore(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    """Check the backup, keep the current database, restore, migrate, and say what happened."""
    from kiosk.services.backups import restore_backup

    done = restore_backup(ctx, Path(args.path))
    kept = str(done.kept_copy) if done.kept_copy else None
    lines = [f"Restored the database from {done.source} (schema version {done.from_version}, "
             f"now {done.version})."]
    lines.append(f"The database it replaced is kept as {kept}." if kept
                 else "There was no database to keep.")
    lines += [
        "A restored backup brings erased members back: erase them again.",
        "A kiosk program that is running should be restarted "
        "(sudo systemctl restart loyalty-kiosk).",
    ]
    out.result({"ok": True, "restored": True, "from": str(done.source), "kept_copy": kept,
                "version": done.version}, lines)
    return 0


RESTORE_HANDLERS = {("db", "restore"): db_restore}

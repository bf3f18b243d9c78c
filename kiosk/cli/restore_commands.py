"""The `db restore PATH` command: put a checked backup in place of the SQLite database."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from pathlib import Path

from kiosk.cli.devices import Devices
from kiosk.cli.output import Output
from kiosk.context import Context
from kiosk.errors import ConfigError, Refused


def _restore_context(args: argparse.Namespace, ctx: Context) -> Context:
    """Bind the database without reading it (the one being replaced may be damaged) and read
    the voucher key, which must exist: the backup's vouchers are checked against it."""
    from db.database import open_database
    from kiosk.cli.runner import database_url
    from kiosk.signing_key import ENV_SECRET, load_secret, voucher_key_path

    url = database_url(args, ctx.config)
    if not url.startswith("sqlite:"):
        raise Refused("Restore is for the SQLite database; a chain's PostgreSQL server is "
                      "restored with pg_restore on the server.", reason="restore_postgres")
    path = voucher_key_path(ctx.config)
    if not os.environ.get(ENV_SECRET) and not path.exists():
        raise ConfigError(f"The voucher key {path} is missing: copy voucher.key from the kiosk "
                          "the backup comes from, then restore again.")
    open_database(url)
    secret = load_secret(path, configured=bool(ctx.config.security.voucher_secret_file))
    return replace(ctx, secret=secret)


def db_restore(args: argparse.Namespace, ctx: Context, out: Output, devices: Devices) -> int:
    """Check the backup, keep the current database, restore, migrate, and say what happened."""
    from kiosk.services.backups import restore_backup

    done = restore_backup(_restore_context(args, ctx), Path(args.path))
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

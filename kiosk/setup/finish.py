"""The set-up's last steps: the database opened with the new settings, the file written, the
first manager created in it."""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.devices import Devices
from kiosk.clock import utc_now
from kiosk.context import Context
from kiosk.errors import Refused
from kiosk.roles import MANAGER, OWNER
from kiosk.services import staff
from kiosk.setup.config_file import WrittenConfig, write_config

SETUP_ACTOR = "setup"


def open_shop_database(args: argparse.Namespace, devices: Devices, text: str,
                       target: Path) -> tuple[Context, bool]:
    """Open (and on an empty database create) the database the new settings name; return its
    context and whether it has staff accounts. The settings are read from a scratch copy, so
    nothing is kept when the database cannot be reached."""
    from db.migrations import require_current
    from kiosk.cli.runner import build_context

    scratch = target.with_name(f".{target.name}.setup")
    scratch.parent.mkdir(parents=True, exist_ok=True)
    scratch.write_text(text, encoding="utf-8")
    opened = argparse.Namespace(**{**vars(args), "config": str(scratch), "printer": None,
                                   "scanner": []})
    try:
        ctx = build_context(opened, devices)
    finally:
        scratch.unlink(missing_ok=True)
    require_current(utc_now())  # an empty database gets its tables
    return ctx, staff.has_staff()


def create_first_manager(ctx: Context, name: str, pin: str) -> staff.StaffInfo:
    """Create the first manager; a shop that has staff accounts already keeps them: refused."""
    if staff.has_staff():
        raise Refused(
            "This database has staff accounts already; add the manager with "
            "`python main.py staff add NAME --role manager`.", reason="staff_exist",
        )
    return staff.add_staff(ctx.as_staff(SETUP_ACTOR, OWNER), name, MANAGER, pin)


def save_setup(args: argparse.Namespace, devices: Devices, text: str, target: Path,
               manager: str, pin: str, force: bool = False,
               keep_staff: bool = False) -> WrittenConfig:
    """Write the configuration and create the first manager; a database that has staff
    accounts already refuses a new first manager, or with keep_staff keeps its own."""
    ctx, has_staff = open_shop_database(args, devices, text, target)
    if has_staff and keep_staff:
        manager = ""
    if manager and has_staff:
        create_first_manager(ctx, manager, pin)  # refuses, before anything is written
    written = write_config(target, text, force=force)
    if manager:
        create_first_manager(ctx, manager, pin)
    return written

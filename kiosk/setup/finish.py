"""The set-up's last step: the database made ready and the first manager created in it."""

from __future__ import annotations

from kiosk.clock import utc_now
from kiosk.context import Context
from kiosk.errors import Refused
from kiosk.roles import MANAGER, OWNER
from kiosk.services import staff

SETUP_ACTOR = "setup"


def create_first_manager(ctx: Context, name: str, pin: str) -> staff.StaffInfo:
    """Create the first manager on a database opened for ctx (the schema is created when the
    database is empty). A shop that has staff accounts already keeps them: refused."""
    from db.migrations import require_current

    require_current(utc_now())
    if staff.has_staff():
        raise Refused(
            "This database has staff accounts already; the set-up creates only the first "
            "manager. Add more with `python main.py staff add NAME`.", reason="staff_exist",
        )
    return staff.add_staff(ctx.as_staff(SETUP_ACTOR, OWNER), name, MANAGER, pin)

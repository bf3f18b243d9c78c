"""Who acts on the command line: the shop itself (the owner), audited under the OS user."""

from __future__ import annotations

import getpass

from kiosk.context import Context
from kiosk.roles import OWNER


def shop_context(ctx: Context) -> Context:
    """The shop's own command line: the owner's role, audited as cli:<OS user>."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return ctx.as_staff(f"cli:{user}", OWNER)

"""Who acts on the command line: the shop itself, recorded under the operating-system user."""

from __future__ import annotations

import getpass

from kiosk.context import Context


def shop_context(ctx: Context) -> Context:
    """The shop's own command line: allowed everything, audited as cli:<OS user>."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return ctx.as_staff(f"cli:{user}", None)

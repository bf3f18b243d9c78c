"""Staff roles and what each may do; a service checks the role in its context."""

from __future__ import annotations

from kiosk.context import Context
from kiosk.errors import Refused

CLERK = "clerk"
MANAGER = "manager"
ROLES = (CLERK, MANAGER)

# What a clerk may do; a manager may do all of it and everything in MANAGER_ONLY.
CLERK_PERMISSIONS = frozenset(
    {
        "purchase",  # record a purchase, refund by receipt
        "vouchers",  # validate, redeem, reprint and void vouchers
        "members",  # search, enrol, edit contact details
        "replace_card",  # replace a lost card
    }
)
MANAGER_ONLY = frozenset(
    {
        "adjust",  # manual point adjustments
        "member_admin",  # merge, block, unblock and erase members
        "catalogue",  # rewards and donation causes
        "programme",  # tiers, earn rules and promotions
        "staff",  # staff accounts
        "reports",  # the dashboard, report exports and printouts
        "hardware",  # device status, test scan and test print
    }
)
PERMISSIONS = CLERK_PERMISSIONS | MANAGER_ONLY


def allowed(role: str | None, permission: str) -> bool:
    """Tell whether a role may use a permission; None is the shop's own command line: all of it."""
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}")
    if role is None or role == MANAGER:
        return True
    return role == CLERK and permission in CLERK_PERMISSIONS


def require(ctx: Context, permission: str) -> None:
    """Raise Refused (reason not_allowed) unless the context's role has the permission."""
    if not allowed(ctx.role, permission):
        raise Refused("This needs a manager.", reason="not_allowed")

"""Who may do what: the roles, each role's permissions, and the check every service makes first."""

from __future__ import annotations

from kiosk.context import Context
from kiosk.errors import Refused

CUSTOMER = "customer"  # the person at the kiosk screen, with their card (or phone and PIN)
CLERK = "clerk"
MANAGER = "manager"
OWNER = "owner"  # the shop's own command line, run by the shop's operating-system user
SYSTEM = "system"  # work the kiosk does on its own: expiry, report totals, backups

ROLES = (CLERK, MANAGER)  # the roles a staff account can have
ALL_ROLES = (CUSTOMER, CLERK, MANAGER, OWNER, SYSTEM)

# What the customer screen does for the customer in front of it.
CUSTOMER_PERMISSIONS = frozenset(
    {
        "identify",  # find the member by card or phone (and PIN), show their own screen
        "enrol",  # enrol a new member (with a PIN, when the customer gives one)
        "redeem",  # spend points on a reward
        "donate",  # give points to a cause
        "print_voucher",  # print a voucher and mark it printed
        "rewards",  # read the reward and cause lists
    }
)
# Staff at the counter: a clerk. Spending a member's points (redeem, donate) needs the member
# at the customer screen, or the shop's command line: staff cannot spend them for the member.
CLERK_PERMISSIONS = (CUSTOMER_PERMISSIONS - {"redeem", "donate"}) | frozenset(
    {
        "purchase",  # record a purchase, refund by receipt
        "vouchers",  # validate, redeem, reprint and void vouchers
        "members",  # search, enrol, edit contact details
        "replace_card",  # replace a lost card
        "set_pin",  # give a member a new phone PIN
    }
)
# What a manager may do besides everything a clerk may.
MANAGER_ONLY = frozenset(
    {
        "adjust",  # manual point adjustments
        "transfer",  # move a member's points to another member
        "expire",  # write off expired points and vouchers now (the schedule does it daily)
        "member_admin",  # merge, block, unblock and erase members
        "catalogue",  # rewards and donation causes
        "programme",  # tiers, earn rules and promotions, and their history
        "staff",  # staff accounts
        "reports",  # the dashboard, report exports and printouts
        "audit",  # read the audit log
        "hardware",  # device status, test scan and test print
        "terminals",  # every terminal's last report: shop, last seen, printer, queue
        "member_import",  # bring members in from a CSV or XLSX file of another system
        "member_export",  # write the marketing list or all members to a CSV file
        "stores",  # the chain's shops (a shop's own manager: its name and address only)
    }
)
MANAGER_PERMISSIONS = CLERK_PERMISSIONS | MANAGER_ONLY
# Only the shop itself (command line) and the kiosk's own jobs.
SHOP_ONLY = frozenset(
    {
        "backup",  # copy the whole database, every member's details, to a file
        "restore",  # replace the whole database with a backup (the command line only)
        "job_runs",  # record a run of the kiosk's own work (expiry, backup, totals, clean-up)
    }
)
PERMISSIONS = CUSTOMER_PERMISSIONS | MANAGER_PERMISSIONS | SHOP_ONLY
SYSTEM_PERMISSIONS = frozenset({"expire", "backup", "reports", "job_runs"})

GRANTS: dict[str, frozenset[str]] = {
    CUSTOMER: CUSTOMER_PERMISSIONS,
    CLERK: CLERK_PERMISSIONS,
    MANAGER: MANAGER_PERMISSIONS,
    OWNER: PERMISSIONS,
    SYSTEM: SYSTEM_PERMISSIONS,
}


def allowed(role: str | None, permission: str) -> bool:
    """Tell whether a role may use a permission; an unknown role (or none) may use none."""
    if permission not in PERMISSIONS:
        raise ValueError(f"unknown permission {permission!r}")
    return permission in GRANTS.get(role or "", frozenset())


def require(ctx: Context, permission: str) -> None:
    """Raise Refused (reason not_allowed) unless the context's role has the permission."""
    if not allowed(ctx.role, permission):
        raise Refused("Your role does not allow this.", reason="not_allowed")

"""The account the kiosk runs as: checked for by name when doctor itself runs as root."""

from __future__ import annotations

import os
import pwd

DEFAULT_KIOSK_USER = "kiosk"  # the installed service's user; KIOSK_USER names another


def kiosk_user() -> str:
    """The name of the account the kiosk runs as."""
    return os.environ.get("KIOSK_USER") or DEFAULT_KIOSK_USER


def kiosk_account_when_root() -> pwd.struct_passwd | None:
    """The kiosk's account when doctor runs as root and the account exists, else None (doctor
    then checks as its own user)."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(kiosk_user())
    except KeyError:
        return None


def not_owned_by_kiosk(path: str) -> str | None:
    """The owner's name when doctor runs as root and path does not belong to the kiosk's
    account (which then may not use it), else None."""
    account = kiosk_account_when_root()
    if account is None or account.pw_uid == 0:
        return None
    uid = os.stat(path).st_uid
    if uid == account.pw_uid:
        return None
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)

"""The voucher key: present, private (0600), strong, and the key the database's vouchers use."""

from __future__ import annotations

import hmac
import os
import stat

from kiosk.config import Config
from kiosk.doctor.account import kiosk_user, not_owned_by_kiosk
from kiosk.doctor.result import CheckResult, fail, ok, warn
from kiosk.signing_key import (
    ENV_SECRET,
    MIN_ENV_CHARS,
    MIN_FILE_CHARS,
    fingerprint,
    recorded_fingerprint,
    voucher_key_path,
    weakness,
)

NAME = "voucher key"
COPY_HINT = ("Copy voucher.key from the data folder of a kiosk already using this database "
             "(mode 0600, owned by the kiosk's user)")


def check_voucher_key(config: Config, database_open: bool) -> CheckResult:
    """Read the key the kiosk would use (never create one) and compare its fingerprint with the
    one the database keeps, when the database could be opened."""
    path = voucher_key_path(config)
    from_env = os.environ.get(ENV_SECRET)
    known = recorded_fingerprint() if database_open else None
    if from_env:
        secret, where = from_env.encode("utf-8"), ENV_SECRET
        problem = weakness(secret, MIN_ENV_CHARS)
        if problem:
            return fail(NAME, f"{ENV_SECRET} is {problem}.", "Set it to a long random value.")
    else:
        where = str(path)
        if not path.exists():
            if config.security.voucher_secret_file:
                return fail(NAME, f"The voucher key file {path} (security.voucher_secret_file) "
                                  "does not exist.", f"{COPY_HINT} to {path}, or correct "
                                  "the setting.")
            if not database_open:
                return warn(NAME, f"There is no voucher key ({path}), and the database could "
                                  "not say whether its vouchers need one.", f"{COPY_HINT} to "
                                  f"{path}, unless this is a new shop (then the kiosk makes one).")
            if known is not None:
                return fail(NAME, f"This kiosk has no voucher key ({path}), but the database "
                                  "has vouchers signed with one.", f"{COPY_HINT} to {path}.")
            return warn(NAME, f"There is no voucher key ({path}) yet; the kiosk makes one at "
                              "its first start.", "Nothing, on a new shop. A kiosk joining a "
                              f"chain needs the chain's key: {COPY_HINT.lower()} to {path}.")
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            return fail(NAME, f"The voucher key {path} can be read by other users (mode "
                              f"{mode:04o}): anyone who reads it can make vouchers.",
                        f"Run: chmod 600 {path}")
        owner = not_owned_by_kiosk(str(path))
        if owner is not None:
            return fail(NAME, f"The voucher key {path} belongs to {owner}: the "
                              f"'{kiosk_user()}' user cannot read it and the kiosk will not start.",
                        f"Run: chown {kiosk_user()}:{kiosk_user()} {path}")
        try:
            secret = path.read_text(encoding="ascii").strip().encode("ascii")
        except (OSError, UnicodeDecodeError) as exc:
            return fail(NAME, f"The voucher key {path} cannot be read: "
                              f"{getattr(exc, 'strerror', None) or type(exc).__name__}.",
                        "Run doctor as the kiosk's user, or give the file to that user.")
        problem = weakness(secret, MIN_FILE_CHARS)
        if problem:
            return fail(NAME, f"The voucher key {path} is {problem}.", f"{COPY_HINT} to {path}.")
    mine = fingerprint(secret)
    if known is not None and not hmac.compare_digest(known, mine):
        return fail(
            NAME,
            f"The voucher key ({where}, fingerprint {mine[:12]}) is not the key this database's "
            f"vouchers are signed with (fingerprint {known[:12]}); the kiosk will not start.",
            f"{COPY_HINT} to {where}.",
        )
    if known is None and database_open:
        return ok(NAME, f"The voucher key ({where}) is private; the database records its "
                        "fingerprint at the kiosk's next start.")
    if not database_open:
        return ok(NAME, f"The voucher key ({where}) is private (not compared with the database, "
                        "which could not be read).")
    return ok(NAME, f"The voucher key ({where}) is private and matches the database.")

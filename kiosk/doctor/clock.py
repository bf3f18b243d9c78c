"""This PC's clock against the database server's: vouchers, expiry and reports need one time."""

from __future__ import annotations

import time

from db.database import database_proxy, is_postgres
from kiosk.doctor.result import CheckResult, fail, ok, warn

NAME = "clock"
WARN_SKEW_S = 5.0
FAIL_SKEW_S = 60.0
SYNC_HINT = ("Let both machines keep time from the network: `timedatectl set-ntp true` (see "
             "`timedatectl status`) on this PC, and the same on the database server.")


def clock_skew_s() -> float:
    """Seconds the database server's clock is ahead of this PC's (negative: behind), measured
    against the middle of the round trip."""
    before = time.time()
    server = float(database_proxy.execute_sql("SELECT extract(epoch FROM clock_timestamp())")
                   .fetchone()[0])
    after = time.time()
    return server - (before + after) / 2


def check_clock(database_url: str, database_open: bool) -> CheckResult:
    """Warn beyond 5 s of difference, fail beyond 60 s; SQLite has no other clock."""
    if database_url.startswith("sqlite:"):
        return ok(NAME, "Embedded database: there is no other clock to compare with.")
    if not database_open or not is_postgres():
        return warn(NAME, "The clock was not compared: the database server could not be "
                          "reached.", "Fix the database first.")
    skew = clock_skew_s()
    direction = "behind" if skew > 0 else "ahead of"
    sentence = (f"This PC's clock is {abs(skew):.0f} s {direction} the database server's.")
    if abs(skew) > FAIL_SKEW_S:
        return fail(NAME, sentence + " Expiry, vouchers and shop days will be wrong.", SYNC_HINT)
    if abs(skew) > WARN_SKEW_S:
        return warn(NAME, sentence, SYNC_HINT)
    return ok(NAME, f"This PC's clock agrees with the database server's ({abs(skew):.1f} s).")

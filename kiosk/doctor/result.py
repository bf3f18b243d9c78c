"""One check's outcome: ok, warn or fail, a plain sentence and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass

OK = "ok"
WARN = "warn"
FAIL = "fail"


@dataclass(frozen=True)
class CheckResult:
    """What a check found: its name, status (ok, warn, fail), a sentence and an action."""

    name: str
    status: str
    message: str
    action: str | None = None


def ok(name: str, message: str) -> CheckResult:
    """A check that passed."""
    return CheckResult(name, OK, message)


def warn(name: str, message: str, action: str | None = None) -> CheckResult:
    """A check that passed with something to look at."""
    return CheckResult(name, WARN, message, action)


def fail(name: str, message: str, action: str) -> CheckResult:
    """A check that failed: the kiosk will not work as it should until the action is done."""
    return CheckResult(name, FAIL, message, action)


def crashed(name: str, exc: BaseException) -> CheckResult:
    """An unexpected error inside a check, named by its kind (never a traceback)."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return fail(
        name,
        f"The check stopped with an unexpected {type(exc).__name__}"
        + (f": {detail}" if detail else "."),
        "Run the command again; if it stays, report this line with the kiosk's log.",
    )

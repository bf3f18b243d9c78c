"""Doctor's output: one line per check for a terminal of 80 columns, or one JSON object."""

from __future__ import annotations

import textwrap

from kiosk.doctor.result import FAIL, CheckResult
from kiosk.safe_text import terminal_text

WIDTH = 80
LABELS = {"ok": "ok", "warn": "warn", "fail": "FAIL"}
INDENT = " " * 6


def all_passed(results: list[CheckResult]) -> bool:
    """True when no check failed (warnings allowed)."""
    return not any(result.status == FAIL for result in results)


def as_lines(results: list[CheckResult]) -> list[str]:
    """`ok    name: sentence`, wrapped at 80 columns, and an indented 'what to do' when not ok."""
    lines: list[str] = []
    for result in results:
        label = LABELS.get(result.status, result.status)
        text = terminal_text(f"{result.name}: {result.message}", keep_newlines=False)
        lines += textwrap.wrap(text, WIDTH, initial_indent=f"{label:<6}",
                               subsequent_indent=INDENT, break_on_hyphens=False,
                               break_long_words=False)
        if result.action and result.status != "ok":
            action = terminal_text(result.action, keep_newlines=False)
            lines += textwrap.wrap(action, WIDTH, initial_indent=INDENT + "what to do: ",
                                   subsequent_indent=INDENT + "  ", break_on_hyphens=False,
                                   break_long_words=False)
    failed = sum(result.status == FAIL for result in results)
    warned = sum(result.status == "warn" for result in results)
    summary = (f"{failed} failed, " if failed else "") + f"{warned} warnings, " \
        f"{len(results) - failed - warned} ok."
    lines.append(("Not ready: " if failed else "Ready: ") + summary)
    return lines


def as_json(results: list[CheckResult]) -> dict[str, object]:
    """{"ok": bool, "checks": [{"name", "status", "message", "action"}]}."""
    return {
        "ok": all_passed(results),
        "checks": [
            {"name": r.name, "status": r.status, "message": r.message, "action": r.action}
            for r in results
        ],
    }

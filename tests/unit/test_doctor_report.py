"""Doctor's pieces without a subprocess: the report's two forms, a crashing check, job ages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.doctor.jobs import BACKUP_MAX_AGE, check_job
from kiosk.doctor.report import all_passed, as_json, as_lines
from kiosk.doctor.result import fail, ok, warn
from kiosk.doctor.run import guarded

NOW = datetime(2026, 3, 10, 12, 0)


@dataclass(frozen=True)
class Run:
    """The fields of kiosk.views.JobRunView that doctor reads."""

    job: str
    started_at: datetime
    ok: bool
    summary: str = ""


def test_a_check_that_raises_is_a_fail_naming_the_error_kind() -> None:
    def broken() -> None:
        raise ZeroDivisionError("division by zero")

    (result,) = guarded("printer", broken)
    assert result.status == "fail"
    assert "unexpected ZeroDivisionError: division by zero" in result.message
    assert result.action


def test_lines_fit_80_columns_and_say_what_to_do_for_non_ok() -> None:
    results = [
        ok("config", "The configuration reads without mistakes."),
        warn("display", "Qt runs on the 'offscreen' platform: " + "nobody sees it. " * 8,
             "Unset QT_QPA_PLATFORM."),
        fail("printer", "The printer is out of paper.", "Put a new paper roll in. " * 6),
    ]
    lines = as_lines(results)
    assert all(len(line) <= 80 for line in lines)
    assert lines[0] == "ok    config: The configuration reads without mistakes."
    assert lines[1].startswith("warn  display:")
    assert any(line.startswith("FAIL  printer:") for line in lines)
    assert sum("what to do:" in line for line in lines) == 2
    assert lines[-1] == "Not ready: 1 failed, 1 warnings, 1 ok."


def test_json_has_ok_and_every_check() -> None:
    results = [ok("config", "fine"), warn("display", "offscreen", "unset it")]
    data = json.loads(json.dumps(as_json(results)))
    assert data == {"ok": True, "checks": [
        {"name": "config", "status": "ok", "message": "fine", "action": None},
        {"name": "display", "status": "warn", "message": "offscreen", "action": "unset it"},
    ]}
    assert not all_passed([*results, fail("schema", "old", "migrate")])


def test_control_characters_in_a_message_are_shown_not_sent() -> None:
    (line, _) = as_lines([ok("config", "/etc/kiosk\x1b[2J.toml reads")])
    assert "\x1b" not in line


def test_backup_job_ages_and_failures() -> None:
    def backup(runs: dict[str, Run] | None) -> tuple[str, str]:
        result = check_job("backup", "backup", runs, NOW, BACKUP_MAX_AGE, "look at it")
        return result.status, result.message

    assert backup(None)[0] == "warn" and "not known yet" in backup(None)[1]
    assert backup({})[0] == "warn" and "never run" in backup({})[1]
    fresh = {"backup": Run("backup", NOW - timedelta(hours=5), True)}
    assert backup(fresh) == ("ok", "The last backup ran at 2026-03-10 07:00 UTC (5 h ago) and "
                                   "succeeded.")
    old = {"backup": Run("backup", NOW - timedelta(days=3), True)}
    assert backup(old)[0] == "fail" and "3 days ago" in backup(old)[1]
    broken = {"backup": Run("backup", NOW - timedelta(hours=1), False, "disk full")}
    assert backup(broken)[0] == "fail" and "failed" in backup(broken)[1]
    assert "disk full" in backup(broken)[1]

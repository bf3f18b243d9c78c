"""`staff list` and `member show` tell who is locked, why and until when, as text and JSON."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace

import pytest

from db.database import close_database, open_database
from kiosk import services
from kiosk.clock import SystemClock
from kiosk.config import Config, SecurityConfig
from kiosk.context import Context
from kiosk.errors import KioskError
from kiosk.services import staff
from tests.e2e.conftest import Cli

pytestmark = pytest.mark.e2e
SECRET = b"s" * 32


def _in_process(cli: Cli) -> Context:
    open_database(cli.db_url)
    config = replace(Config(), security=SecurityConfig(phone_lookup_pin=True))
    return Context(config, SECRET, SystemClock())


def _try(action: Callable[[], object]) -> None:
    with contextlib.suppress(KioskError):  # wrong PINs are refused; the count is what matters
        action()


def test_staff_list_shows_who_is_locked_and_why(cli) -> None:
    cli.ok("db", "init")
    cli.ok("staff", "add", "Maria", "--role", "manager", "--pin", "2468", "--card", "STAFF-0001")
    cli.ok("staff", "add", "Sam", "--pin", "1357", "--card", "STAFF-0002")
    cli.ok("staff", "add", "Eve", "--pin", "1111")
    cli.ok("staff", "lock", "Eve", "--reason", "on leave")
    ctx = _in_process(cli)
    try:
        for _ in range(5):
            _try(lambda: staff.log_in(ctx, "Sam", "0000"))
        for _ in range(2):
            _try(lambda: staff.log_in_by_card(ctx, "STAFF-0001", "0000"))
    finally:
        close_database()

    listed = cli.ok("staff", "list")
    by_name = {row["name"]: row for row in listed["staff"]}
    assert by_name["Eve"]["state"].startswith("locked by cli:")
    assert by_name["Eve"]["state"].endswith(": on leave")
    assert by_name["Eve"]["locked_by_manager"] is True
    assert by_name["Sam"]["state"].startswith("locked until ")
    assert by_name["Sam"]["state"].endswith(" after 5 wrong PINs")
    assert by_name["Sam"]["locked_now"] is True and by_name["Sam"]["card_locked_now"] is False
    assert by_name["Maria"]["state"] == "active, 2 wrong PINs since the last login"
    assert by_name["Maria"]["card_failures"] == 2

    text = cli.run("staff", "list")
    assert text.code == 0, text.stderr
    lines = {line.split()[0]: line for line in text.stdout.splitlines() if line.strip()}
    assert "locked by cli:" in lines["Eve"] and lines["Eve"].endswith(": on leave")
    assert "locked until " in lines["Sam"] and lines["Sam"].endswith("after 5 wrong PINs")

    cli.ok("staff", "unlock", "Sam")
    assert {r["name"]: r["state"] for r in cli.ok("staff", "list")["staff"]}["Sam"] == "active"


def test_member_show_tells_the_phone_lock(cli) -> None:
    cli.ok("db", "init")
    ctx = _in_process(cli)
    try:
        enrolled = services.enrol(ctx, "Ada Lovelace", phone="07700 900123", pin="4321")
        for _ in range(5):
            _try(lambda: services.identify_by_phone(ctx, "07700 900123", "0000"))
    finally:
        close_database()
    shown = cli.ok("member", "show", enrolled.card)
    assert shown["phone_lock"]["locked"] is True and shown["phone_lock"]["failures"] == 5
    assert shown["phone_lock"]["locked_at"]
    text = cli.run("member", "show", enrolled.card)
    assert "Phone look-up: locked since " in text.stdout
    assert "after 5 wrong PINs" in text.stdout
    assert cli.ok("member", "show", enrolled.card)["phone_lock"]["locked"] is True  # not lifted

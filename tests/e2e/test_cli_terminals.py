"""`terminal list` end to end: every terminal with its health, one shop, and a shop that is not."""

from __future__ import annotations

import pytest

from db.database import close_database, open_database
from kiosk.clock import utc_now
from tests.terminal_rows import CITY, two_shops

pytestmark = pytest.mark.e2e


def _reported(cli) -> None:
    cli.ok("db", "init")
    open_database(cli.db_url)
    try:
        two_shops(utc_now())
    finally:
        close_database()


def test_terminal_list_shows_each_terminal_and_why(cli) -> None:
    _reported(cli)
    data = cli.ok("terminal", "list")
    assert data["counts"] == {"ok": 2, "warning": 2, "down": 1, "retired": 1}
    first = data["terminals"][0]
    assert (first["store"], first["code"], first["health"]) == ("HARBOUR", "KIOSK-2", "down")
    assert first["reason"].startswith("Not seen since ")
    table = cli.run("terminal", "list")
    assert table.code == 0
    lines = table.stdout.splitlines()
    assert lines[0].startswith("DOWN") and "Printer out of paper" in table.stdout
    assert "12 changes waiting" in table.stdout
    assert lines[-1] == "2 ok, 2 warning, 1 down, 1 retired"
    city = cli.ok("terminal", "list", "--store", CITY)
    assert {row["store"] for row in city["terminals"]} == {CITY}


def test_terminal_list_refuses_an_unknown_shop_and_says_when_none_reported(sqlite_cli) -> None:
    sqlite_cli.ok("db", "init")
    empty = sqlite_cli.run("terminal", "list")
    assert empty.code == 0 and empty.stdout.strip() == "No terminal has reported in yet."
    unknown = sqlite_cli.run("terminal", "list", "--store", "NOPE", "--json")
    assert unknown.code == 1 and "No shop with the code NOPE." in unknown.stderr
    assert '"error": "not_found"' in unknown.stdout

"""The `report` and `staff` commands end to end, as the owner runs them, on both databases."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def test_reports_as_json_csv_and_tables(cli, tmp_path: Path) -> None:
    cli.ok("demo", "seed", "--members", "60")
    members = cli.ok("report", "members")
    assert members["total"] == 60 and 0 < members["active_30d"] <= members["active_90d"] <= 60
    liability = cli.ok("report", "liability")
    shown = cli.ok("member", "show", "2900000000018")
    assert liability["outstanding_points"] >= shown["balance"] > 0
    for name in ("activity", "retention", "redemptions", "top-customers", "tiers", "birthdays"):
        data = cli.ok("report", name, "--from", "2026-01-01", "--to", "2026-12-31")
        assert data["report"] == name and data["from"] == "2026-01-01" and "rows" in data
    tiers = cli.ok("report", "tiers")
    assert sum(row[1] for row in tiers["rows"]) == 60
    target = tmp_path / "top.csv"
    done = cli.run("report", "top-customers", "--csv", str(target))
    assert done.code == 0, done.stderr
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, for Excel
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["rank", "member", "name", "card", "purchases", "sales", "balance"]
    assert len(rows) == 21 and "." in rows[1][5]
    table = cli.run("report", "members")
    assert table.code == 0 and "active 30d:" in table.stdout and "month" in table.stdout


def test_report_mistakes_are_explained(cli) -> None:
    cli.ok("db", "init")
    backwards = cli.run("report", "activity", "--from", "2026-05-01", "--to", "2026-04-01")
    assert backwards.code == 2 and "--from is after --to" in backwards.stderr
    bad_date = cli.run("report", "activity", "--from", "2026-13-01")
    assert bad_date.code == 2 and "is not a date" in bad_date.stderr
    unknown = cli.run("report", "profits")
    assert unknown.code == 2 and "invalid choice" in unknown.stderr
    for done in (backwards, bad_date, unknown):
        assert "Traceback" not in done.stderr


def test_staff_accounts_from_the_command_line(cli) -> None:
    cli.ok("db", "init")
    clerk_first = cli.run("staff", "add", "Sam", "--pin", "1357")
    assert clerk_first.code == 1 and "must be a manager" in clerk_first.stderr
    added = cli.ok("staff", "add", "Maria", "--role", "manager", "--pin", "2468", "--card",
                   "staff-0001")
    assert (added["role"], added["card"]) == ("manager", "STAFF-0001")
    cli.ok("staff", "add", "Sam", "--pin", "1357")
    listed = cli.ok("staff", "list")
    assert [(s["name"], s["role"]) for s in listed["staff"]] == [
        ("Maria", "manager"), ("Sam", "clerk")]
    assert "pin" not in str(listed).lower()
    assert cli.ok("staff", "lock", "Sam", "--reason", "left the shop")["locked"] is True
    assert "locked" in cli.run("staff", "list").stdout
    assert cli.ok("staff", "unlock", "Sam")["locked"] is False
    assert cli.ok("staff", "passwd", "Sam", "--pin", "8642")["failures"] == 0
    short = cli.run("staff", "passwd", "Sam", "--pin", "12")
    assert short.code == 1 and "4 to 6 digits" in short.stderr


def test_json_works_before_the_command_too(cli) -> None:
    cli.ok("demo", "seed", "--members", "10")
    before = cli.run("--json", "report", "members")
    after = cli.run("report", "members", "--json")
    assert before.code == after.code == 0
    assert before.json()["total"] == after.json()["total"] == 10
    refused = cli.run("--json", "member", "show", "2900000000999")
    assert refused.code == 1 and refused.json()["ok"] is False

"""Every command that changes something leaves its audit row(s), as the shop owner (cli:<user>)."""

from __future__ import annotations

import getpass
import json
import sqlite3
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def _rows(cli) -> list[dict]:
    """The audit log, oldest first, read straight from the database file."""
    path = cli.db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute(
            "SELECT staff, role, action, target, details, reason FROM audit_entry ORDER BY id"
        ).fetchall()
    return [dict(row) for row in rows]


def test_each_state_changing_command_writes_its_audit_rows(sqlite_cli, tmp_path: Path) -> None:
    cli = sqlite_cli
    cli.ok("db", "init")
    cli.ok("demo", "seed", "--members", "0")  # the catalogue (its own audit rows, as "demo")
    pastry = next(r for r in cli.ok("reward", "list") if r["name"] == "Fresh pastry")
    seen = len(_rows(cli))

    def changes(*args: str) -> list[dict]:
        """Run a command; return the audit rows it added."""
        nonlocal seen
        if "--csv" in args:  # a CSV export prints no JSON
            assert cli.run(*args).code == 0
        else:
            cli.ok(*args)
        rows = _rows(cli)
        added, seen = rows[seen:], len(rows)
        return added

    def actions(*args: str) -> list[str]:
        return [row["action"] for row in changes(*args)]

    (enrolled,) = changes("member", "enrol", "--name", "Ayşe Yılmaz", "--phone", "07700 900101",
                          "--email", "ayse@example.org")
    member = enrolled["target"]
    assert enrolled["action"] == "member.enrol" and member.startswith("member:")
    card = cli.ok("member", "show", "07700 900101")["card"]
    assert actions("member", "pin", card, "2468") == ["member.pin"]
    assert actions("purchase", card, "40.00", "--receipt", "R-1") == ["purchase"]
    assert actions("refund", "--receipt", "R-1", "--amount", "5.00") == ["refund"]
    assert actions("points", "adjust", card, "300", "--reason", "welcome") == ["points.adjust"]
    assert actions("points", "adjust", card, "300", "--reason", "welcome") == []  # a retry
    (redeemed,) = changes("redeem", card, str(pastry["id"]), "--key", "k-1")
    assert redeemed["action"] == "reward.redeem" and redeemed["target"].startswith("voucher:")
    code = cli.ok("redeem", card, str(pastry["id"]), "--key", "k-1")["voucher_code"]
    assert len(_rows(cli)) == seen  # the same key again: nothing new
    second = cli.ok("redeem", card, str(pastry["id"]), "--key", "k-2")["voucher_code"]
    seen = len(_rows(cli))
    assert actions("voucher", "redeem", code) == ["voucher.redeem"]
    assert actions("voucher", "void", second, "--reason", "printer jam") == ["voucher.void"]
    assert actions("points", "expire") == ["points.expire"]
    (replaced,) = changes("member", "replace-card", card, "--reason", "lost")
    assert replaced["action"] == "card.replace" and replaced["target"] == member
    csv = tmp_path / "members.csv"
    (exported,) = changes("report", "members", "--csv", str(csv))
    assert exported["action"] == "report.export" and exported["target"] == "members"
    lines = csv.read_text(encoding="utf-8-sig").splitlines()
    assert json.loads(exported["details"]) == {"file": "members.csv", "rows": len(lines) - 1}
    assert actions("db", "backup", str(tmp_path / "copy.db")) == ["db.backup"]
    assert actions("member", "edit", "07700 900101", "--language", "tr") == ["member.edit"]
    assert actions("staff", "add", "Maria", "--role", "manager", "--pin", "1357") == ["staff.add"]

    everything = _rows(cli)
    ours = [row for row in everything if row["staff"] != "demo"]
    assert {(row["staff"], row["role"]) for row in ours} == {(f"cli:{getpass.getuser()}", "owner")}
    text = json.dumps(everything, ensure_ascii=False)
    for personal in ("Ayşe", "Yılmaz", "900101", "example.org", card, code, second):
        assert personal not in text, personal  # no names, phones, e-mails or whole codes


def test_a_command_that_is_refused_writes_no_audit_row(sqlite_cli) -> None:
    cli = sqlite_cli
    cli.ok("db", "init")
    card = cli.ok("member", "enrol", "--name", "Ada")["card"]
    before = len(_rows(cli))
    refused = cli.run("points", "adjust", card, "-50", "--reason", "more than she has", "--json")
    assert refused.code == 1
    bad = cli.run("purchase", card, "-3", "--receipt", "R-9", "--json")
    assert bad.code != 0
    assert len(_rows(cli)) == before

"""Staff administration from the command line: search, edit, block, merge, erase, audit list."""

from __future__ import annotations

import getpass

import pytest

pytestmark = pytest.mark.e2e


def test_member_administration_end_to_end(cli) -> None:
    cli.ok("db", "init")
    ada = cli.ok("member", "enrol", "--name", "Ayşe Yılmaz", "--phone", "07700 900101")
    dup = cli.ok("member", "enrol", "--name", "Ayse Yilmaz", "--phone", "07700 900102")
    cli.ok("purchase", dup["card"], "40.00", "--receipt", "R-1")
    cli.ok("purchase", ada["card"], "10.00", "--receipt", "R-2")

    found = cli.ok("member", "search", "ayşe")
    assert [row["id"] for row in found] == [ada["member_id"]]
    assert found[0]["phone"].endswith("101") and "900101" not in found[0]["phone"]
    assert [row["id"] for row in cli.ok("member", "search", dup["card"])] == [dup["member_id"]]

    edited = cli.ok("member", "edit", ada["card"], "--email", "ayse@example.org", "--consent")
    assert edited["member"]["email"] == "ayse@example.org"
    assert edited["member"]["marketing_consent"] is True

    blocked = cli.ok("member", "block", "07700 900101", "--reason", "checking identity")
    assert blocked["new_status"] == "blocked"
    refused = cli.run("purchase", ada["card"], "5.00", "--receipt", "R-3", "--json")
    assert refused.code == 1 and "blocked" in refused.stderr
    cli.ok("member", "unblock", ada["card"], "--reason", "identity checked")

    merged = cli.ok("member", "merge", ada["card"], dup["card"], "--reason", "same person")
    assert merged["points_moved"] == 40 and merged["balance"] == 50
    shown = cli.ok("member", "show", dup["card"])
    assert shown["member_id"] == ada["member_id"] and shown["balance"] == 50

    erased = cli.ok("member", "erase", f"#{ada['member_id']}", "--reason", "asked in writing")
    assert erased["points_forfeited"] == 50 and erased["cards_blocked"] == 2
    gone = cli.run("member", "show", ada["card"], "--json")
    assert gone.code == 1 and "no longer exists" in gone.stderr
    assert cli.ok("db", "check")["ok"] is True

    log = cli.ok("audit", "list")
    assert [row["action"] for row in log] == [
        "member.erase",
        "member.merge",
        "member.unblock",
        "member.block",
        "member.edit",
        "purchase",
        "purchase",
        "member.enrol",
        "member.enrol",
    ]
    assert {row["role"] for row in log} == {"owner"}
    assert {row["staff"] for row in log} == {f"cli:{getpass.getuser()}"}
    assert "Ayşe" not in str(log) and "example.org" not in str(log)
    only = cli.ok("audit", "list", "--action", "member.merge", "--limit", "5")
    assert [row["reason"] for row in only] == ["same person"]
    assert cli.ok("audit", "list", "--staff", "nobody") == []
    assert cli.ok("audit", "list", "--since", "2999-01-01") == []


def test_admin_commands_refuse_bad_input(sqlite_cli) -> None:
    cli = sqlite_cli
    cli.ok("db", "init")
    ada = cli.ok("member", "enrol", "--name", "Ada")
    missing = cli.run("member", "block", ada["card"])
    assert missing.code == 2 and "--reason" in missing.stderr
    empty = cli.run("member", "block", ada["card"], "--reason", " ", "--json")
    assert empty.code == 1 and empty.json()["ok"] is False
    self_merge = cli.run("member", "merge", ada["card"], ada["card"], "--reason", "x", "--json")
    assert self_merge.code == 1 and "itself" in self_merge.stderr
    bad_date = cli.run("audit", "list", "--since", "yesterday")
    assert bad_date.code == 1 and "--since" in bad_date.stderr
    bad_birthday = cli.run("member", "edit", ada["card"], "--birthday", "31/12/1990")
    assert bad_birthday.code == 1 and "--birthday" in bad_birthday.stderr
    unknown = cli.run("member", "erase", "07700 900999", "--reason", "x")
    assert unknown.code == 1 and "No member" in unknown.stderr
    text = cli.run("member", "search", "ada")
    assert text.code == 0 and "Ada" in text.stdout and ada["card"] not in text.stdout
    # only the enrolment changed anything
    assert [row["action"] for row in cli.ok("audit", "list")] == ["member.enrol"]

"""The CLI end to end, as a shop's script uses it, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def test_whole_journey(cli) -> None:
    assert cli.ok("db", "init")["created"] is True
    assert cli.ok("db", "init")["created"] is False
    seeded = cli.ok("demo", "seed", "--members", "40")
    assert seeded["members"] == 40 and seeded["rewards"] == 6

    enrolled = cli.ok(
        "member",
        "enrol",
        "--name",
        "Zeynep Kaya",
        "--phone",
        "07700 900777",
        "--language",
        "tr",
        "--birthday",
        "1991-02-03",
    )
    card = enrolled["card"]
    assert len(card) == 13 and card.startswith("29")

    first = cli.ok("purchase", card, "250.00", "--receipt", "R-1")
    assert first["points_earned"] == 250 and first["balance"] == 250
    again = cli.ok("purchase", card, "250.00", "--receipt", "R-1")
    assert again["duplicate"] is True and again["balance"] == 250

    shown = cli.ok("member", "show", "+447700900777")
    assert shown["member_id"] == enrolled["member_id"]
    assert shown["name"] == "Zeynep Kaya" and shown["card"] == card
    assert shown["balance"] == 250 and shown["tier"] == "Silver"

    rewards = cli.ok("reward", "list")
    assert isinstance(rewards, list)
    pastry = next(r for r in rewards if r["name"] == "Fresh pastry")
    assert set(pastry) >= {"id", "name", "cost"} and pastry["cost"] == 150

    issued = cli.ok("redeem", card, str(pastry["id"]), "--key", "k-1")
    assert issued["balance"] == 100 and issued["printed"] is True
    code = issued["voucher_code"]
    previews = list((cli.data_dir / "printed").glob("*-voucher-v*.png"))
    assert len(previews) == 1 and code not in previews[0].name  # a live code is no file name
    repeated = cli.ok("redeem", card, str(pastry["id"]), "--key", "k-1")
    assert repeated["voucher_code"] == code and repeated["balance"] == 100
    assert repeated["repeated"] is True and repeated["printed"] is False
    assert len(list((cli.data_dir / "printed").glob("*-voucher-v*.png"))) == 1

    checked = cli.ok("voucher", "check", code)
    assert checked["status"] == "printed" and checked["ok"] is True
    used = cli.ok("voucher", "redeem", code)
    assert used["status"] == "redeemed" and used["ok"] is True

    twice = cli.run("voucher", "redeem", code, "--json")
    assert twice.code == 1
    assert twice.json()["status"] == "redeemed" and twice.json()["ok"] is False
    refused_void = cli.run("voucher", "void", code, "--json")
    assert refused_void.code == 1 and refused_void.json()["status"] == "redeemed"

    hot_drink = next(r for r in rewards if r["name"] == "Hot drink")
    second = cli.ok("redeem", card, str(hot_drink["id"]))
    assert second["balance"] == 0
    voided = cli.ok("voucher", "void", second["voucher_code"], "--reason", "printer jam")
    assert voided["status"] == "void" and voided["ok"] is True
    assert cli.ok("member", "show", card)["balance"] == 100

    refund = cli.ok("refund", "--receipt", "R-1", "--amount", "50.00")
    assert refund["points_clawed"] == 50 and refund["balance"] == 50

    assert cli.ok("points", "expire")["ok"] is True
    check = cli.ok("db", "check")
    assert check["ok"] is True and check["problems"] == []


def test_voucher_check_refuses_forged_and_mistyped_codes(cli) -> None:
    cli.ok("demo", "seed", "--members", "5")
    issued = cli.ok("redeem", "2900000000025", "1")
    code = issued["voucher_code"]
    typo = code[:3] + ("A" if code[3] != "A" else "B") + code[4:]
    for bad in (typo, "ABCDEFGHJKMNP", "hello"):
        done = cli.run("voucher", "check", bad, "--json")
        assert done.code == 1
        assert done.json()["status"] == "invalid" and done.json()["ok"] is False
    human = cli.run("voucher", "check", typo)
    assert "INVALID" in human.stdout and "Traceback" not in human.stderr


def test_bad_input_gives_one_clear_line(cli) -> None:
    cli.ok("demo", "seed", "--members", "5")
    misread = cli.run("member", "show", "2900000000019")
    assert misread.code == 1
    assert misread.stderr.strip() == "error: The card did not read correctly. Please scan it again."
    unknown = cli.run("member", "show", "2900000000094", "--json")
    assert unknown.code == 1 and unknown.json()["error"] == "not_found"
    poor = cli.run("redeem", "2900000000049", "1")
    assert poor.code == 1 and "Not enough points" in poor.stderr
    amount = cli.run("purchase", "2900000000018", "12.345", "--receipt", "X")
    assert amount.code == 1 and "decimal places" in amount.stderr
    for done in (misread, unknown, poor, amount):
        assert len(done.stderr.strip().splitlines()) == 1


def test_db_check_finds_a_balance_that_differs_from_the_ledger(cli) -> None:
    cli.ok("demo", "seed", "--members", "10")
    assert cli.ok("db", "check")["ok"] is True
    _execute(cli, "UPDATE member SET balance = balance + 7 WHERE id = 1")
    done = cli.run("db", "check", "--json")
    assert done.code == 1
    problems = done.json()["problems"]
    assert any("balance differs from ledger" in p for p in problems)


def _execute(cli, sql: str) -> None:
    if cli.backend == "sqlite":
        import sqlite3

        connection = sqlite3.connect(cli.db_url.removeprefix("sqlite:///"))
        connection.execute(sql)
        connection.commit()
        connection.close()
    else:
        import psycopg2

        connection = psycopg2.connect(cli.db_url)
        with connection, connection.cursor() as cursor:
            cursor.execute(sql)
        connection.close()

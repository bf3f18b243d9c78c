"""The command line queues purchases, refunds and enrolments when the server cannot be reached,
and `outbox list|flush` shows and sends them."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.models import Card, LedgerEntry, Member, Purchase
from tests.e2e.conftest import Cli
from tests.integration.offline_chain import Chain, chain_fixture  # noqa: F401

pytestmark = [pytest.mark.postgres, pytest.mark.e2e]

CONFIG = """
[store]
id = "SHOP-A"
terminal = "TILL-1"

[ui]
demo = false
"""


def _cli(chain: Chain, tmp_path: Path) -> tuple[Cli, Path]:
    config = tmp_path / "kiosk.toml"
    config.write_text(CONFIG)
    return Cli(tmp_path / "data", chain.kiosk_url, "postgres"), config


def test_cli_queues_while_the_server_is_away_and_flush_sends_once(
    chain: Chain, tmp_path: Path
) -> None:
    cli, config = _cli(chain, tmp_path)
    enrolled = cli.run("member", "enrol", "--name", "Ada Lovelace", "--json", config=config)
    assert enrolled.code == 0, enrolled.stderr
    card = enrolled.json()["card"]

    chain.proxy.cut()
    bought = cli.run("purchase", card, "12.50", "--receipt", "R-1", "--json", config=config)
    assert bought.code == 0, bought.stderr
    assert bought.json()["queued"] is True
    joined = cli.run("member", "enrol", "--name", "Grace Hopper", "--key", "k-1", "--json",
                     config=config)
    assert joined.code == 0, joined.stderr
    new_card = joined.json()["card"]
    second = cli.run("purchase", new_card, "5.00", "--receipt", "R-2", config=config)
    assert second.code == 0, second.stderr
    assert "queued" in second.stdout and "3 changes waiting" in second.stdout
    back = cli.run("refund", "--receipt", "R-1", "--json", config=config)
    assert back.code == 0 and back.json()["queued"] is True
    listed = cli.run("outbox", "list", "--json", config=config)
    assert listed.code == 0, listed.stderr
    assert [item["kind"] for item in listed.json()["items"]] == [
        "purchase", "enrol", "purchase", "refund"]
    assert all(item["state"] == "waiting" for item in listed.json()["items"])

    chain.heal()
    flushed = cli.run("outbox", "flush", "--json", config=config)
    assert flushed.code == 0, flushed.stderr
    assert flushed.json()["sent"] == 4 and flushed.json()["waiting"] == 0
    again = cli.run("outbox", "flush", "--json", config=config)
    assert again.json()["sent"] == 0

    grace = Member.get(Member.name == "Grace Hopper")
    assert Card.get(Card.number == new_card).member_id == grace.id
    assert Purchase.select().where(Purchase.receipt << ["R-1", "R-2"]).count() == 2
    ada = Member.get(Member.name == "Ada Lovelace")
    assert sum(e.points for e in LedgerEntry.select().where(LedgerEntry.member == ada.id)) == 0
    assert ada.balance == 0  # earned 12 and refunded in full, once each
    assert grace.balance == sum(
        e.points for e in LedgerEntry.select().where(LedgerEntry.member == grace.id)) == 5
    duplicate = cli.run("purchase", card, "12.50", "--receipt", "R-1", config=config)
    assert duplicate.code == 0 and "already recorded" in duplicate.stdout
    checked = cli.run("db", "check", "--json", config=config)
    assert checked.code == 0, checked.stdout + checked.stderr


def test_outbox_list_without_a_local_copy_says_so(chain: Chain, tmp_path: Path) -> None:
    cli, config = _cli(chain, tmp_path)
    listed = cli.run("outbox", "list", config=config)
    assert listed.code == 0
    assert "no local copy" in listed.stdout


def _outbox(folder: Path) -> list[tuple[str, str]]:
    """(kind, state) of every outbox item, read straight from the kiosk's replica.db."""
    import sqlite3

    path = folder / "replica.db"
    if not path.exists():
        return []
    with sqlite3.connect(path, timeout=10) as connection:
        try:
            return connection.execute(
                "SELECT kind, state FROM outbox_item ORDER BY seq").fetchall()
        except sqlite3.OperationalError:
            return []


def _copied(folder: Path) -> bool:
    import sqlite3

    path = folder / "replica.db"
    if not path.exists():
        return False
    with sqlite3.connect(path, timeout=10) as connection:
        try:
            return connection.execute(
                "SELECT 1 FROM sync_state WHERE name = 'copy_at'").fetchone() is not None
        except sqlite3.OperationalError:
            return False


def test_the_kiosk_restarts_on_its_copy_while_the_server_is_away_and_sends_later(
    chain: Chain, tmp_path: Path
) -> None:
    from tests.e2e.conftest import run_kiosk_until

    cli, config = _cli(chain, tmp_path)
    folder = tmp_path / "data" / "offline"
    enrolled = cli.run("member", "enrol", "--name", "Ada Lovelace", "--json", config=config)
    assert enrolled.code == 0, enrolled.stderr
    env = {**cli.env(), "QT_QPA_PLATFORM": "offscreen"}
    args = ["--config", str(config), "--windowed", "--printer", "none"]
    run_kiosk_until(args, env, lambda: _copied(folder))  # the first copy, in the background
    assert _copied(folder)

    chain.proxy.cut()
    bought = cli.run("purchase", enrolled.json()["card"], "20.00", "--receipt", "R-7", "--json",
                     config=config)
    assert bought.code == 0 and bought.json()["queued"] is True
    log = tmp_path / "data" / "logs" / "kiosk.log"
    run_kiosk_until(args, env, lambda: log.exists() and "Starting on the local copy"
                    in log.read_text(errors="replace"))  # a restart with the server away
    assert "Starting on the local copy" in log.read_text(errors="replace")
    assert _outbox(folder) == [("purchase", "waiting")]

    chain.heal()
    run_kiosk_until(args, env, lambda: _outbox(folder) == [("purchase", "sent")])
    assert _outbox(folder) == [("purchase", "sent")]
    assert Purchase.get(Purchase.receipt == "R-7").amount_minor == 2000


def test_chain_settings_are_shown_set_and_checked(chain: Chain, tmp_path: Path) -> None:
    cli, config = _cli(chain, tmp_path)
    shown = cli.run("chain", "show", "--json", config=config)
    assert shown.code == 0, shown.stderr
    assert shown.json() == {"ok": True, "offline_redeem_limit": "0", "offline_vouchers": "accept"}
    done = cli.run("chain", "set", "offline_redeem_limit", "300", "--json", config=config)
    assert done.code == 0 and done.json()["value"] == "300"
    bad = cli.run("chain", "set", "offline_vouchers", "maybe", config=config)
    assert bad.code == 1 and "accept or refuse" in bad.stderr
    negative = cli.run("chain", "set", "offline_redeem_limit", "-5", config=config)
    assert negative.code in (1, 2)
    shown = cli.run("chain", "show", config=config)
    assert "offline_redeem_limit = 300" in shown.stdout
    assert "offline_vouchers = accept" in shown.stdout

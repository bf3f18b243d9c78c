"""Two shops' command lines, two processes with two configuration files, over one database:
a reward limited to shop A, a voucher from A redeemed once at B, a promotion of A's, shop staff."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.database import close_database, open_database
from db.models import Reward
from tests.e2e.conftest import Cli, Completed, _create_pg_database, _drop_pg_database

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

SHOP_CONFIG = """
[store]
id = "{shop}"
name = "Shop {shop}"
terminal = "TILL-{shop}"

[printer]
kind = "none"

[[programme.promotions]]
name = "Double at A"
multiplier = 2
stores = ["A"]
"""


@pytest.fixture
def chain_cli(pg_server: str, tmp_path: Path) -> Iterator[Cli]:
    """The command line on a fresh PostgreSQL database: the chain's one server."""
    name, url = _create_pg_database(pg_server)
    try:
        yield Cli(tmp_path / "data", url, "postgres")
    finally:
        _drop_pg_database(pg_server, name)


def _config(folder: Path, shop: str) -> Path:
    path = folder / f"shop-{shop}.toml"
    path.write_text(SHOP_CONFIG.format(shop=shop), encoding="utf-8")
    return path


def _at(cli: Cli, config: Path, *args: str) -> Completed:
    done = cli.run(*args, "--json", config=config)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def _ok(cli: Cli, config: Path, *args: str) -> dict:
    done = _at(cli, config, *args)
    assert done.code == 0, f"{args} failed ({done.code}): {done.stderr}"
    return done.json()  # type: ignore[return-value]


def test_two_shops_share_one_chain_through_the_command_line(
    chain_cli: Cli, tmp_path: Path
) -> None:
    cli = chain_cli
    shop_a, shop_b = _config(tmp_path, "A"), _config(tmp_path, "B")
    _ok(cli, shop_a, "db", "init")
    assert [s["code"] for s in _ok(cli, shop_a, "store", "list")["stores"]] == ["A"]
    _ok(cli, shop_b, "store", "add", "B", "--name", "Shop B", "--currency", "GBP")
    member = _ok(cli, shop_a, "member", "enrol", "--name", "Ada Lovelace")
    card = member["card"]
    _ok(cli, shop_a, "points", "adjust", card, "500", "--reason", "welcome")
    open_database(cli.db_url)
    try:
        city = Reward.create(name="City coffee", cost=100, stores="A").id
    finally:
        close_database()

    refused = _at(cli, shop_b, "redeem", card, str(city), "--key", "at-b")
    assert refused.code == 1 and refused.json()["error"] == "refused"
    assert "not offered at this shop (B)" in refused.stderr
    voucher = _ok(cli, shop_a, "redeem", card, str(city), "--key", "at-a")
    assert voucher["points"] == 100

    used = _ok(cli, shop_b, "voucher", "redeem", voucher["voucher_code"])
    assert used["ok"] and used["redeemed_store"] == "B"
    for config in (shop_a, shop_b):
        again = _at(cli, config, "voucher", "redeem", voucher["voucher_code"])
        assert again.code == 1 and again.json()["redeemed_store"] == "B"

    at_a = _ok(cli, shop_a, "purchase", card, "10.00", "--receipt", "R-1")
    at_b = _ok(cli, shop_b, "purchase", card, "10.00", "--receipt", "R-1")
    assert at_a["points_earned"] == 2 * at_b["points_earned"] > 0

    _ok(cli, shop_a, "staff", "add", "Maria", "--role", "manager", "--pin", "2468")
    _ok(cli, shop_a, "staff", "add", "Sam", "--pin", "1357", "--store", "b")
    listed = {s["name"]: s["store"] for s in _ok(cli, shop_a, "staff", "list")["staff"]}
    assert listed == {"Maria": None, "Sam": "B"}
    only_b = _ok(cli, shop_a, "staff", "list", "--store", "B")["staff"]
    assert [s["name"] for s in only_b] == ["Sam"]

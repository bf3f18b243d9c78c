"""`report --store CODE` and `report --by-store` end to end: two shops' kiosks on one database."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def _config(tmp_path: Path, code: str) -> Path:
    path = tmp_path / f"{code.lower()}.toml"
    path.write_text(f'[store]\nid = "{code}"\nname = "{code.title()} Street"\n'
                    f'terminal = "{code}-1"\n', encoding="utf-8")
    return path


def _ok(cli, config: Path, *args: str) -> dict:
    done = cli.run(*args, "--json", config=config)
    assert done.code == 0, done.stderr
    return json.loads(done.stdout)


def test_reports_of_one_shop_and_of_the_shops_side_by_side(cli, tmp_path: Path) -> None:
    north, south = _config(tmp_path, "NORTH"), _config(tmp_path, "SOUTH")
    card = _ok(cli, north, "member", "enrol", "--name", "Ada", "--phone", "07700 900001")["card"]
    _ok(cli, north, "purchase", card, "10.00", "--receipt", "R1")
    _ok(cli, south, "purchase", card, "5.00", "--receipt", "R1")  # the same receipt, another shop

    shop = _ok(cli, north, "report", "activity", "--store", "SOUTH")
    assert (shop["store"], shop["purchases"], shop["sales_minor"]) == ("SOUTH", 1, 500)
    assert _ok(cli, north, "report", "activity")["store"] is None

    side = _ok(cli, north, "report", "activity", "--by-store")
    assert side["columns"] == ["figure", "NORTH", "SOUTH", "chain"]
    assert side["stores"]["NORTH"]["sales_minor"] == 1000 and side["chain"]["sales_minor"] == 1500
    sales = next(row for row in side["rows"] if row[0] == "sales_minor")
    assert sales == ["sales_minor", 1000, 500, 1500]

    table = cli.run("report", "members", "--by-store", config=north)
    assert table.code == 0, table.stderr
    assert "NORTH" in table.stdout and "SOUTH" in table.stdout and "chain" in table.stdout
    total = next(line for line in table.stdout.splitlines() if line.startswith("total"))
    assert total.split() == ["total", "1", "0", "1"]  # Ada belongs to NORTH, which enrolled her

    exported = cli.run("report", "activity", "--by-store", "--csv", "-", config=north)
    rows = list(csv.reader(io.StringIO(exported.stdout)))
    assert rows[0] == ["figure", "NORTH", "SOUTH", "chain"]
    assert ["sales", "10.00", "5.00", "15.00"] in rows

    named = cli.run("report", "activity", "--store", "NORTH", config=north)
    assert named.code == 0 and "Activity, NORTH (North Street), " in named.stdout
    other = cli.run("report", "activity", "--store", "SOUTH", config=north)
    assert other.code == 0 and "Activity, SOUTH, " in other.stdout  # no store row: its code

    unknown = cli.run("report", "activity", "--store", "WEST", config=north)
    assert unknown.code == 1 and "Traceback" not in unknown.stderr
    assert "There is no shop 'WEST'; the shops are: NORTH, SOUTH." in unknown.stderr
    assert len(unknown.stderr.strip().splitlines()) == 1


def test_members_of_no_shop_are_shown_as_other(sqlite_cli) -> None:
    sqlite_cli.ok("demo", "seed", "--members", "20")  # demo members were not enrolled at a kiosk
    table = sqlite_cli.run("report", "members", "--by-store")
    assert table.code == 0, table.stderr
    lines = table.stdout.splitlines()
    assert next(line for line in lines if line.startswith("figure")).split() == [
        "figure", "STORE-1", "other", "chain"]
    total = next(line for line in lines if line.startswith("total")).split()
    assert int(total[1]) + int(total[2]) == int(total[3]) == 20
    rate = next(line for line in lines if line.startswith("repeat_rate")).split()
    assert rate[2] == "-"  # a rate is no sum: nothing left over to show

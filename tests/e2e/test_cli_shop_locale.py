"""A shop in Istanbul and one in Moscow run the real program at a faked time (libfaketime).

Money, numbers and dates come out as the shop's language writes them on the command line, on the
printed summary and in CSV; a sale at 01:30 Istanbul time counts on the Istanbul day; phone
numbers typed the national way find the member.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hardware.printer_sim import PrinterSimulator
from tests.e2e.conftest import ROOT, Cli, Completed

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime (apt: faketime)"),
]

ISTANBUL = """
[store]
currency = "TRY"
currency_symbol = "₺"
country_code = "+90"
time_zone = "Europe/Istanbul"
[ui]
language = "tr"
"""
MOSCOW = """
[store]
currency = "RUB"
currency_symbol = "₽"
country_code = "+7"
time_zone = "Europe/Moscow"
[ui]
language = "ru"
"""


def _at(cli: Cli, config: Path, when: str, *args: str) -> Completed:
    """Run main.py with the clock set to `when` (UTC)."""
    command = ["faketime", "-f", f"@{when}", sys.executable, str(ROOT / "main.py")]
    env = cli.env() | {"TZ": "UTC"}
    done = subprocess.run(
        [*command, "--config", str(config), *args], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return Completed(done.returncode, done.stdout, done.stderr)


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_istanbul_shop_in_turkish(cli: Cli, tmp_path: Path) -> None:
    config = _config(tmp_path, ISTANBUL)
    assert _at(cli, config, "2026-02-20 09:00:00", "db", "init").code == 0
    enrolled = _at(cli, config, "2026-02-20 09:00:00", "member", "enrol", "--name", "Ayşe",
                   "--phone", "0 (532) 123 45 67", "--json")
    assert enrolled.code == 0, enrolled.stderr
    card = json.loads(enrolled.stdout)["card"]
    # 01:30 on 1 March in Istanbul is 22:30 UTC on 28 February
    bought = _at(cli, config, "2026-02-28 22:30:00", "purchase", card, "1234.56",
                 "--receipt", "R1")
    assert bought.code == 0, bought.stderr
    assert "₺1.234,56" in bought.stdout
    shown = _at(cli, config, "2026-03-05 12:00:00", "member", "show", "+90 532 123 4567",
                "--json")
    assert json.loads(shown.stdout)["balance"] == 1234

    day = ("report", "activity", "--from", "2026-03-01", "--to", "2026-03-01")
    data = json.loads(_at(cli, config, "2026-03-05 12:00:00", *day, "--json").stdout)
    assert (data["purchases"], data["sales_minor"]) == (1, 123456)
    before = json.loads(_at(cli, config, "2026-03-05 12:00:00", "report", "activity", "--from",
                            "2026-02-28", "--to", "2026-02-28", "--json").stdout)
    assert before["purchases"] == 0
    table = _at(cli, config, "2026-03-05 12:00:00", *day)
    assert "sales: ₺1.234,56" in table.stdout
    assert "1 Mar 2026" in table.stdout  # Turkish "Mart", abbreviated
    assert "₺1.234,56" in table.stdout.split("day")[-1]  # the table's sales column too

    target = tmp_path / "activity.csv"
    done = _at(cli, config, "2026-03-05 12:00:00", *day, "--csv", str(target))
    assert done.code == 0, done.stderr
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the letters right
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows == [
        ["day", "purchases", "sales", "points_issued", "points_redeemed"],
        ["2026-03-01", "1", "1234,56", "1234", "0"],
    ]


def test_a_moscow_shop_in_russian(cli: Cli, tmp_path: Path) -> None:
    config = _config(tmp_path, MOSCOW)
    _at(cli, config, "2026-02-20 09:00:00", "db", "init")
    enrolled = _at(cli, config, "2026-02-20 09:00:00", "member", "enrol", "--name", "Иван",
                   "--phone", "8 (916) 123-45-67", "--json")
    card = json.loads(enrolled.stdout)["card"]
    shown = json.loads(_at(cli, config, "2026-02-20 09:00:00", "member", "show",
                           "+7 916 123 45 67", "--json").stdout)
    assert shown["card"] == card
    bought = _at(cli, config, "2026-02-28 21:30:00", "purchase", card, "1234.56",
                 "--receipt", "R1")
    assert "1\u00a0234,56\u00a0₽" in bought.stdout
    table = _at(cli, config, "2026-03-05 12:00:00", "report", "activity", "--from",
                "2026-03-01", "--to", "2026-03-01")
    assert "sales: 1\u00a0234,56\u00a0₽" in table.stdout
    assert "1 мар. 2026\u202fг." in table.stdout


@pytest.mark.parametrize(
    ("shop", "expected"),
    [
        # CP857 for Turkish; the lira sign is not in it and prints as TL
        (ISTANBUL, ["TL 1.234,56".encode("cp857"), "1 Mar 2026".encode("cp857"),
                    # printed at the shop's wall-clock time, written as Turkish writes it
                    "Kiosk: KIOSK-1  5 Mar 2026 15:00".encode("cp857")]),
        # CP866 for Russian: the no-break space grouping thousands is byte 0xFF there
        (MOSCOW, [b"1\xff234,56\xff" + "руб.".encode("cp866"), "мар.".encode("cp866"),
                  "Kiosk: KIOSK-1  5 мар. 2026 г., 15:00".encode("cp866")]),
    ],
    ids=["tr", "ru"],
)
def test_the_printed_summary_in_the_shops_language(
    sqlite_cli: Cli, tmp_path: Path, shop: str, expected: list[bytes]
) -> None:
    config = _config(tmp_path, shop)
    _at(sqlite_cli, config, "2026-02-20 09:00:00", "db", "init")
    enrolled = _at(sqlite_cli, config, "2026-02-20 09:00:00", "member", "enrol", "--name",
                   "Иван", "--json")
    card = json.loads(enrolled.stdout)["card"]
    _at(sqlite_cli, config, "2026-02-28 21:30:00", "purchase", card, "1234.56", "--receipt", "R1")
    with PrinterSimulator() as printer:
        done = _at(sqlite_cli, config, "2026-03-05 12:00:00", "--printer",
                   f"tcp://127.0.0.1:{printer.port}", "report", "activity", "--from",
                   "2026-03-01", "--to", "2026-03-01", "--print")
        assert done.code == 0, done.stderr
        (job,) = printer.wait_for_jobs(1)
    for part in expected:
        assert part in job
    assert b"05.03.2026" not in job

"""The done-criteria of the device work, through the real program as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import zxingcpp

from hardware.printer_sim import PrinterSimulator
from hardware.scanner_sim import ScannerSimulator
from tests.e2e.conftest import ROOT, Cli
from tests.hardware.test_printer_support import read_escpos

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


def _read_symbols(job: bytes) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for result in zxingcpp.read_barcodes(read_escpos(job).strip().convert("L")):
        found.setdefault(result.format.name, []).append(result.text)
    return found


def test_printed_voucher_decodes_to_a_code_that_voucher_check_accepts(cli: Cli) -> None:
    cli.ok("demo", "seed", "--members", "5")
    with PrinterSimulator() as printer:
        result = cli.ok("--printer", f"tcp://127.0.0.1:{printer.port}", "redeem",
                        "2900000000018", "2")
        (job,) = printer.wait_for_jobs(1)
    symbols = _read_symbols(job)
    assert symbols == {"Code128": [result["voucher_code"]], "QRCode": [result["voucher_code"]]}
    for read in (symbols["Code128"][0], symbols["QRCode"][0]):
        checked = cli.ok("voucher", "check", read)
        assert checked["ok"] is True and checked["status"] == "printed"


def _listen(cli: Cli, link: Path, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "scanner", "listen", "--port", str(link),
         "--json", "--count", str(count), "--seconds", "30"],
        cwd=ROOT, env=cli.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _next_event(process: subprocess.Popen[str], wanted: dict[str, str]) -> dict[str, str]:
    assert process.stdout is not None
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        event = json.loads(line)
        if all(event.get(k) == v for k, v in wanted.items()):
            return event
    raise AssertionError(f"no event {wanted} from scanner listen")


def test_scanner_listen_survives_unplug_and_replug(sqlite_cli: Cli, tmp_path: Path) -> None:
    link = tmp_path / "ttyScanner"
    with ScannerSimulator(link) as scanner:
        process = _listen(sqlite_cli, link, count=2)
        try:
            _next_event(process, {"event": "state", "state": "connected"})
            scanner.send("2900000000018")
            assert _next_event(process, {"event": "code"})["code"] == "2900000000018"
            scanner.send_raw(b"\x00\x01garbage\xff\r")
            assert _next_event(process, {"event": "rejected"})["reason"]
            scanner.unplug()
            assert _next_event(process, {"event": "state", "state": "disconnected"})["reason"]
            scanner.replug()
            replugged = time.monotonic()
            _next_event(process, {"event": "state", "state": "connected"})
            assert time.monotonic() - replugged < 2.0
            scanner.send("2900000000025")
            assert _next_event(process, {"event": "code"})["code"] == "2900000000025"
            assert process.wait(timeout=10) == 0
        finally:
            if process.poll() is None:
                process.kill()
            process.communicate(timeout=5)


def test_scanner_list_runs_without_a_database(sqlite_cli: Cli) -> None:
    sqlite_cli.db_url = "postgresql://nobody@127.0.0.1:1/none"
    done = sqlite_cli.run("scanner", "list", "--json")
    assert done.code == 0, done.stderr
    assert isinstance(done.json()["ports"], list)

"""Redeem to paper through the real program and a real TCP printer on 127.0.0.1."""

from __future__ import annotations

import pytest

from hardware.printer_sim import PrinterSimulator
from tests.e2e.conftest import Cli

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


@pytest.fixture
def printer():
    simulator = PrinterSimulator().start()
    try:
        yield simulator
    finally:
        simulator.stop()


def _seed(cli: Cli) -> None:
    cli.ok("demo", "seed", "--members", "5")


def test_redeem_prints_one_whole_job_with_the_code(cli: Cli, printer: PrinterSimulator) -> None:
    _seed(cli)
    url = f"tcp://127.0.0.1:{printer.port}"
    done = cli.run("--printer", url, "redeem", "2900000000025", "2", "--json")
    assert done.code == 0, done.stderr
    result = done.json()
    assert result["printed"] is True and result["status"] == "printed"
    (job,) = printer.wait_for_jobs(1)
    code = result["voucher_code"]
    assert b"{B" + code.encode() in job  # native CODE128
    assert code.encode() in job.split(b"\x1d(k")[1] or code.encode() in job  # native QR data
    assert job.rstrip().endswith(b"\x1dV\x00") or b"\x1dV" in job[-8:]
    checked = cli.ok("voucher", "check", code)
    assert checked["status"] == "printed" and checked["ok"] is True


def test_printer_failing_mid_job_loses_no_points(cli: Cli, printer: PrinterSimulator) -> None:
    _seed(cli)
    before = cli.ok("member", "show", "2900000000025")["balance"]
    printer.close_after(64)
    done = cli.run(
        "--printer", f"tcp://127.0.0.1:{printer.port}", "redeem", "2900000000025", "1", "--json"
    )
    assert done.code == 1
    result = done.json()
    assert result["printed"] is False and result["print_error"] == "closed"
    code = result["voucher_code"]
    assert "voucher reprint" in done.stderr and "Traceback" not in done.stderr
    state = cli.ok("voucher", "check", code)
    assert state["status"] == "issued"
    assert cli.ok("member", "show", "2900000000025")["balance"] == before - 100

    printer.close_after(None)
    reprinted = cli.ok("--printer", f"tcp://127.0.0.1:{printer.port}", "voucher", "reprint", code)
    assert reprinted["status"] == "printed"
    job = printer.wait_for_jobs(1)[-1]
    assert "KOPYA".encode("cp857") in job  # DUPLICATE, in the member's language (Turkish)

    voided = cli.ok("voucher", "void", code)
    assert voided["points_returned"] == 100
    assert cli.ok("member", "show", "2900000000025")["balance"] == before
    assert cli.ok("db", "check")["ok"] is True


def test_refused_connection_keeps_the_voucher(sqlite_cli: Cli, printer: PrinterSimulator) -> None:
    _seed(sqlite_cli)
    printer.refuse()
    done = sqlite_cli.run(
        "--printer", f"tcp://127.0.0.1:{printer.port}", "redeem", "2900000000018", "1", "--json"
    )
    assert done.code == 1 and done.json()["print_error"] == "refused"
    assert sqlite_cli.ok("voucher", "check", done.json()["voucher_code"])["status"] == "issued"


def test_paper_out_prints_nothing(sqlite_cli: Cli, printer: PrinterSimulator) -> None:
    _seed(sqlite_cli)
    printer.set_mode("paper_out")
    done = sqlite_cli.run("--printer", f"tcp://127.0.0.1:{printer.port}", "printer", "test")
    assert done.code == 1 and "paper" in done.stderr.lower()
    assert printer.jobs == []


def test_printer_test_page_and_preview(
    sqlite_cli: Cli, printer: PrinterSimulator, tmp_path
) -> None:
    _seed(sqlite_cli)
    page = sqlite_cli.ok("--printer", f"tcp://127.0.0.1:{printer.port}", "printer", "test")
    assert page["status"]["paper"] == "ok"
    assert printer.wait_for_jobs(1)
    issued = sqlite_cli.ok("--printer", "none", "redeem", "2900000000032", "1")
    assert issued["printed"] is False and issued["status"] == "issued"
    png = tmp_path / "voucher.png"
    sqlite_cli.ok("voucher", "preview", issued["voucher_code"], "--png", str(png), "--width", "58")
    assert png.read_bytes().startswith(b"\x89PNG")


def test_bad_printer_url_names_the_forms(sqlite_cli: Cli) -> None:
    done = sqlite_cli.run("--printer", "lpt://1", "reward", "list")
    assert done.code == 2 and "lpt://1" in done.stderr


def test_a_printed_folder_that_cannot_be_written_does_not_fail_the_redeem(sqlite_cli: Cli) -> None:
    _seed(sqlite_cli)
    (sqlite_cli.data_dir / "printed").write_text("a file where the preview folder should be")
    done = sqlite_cli.run("redeem", "2900000000025", "2", "--json")  # the simulated printer
    assert done.code == 0, done.stderr
    assert "Traceback" not in done.stderr and "Preview not saved" in done.stderr
    result = done.json()
    assert result["printed"] is True and result["status"] == "printed"
    assert sqlite_cli.ok("voucher", "check", result["voucher_code"])["status"] == "printed"

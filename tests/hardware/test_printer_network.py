"""EscposPrinter over a real TCP socket to the printer simulator: jobs, status and failures."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from hardware.escpos_encoder import encode_document
from hardware.printer import EscposPrinter, NetworkTransport
from hardware.printer_sim import PrinterSimulator
from kiosk.errors import PrinterProblem
from tests.hardware.test_printer_encoder import check_golden, golden_path
from tests.hardware.test_printer_support import printer_test_page, read_escpos, voucher

pytestmark = pytest.mark.integration

TIMEOUT = 2.0


@pytest.fixture
def sim() -> Iterator[PrinterSimulator]:
    simulator = PrinterSimulator().start()
    yield simulator
    simulator.stop()


def printer_for(sim: PrinterSimulator, profile: str = "default", width: int = 80,
                barcodes: str = "native") -> EscposPrinter:
    transport = NetworkTransport("127.0.0.1", sim.port, TIMEOUT)
    return EscposPrinter(transport, profile, width, None, barcodes)


@pytest.mark.parametrize(("profile", "width", "language"), [
    ("default", 58, "en"), ("default", 80, "tr"), ("TM-T88V", 80, "ru"), ("TM-T88V", 58, "tr"),
])
def test_the_job_arrives_whole_in_one_connection(sim: PrinterSimulator, profile: str,
                                                 width: int, language: str) -> None:
    document = voucher(language, duplicate=language == "tr")
    printer_for(sim, profile, width).print_document(document)
    (job,) = sim.wait_for_jobs(1)
    code_page = {"en": "CP437", "tr": "CP857", "ru": "CP866"}[language]
    assert job == encode_document(document, profile, width, code_page)
    check_golden(job, golden_path(profile, width, language, "native"))
    assert sim.connections == 1
    # asked before printing, and once after the job to confirm it arrived, on one connection
    assert sim.status_queries == [1, 2, 4, 1]


def test_refused_connection(sim: PrinterSimulator) -> None:
    sim.refuse()
    with pytest.raises(PrinterProblem) as caught:
        printer_for(sim).print_document(voucher())
    assert caught.value.kind == "refused"
    assert f"connection refused at 127.0.0.1:{sim.port}" in caught.value.message
    assert "switched on" in caught.value.message
    sim.accept_again()
    printer_for(sim).print_document(voucher())
    assert len(sim.wait_for_jobs(1)) == 1


def test_printer_closing_mid_job(sim: PrinterSimulator) -> None:
    sim.close_after(200)
    with pytest.raises(PrinterProblem) as caught:
        printer_for(sim).print_document(voucher())
    assert caught.value.kind == "closed"
    assert "may not have printed" in caught.value.message
    sim.wait_for_connections(1)
    assert sim.jobs == [] and [len(job) for job in sim.aborted] == [200]


@pytest.mark.parametrize(("mode", "kind", "words"), [
    ("paper_out", "paper_out", "out of paper"),
    ("cover_open", "cover_open", "cover is open"),
    ("offline", "offline", "offline"),
])
def test_a_printer_that_cannot_print_gets_nothing(sim: PrinterSimulator, mode: str, kind: str,
                                                  words: str) -> None:
    sim.set_mode(mode)
    with pytest.raises(PrinterProblem) as caught:
        printer_for(sim).print_document(voucher())
    assert caught.value.kind == kind
    assert words in caught.value.message and "member of staff" in caught.value.message
    sim.wait_for_connections(1)
    assert sim.jobs == [] and sim.aborted == []


def test_garbage_status_is_unknown_and_the_job_is_printed(sim: PrinterSimulator) -> None:
    sim.set_mode("garbage")
    printer = printer_for(sim)
    status = printer.status()
    assert (status.online, status.paper, status.cover_open) == (None, "unknown", None)
    assert "not understood" in status.detail
    printer.print_document(voucher())
    assert sim.wait_for_jobs(1) == [printer.encode(voucher())]


def test_paper_low_still_prints(sim: PrinterSimulator) -> None:
    sim.set_mode("paper_low")
    printer = printer_for(sim)
    assert printer.status().paper == "low"
    printer.print_document(voucher())
    assert len(sim.wait_for_jobs(1)) == 1


def test_status_of_a_healthy_printer(sim: PrinterSimulator) -> None:
    status = printer_for(sim).status()
    assert (status.online, status.paper, status.cover_open) == (True, "ok", False)
    sim.wait_for_connections(1)
    assert sim.jobs == []  # a status query alone is not a job


def test_hanging_printer_times_out_within_the_timeout(sim: PrinterSimulator) -> None:
    sim.set_mode("hang")
    printer = EscposPrinter(NetworkTransport("127.0.0.1", sim.port, 0.3))
    started = time.monotonic()
    with pytest.raises(PrinterProblem) as caught:
        printer.print_document(voucher())
    elapsed = time.monotonic() - started
    assert caught.value.kind == "timeout"
    assert "did not answer within 0.3 s" in caught.value.message
    assert 0.25 <= elapsed < 1.0
    assert printer.status().online is None


def test_status_of_an_unreachable_printer_is_reported_not_raised(sim: PrinterSimulator) -> None:
    sim.refuse()
    status = printer_for(sim).status()
    assert status.online is False and status.paper == "unknown"
    assert "connection refused" in status.detail


def test_test_page_lists_the_printer_status(sim: PrinterSimulator) -> None:
    sim.set_mode("paper_low")
    printer_for(sim, width=58).print_document(printer_test_page("ru"))
    (job,) = sim.wait_for_jobs(1)
    printed = " ".join(read_escpos(job).lines)
    assert "Printer status: online, paper low, cover closed" in printed
    assert "Тестовая страница принтера" in printed


def test_image_barcodes_over_the_network(sim: PrinterSimulator) -> None:
    printer = printer_for(sim, "TM-T88V", 58, barcodes="image")
    printer.print_document(voucher("ru"))
    (job,) = sim.wait_for_jobs(1)
    check_golden(job, golden_path("TM-T88V", 58, "ru", "image"))


def test_several_jobs_in_a_row_each_on_its_own_connection(sim: PrinterSimulator) -> None:
    printer = printer_for(sim)
    for language in ("en", "tr", "ru"):
        printer.print_document(voucher(language))
    jobs = sim.wait_for_jobs(3)
    assert jobs == [printer.encode(voucher(language)) for language in ("en", "tr", "ru")]
    assert sim.connections == 3


def test_unknown_host_is_not_found() -> None:
    printer = EscposPrinter(NetworkTransport("printer.invalid", 9100, TIMEOUT))
    with pytest.raises(PrinterProblem) as caught:
        printer.print_document(voucher())
    assert caught.value.kind == "not_found"
    assert "printer.invalid" in caught.value.message


def test_simulator_start_and_stop_never_hang() -> None:
    started = time.monotonic()
    sim = PrinterSimulator(mode="hang").start()
    client = socket.create_connection(("127.0.0.1", sim.port))
    client.sendall(b"\x10\x04\x01")
    sim.stop()
    client.close()
    sim.stop()  # twice is fine
    assert time.monotonic() - started < 2

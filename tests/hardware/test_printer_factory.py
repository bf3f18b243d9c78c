"""Printer URLs and building the configured printer."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from hardware.printer import (
    EscposPrinter,
    FileTransport,
    NetworkTransport,
    SerialTransport,
    UsbTransport,
)
from hardware.printer_factory import parse_printer_url, printer_from_config
from kiosk.config import PrinterConfig
from kiosk.errors import PrinterProblem
from tests.hardware.test_printer_support import voucher


@pytest.mark.parametrize(("url", "expected"), [
    ("tcp://192.168.1.50:9100", {"kind": "network", "host": "192.168.1.50", "port": 9100}),
    ("tcp://printer.local", {"kind": "network", "host": "printer.local", "port": 9100}),
    ("TCP://10.0.0.7:4242/", {"kind": "network", "host": "10.0.0.7", "port": 4242}),
    ("tcp://[::1]:9101", {"kind": "network", "host": "::1", "port": 9101}),
    ("serial:///dev/ttyUSB0?baudrate=19200",
     {"kind": "serial", "device": "/dev/ttyUSB0", "baudrate": 19200}),
    ("serial:///dev/ttyS1?baudrate=9600&paper=58",
     {"kind": "serial", "device": "/dev/ttyS1", "baudrate": 9600, "paper_width_mm": 58}),
    ("serial://COM3", {"kind": "serial", "device": "COM3"}),
    ("usb://04b8:0202", {"kind": "usb", "vendor_id": "04b8", "product_id": "0202"}),
    ("usb://0x0416:0x5011", {"kind": "usb", "vendor_id": "0416", "product_id": "5011"}),
    ("usb://4B8:E15", {"kind": "usb", "vendor_id": "04b8", "product_id": "0e15"}),
    ("file:///dev/usb/lp0", {"kind": "file", "device": "/dev/usb/lp0"}),
    ("none", {"kind": "none"}),
    (" NONE ", {"kind": "none"}),
    ("simulated", {"kind": "simulated"}),
    ("simulated?paper=58&barcodes=image",
     {"kind": "simulated", "paper_width_mm": 58, "barcodes": "image"}),
    ("tcp://10.1.1.1?profile=TM-T88V&timeout=2.5",
     {"kind": "network", "profile": "TM-T88V", "timeout_s": Decimal("2.5")}),
])
def test_parse_printer_url(url: str, expected: dict) -> None:
    config = parse_printer_url(url)
    for key, value in expected.items():
        assert getattr(config, key) == value, key


def test_url_keeps_the_other_settings_of_the_base() -> None:
    base = PrinterConfig(profile="TM-T20II", code_pages={"en": "CP858"}, paper_width_mm=58)
    config = parse_printer_url("tcp://10.0.0.9", base)
    assert (config.profile, config.code_pages, config.paper_width_mm) == (
        "TM-T20II", {"en": "CP858"}, 58)


@pytest.mark.parametrize("url", [
    "", "printer", "lpt1", "http://10.0.0.1:9100", "tcp://", "tcp://:9100",
    "tcp://host:port", "tcp://host:99999", "tcp://host:0", "tcp://host/queue",
    "serial://", "serial:///dev/ttyUSB0?baudrate=fast", "serial:///dev/ttyUSB0?parity=E",
    "usb://", "usb://04b8", "usb://04b8:xyz", "usb://04b8:02020", "file://", "file://host/lp0",
    "tcp://10.0.0.1?paper=72", "tcp://10.0.0.1?timeout=0", "tcp://10.0.0.1?colour=red",
    "tcp://10.0.0.1?baudrate=9600", "none?x", "simulated?barcodes=svg",
])
def test_bad_printer_urls_are_config_problems(url: str) -> None:
    with pytest.raises(PrinterProblem) as caught:
        parse_printer_url(url)
    assert caught.value.kind == "config"
    assert f"'{url.strip()}'" in caught.value.message
    assert "tcp://HOST[:PORT]" in caught.value.message  # the accepted forms are listed


def test_printer_from_config_none() -> None:
    assert printer_from_config(PrinterConfig(kind="none")) is None


@pytest.mark.parametrize(("url", "transport_type", "description"), [
    ("tcp://10.0.0.5:9100", NetworkTransport, "10.0.0.5:9100"),
    ("serial:///dev/ttyUSB0?baudrate=38400", SerialTransport, "serial port /dev/ttyUSB0"),
    ("usb://04b8:0202", UsbTransport, "USB 04b8:0202"),
    ("file:///dev/usb/lp0", FileTransport, "/dev/usb/lp0"),
])
def test_printer_from_config_builds_the_transport(url: str, transport_type: type,
                                                  description: str) -> None:
    joiner = "&" if "?" in url else "?"
    printer = printer_from_config(parse_printer_url(f"{url}{joiner}paper=58"))
    assert isinstance(printer, EscposPrinter)
    assert isinstance(printer.transport, transport_type)
    assert printer.transport.description == description
    assert printer.spec.columns == 32
    assert printer.code_page_for("tr") == "CP857" and printer.code_page_for("xx") == "CP437"


@pytest.mark.integration
def test_simulated_printer_prints_over_tcp() -> None:
    printer = printer_from_config(PrinterConfig(kind="simulated", timeout_s=Decimal(1)))
    assert isinstance(printer, EscposPrinter)
    try:
        assert printer.status().paper == "ok"
        printer.print_document(voucher("ru"))
        assert printer.simulator.wait_for_jobs(1) == [printer.encode(voucher("ru"))]
    finally:
        printer.simulator.stop()


@pytest.mark.parametrize(("config", "needle"), [
    (PrinterConfig(kind="serial", device=""), "printer.device"),
    (PrinterConfig(kind="file", device=""), "printer.device"),
    (PrinterConfig(kind="usb", vendor_id="epson", product_id="0202"), "vendor_id"),
    (PrinterConfig(kind="network", profile="NoSuchModel"), "NoSuchModel"),
    (PrinterConfig(kind="network", code_pages={"ru": "CP9999"}), "CP9999"),
    (PrinterConfig(kind="laser"), "laser"),
])
def test_bad_configuration_is_a_config_problem(config: PrinterConfig, needle: str) -> None:
    with pytest.raises(PrinterProblem) as caught:
        printer_from_config(config)
    assert caught.value.kind == "config"
    assert needle in caught.value.message


def test_file_url_prints_to_the_file(tmp_path: Path) -> None:
    target = tmp_path / "receipt.bin"
    printer = printer_from_config(parse_printer_url(f"file://{target}"))
    assert printer is not None
    printer.print_document(voucher("tr"))
    assert target.read_bytes().startswith(b"\x1b@\x1bt\x0d")

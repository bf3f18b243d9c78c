"""Finding printers: USB devices described as sysfs does, and network printers that answer."""

from __future__ import annotations

from pathlib import Path

from hardware.discovery import find_printers, probe_network_printer, usb_printers
from hardware.printer_sim import PrinterSimulator


def _usb_device(root: Path, name: str, vendor: str, product: str, interface_class: str,
                label: str = "") -> None:
    device = root / name
    device.mkdir(parents=True)
    (device / "idVendor").write_text(vendor + "\n")
    (device / "idProduct").write_text(product + "\n")
    (device / "product").write_text(label + "\n")
    face = device / f"{name}:1.0"
    face.mkdir()
    (face / "bInterfaceClass").write_text(interface_class + "\n")


def test_usb_printers_are_class_7_or_a_known_escpos_maker(tmp_path: Path) -> None:
    _usb_device(tmp_path, "1-1", "04b8", "0202", "ff", "TM-T88V")  # Epson, vendor class
    _usb_device(tmp_path, "1-2", "1234", "5678", "07", "Generic printer")
    _usb_device(tmp_path, "1-3", "046d", "c52b", "03", "Mouse receiver")
    found = usb_printers(tmp_path)
    assert [entry["url"] for entry in found] == ["usb://04b8:0202", "usb://1234:5678"]
    assert "TM-T88V" in found[0]["label"]


def test_a_network_printer_is_found_only_when_it_answers() -> None:
    with PrinterSimulator() as printer:
        address = f"127.0.0.1:{printer.port}"
        assert probe_network_printer(address)
        urls = [entry["url"] for entry in find_printers([address])]
        assert f"tcp://{address}" in urls
    assert not probe_network_printer(address, timeout_s=0.5)
    assert f"tcp://{address}" not in [entry["url"] for entry in find_printers([address])]
    assert not probe_network_printer("not a host:port")

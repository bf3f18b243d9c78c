"""Finds receipt printers and serial scanners on this machine for the set-up, as printer and
scanner URLs with a label: USB printers (class 7 or a known ESC/POS maker), /dev/usb/lp*,
serial ports (by their stable /dev/serial/by-id name when there is one), network printers."""

from __future__ import annotations

import glob
import os
import socket
from pathlib import Path
from typing import Any

from hardware.ports_list import list_serial_ports

PRINTER_CLASS = 7
# USB vendors whose receipt printers speak ESC/POS (some report a vendor class, not 7).
ESCPOS_VENDORS = {
    0x04B8: "Epson",
    0x0519: "Star Micronics",
    0x0DD4: "Custom",
    0x1504: "Bixolon",
    0x154F: "SNBC",
    0x0FE6: "Xprinter",
    0x0416: "Winbond (POS-58/80)",
    0x1D90: "Citizen",
    0x2730: "Citizen",
    0x20D1: "Rongta",
    0x28E9: "GD32 (POS-58/80)",
}
SYS_USB = Path("/sys/bus/usb/devices")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def usb_printers(root: Path = SYS_USB) -> list[dict[str, Any]]:
    """USB printers from sysfs (Linux): an interface of class 7, or a known ESC/POS vendor."""
    found: dict[str, dict[str, Any]] = {}
    for device in sorted(root.glob("*")) if root.is_dir() else []:
        vendor, product = _read(device / "idVendor"), _read(device / "idProduct")
        if not vendor or not product:
            continue
        classes = {_read(face / "bInterfaceClass") for face in device.glob(f"{device.name}:*")}
        vendor_id = int(vendor, 16)
        if f"{PRINTER_CLASS:02x}" not in classes and vendor_id not in ESCPOS_VENDORS:
            continue
        name = " ".join(filter(None, (_read(device / "manufacturer"), _read(device / "product"))))
        url = f"usb://{vendor}:{product}"
        found[url] = {"url": url, "label": f"USB {name or ESCPOS_VENDORS.get(vendor_id, '')} "
                                           f"({vendor}:{product})".replace("  ", " ")}
    return list(found.values())


def pyusb_printers() -> list[dict[str, Any]]:
    """USB printers through pyusb, where it and a USB backend are installed (any platform)."""
    try:
        import usb.core  # type: ignore[import-not-found]
    except ImportError:
        return []
    found = []
    try:
        devices = list(usb.core.find(find_all=True) or [])
    except Exception:  # no backend (libusb) or no permission: nothing to list
        return []
    for device in devices:
        classes = {face.bInterfaceClass for config in device for face in config}
        if PRINTER_CLASS in classes or device.idVendor in ESCPOS_VENDORS:
            ids = f"{device.idVendor:04x}:{device.idProduct:04x}"
            maker = ESCPOS_VENDORS.get(device.idVendor, "printer")
            found.append({"url": f"usb://{ids}", "label": f"USB {maker} ({ids})"})
    return found


def device_file_printers(pattern: str = "/dev/usb/lp*") -> list[dict[str, Any]]:
    """Printer device files the kernel's usblp driver made."""
    return [{"url": f"file://{path}", "label": path}
            for path in sorted(glob.glob(pattern))]


def by_id_names(folder: str = "/dev/serial/by-id") -> dict[str, str]:
    """Real device path -> its stable by-id link (names that survive re-plugging)."""
    names = {}
    for link in sorted(glob.glob(f"{folder}/*")):
        names[os.path.realpath(link)] = link
    return names


def serial_ports() -> list[dict[str, Any]]:
    """Serial ports as (stable) paths with a label, for a scanner or a serial printer."""
    stable = by_id_names()
    ports = []
    for port in list_serial_ports():
        device = str(port["device"])
        path = stable.get(os.path.realpath(device), device)
        about = " ".join(str(part) for part in (port.get("manufacturer"), port.get("description"))
                         if part and part != "n/a")
        ports.append({"url": path, "label": f"{path} {about}".strip()})
    return ports


def probe_network_printer(address: str, timeout_s: float = 1.5) -> bool:
    """Whether something accepts a TCP connection at host:port (port 9100 if left out)."""
    host, _, port = address.strip().removeprefix("tcp://").rpartition(":")
    if not host:
        host, port = port, "9100"
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout_s):
            return True
    except (OSError, ValueError):
        return False


def find_printers(addresses: list[str] | tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Every printer found: USB, device files, serial ports, and each typed network address
    that answers (host:port)."""
    found: dict[str, dict[str, Any]] = {}
    for entry in [*usb_printers(), *pyusb_printers(), *device_file_printers()]:
        found.setdefault(entry["url"], entry)
    for port in serial_ports():
        url = f"serial://{port['url']}"
        found.setdefault(url, {"url": url, "label": port["label"]})
    for address in addresses:
        host_port = address.strip().removeprefix("tcp://")
        if ":" not in host_port:
            host_port += ":9100"
        if probe_network_printer(host_port):
            url = f"tcp://{host_port}"
            found.setdefault(url, {"url": url, "label": f"TCP {host_port}"})
    return list(found.values())

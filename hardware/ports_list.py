"""The serial ports this machine has, as plain dictionaries for the CLI and the settings screen."""

from __future__ import annotations

from typing import Any

from serial.tools import list_ports


def list_serial_ports() -> list[dict[str, Any]]:
    """Every serial port pyserial can see, sorted by device path.

    Each entry has device, description, hwid, vid, pid, serial_number and manufacturer; the
    USB fields are None for ports that are not USB (or when the system does not say).
    """
    ports = [
        {
            "device": port.device,
            "description": port.description,
            "hwid": port.hwid,
            "vid": port.vid,
            "pid": port.pid,
            "serial_number": port.serial_number,
            "manufacturer": port.manufacturer,
        }
        for port in list_ports.comports()
    ]
    return sorted(ports, key=lambda entry: str(entry["device"]))

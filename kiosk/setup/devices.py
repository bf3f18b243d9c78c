"""The set-up's device steps: printers and scanners found, a test page, a test scan."""

from __future__ import annotations

import threading
from typing import Any, Protocol

from kiosk.cli.devices import Devices, ScannerEvent
from kiosk.config import Config, PrinterConfig, ScannerConfig
from kiosk.context import Context
from kiosk.errors import InvalidInput, Refused

SCAN_TIMEOUT_S = 30.0


class Discovery(Protocol):
    """Finding devices (main.py provides it from hardware/discovery.py)."""

    def find_printers(self, addresses: list[str]) -> list[dict[str, Any]]:
        """Printers found, each {"url", "label"}; typed host:port addresses are probed."""
        ...

    def find_scanners(self) -> list[dict[str, Any]]:
        """Serial ports a scanner may be on, each {"url", "label"}."""
        ...


class SetupDevices(Devices, Discovery, Protocol):
    """What the set-up needs from the device layer."""


def likely_printer(found: list[dict[str, Any]]) -> str:
    """The printer to offer first: a USB, device-file or network printer found, else none (a
    serial port may be anything, so it is never the default)."""
    for entry in found:
        if str(entry["url"]).startswith(("usb://", "file://", "tcp://")):
            return str(entry["url"])
    return "none"


def check_scanner(text: str) -> str:
    """A scanner answer: "keyboard" (a USB wedge), a serial device that exists, or a pyserial
    URL such as rfc2217://host:port or loop://."""
    from pathlib import Path

    from kiosk.setup.answers import KEYBOARD_SCANNER

    url = text.strip()
    if url.lower() in ("keyboard", "wedge", "none", ""):
        return KEYBOARD_SCANNER
    if "://" in url or Path(url).exists() or url.upper().startswith("COM"):
        return url
    raise InvalidInput(
        f"'{text}' is not a serial port; give a port such as /dev/ttyACM0 or "
        "/dev/serial/by-id/..., a pyserial URL, or 'keyboard' for a USB wedge scanner",
        reason="bad_scanner",
    )


def printer_from_url(devices: Devices, url: str) -> PrinterConfig:
    """The printer settings for a printer URL (tcp://, serial://, usb://, file://, simulated,
    none); a URL that does not fit raises the usual printer configuration error."""
    return devices.configure(Config(), url, []).printer


def print_test_page(devices: Devices, config: Config) -> tuple[str, ...]:
    """Print the kiosk's test page on the configured printer; return its status lines."""
    from kiosk.services.hardware import status_lines
    from kiosk.services.printing import printer_test_page

    with devices.open_printer(config) as printer:
        if printer is None:
            raise Refused("Printing is switched off (printer 'none').", reason="printer_off")
        lines = tuple(status_lines(printer.status()))
        printer.print_document(printer_test_page(Context(config, b""), lines))
    return lines


def wait_for_scan(
    devices: Devices, url: str, timeout_s: float = SCAN_TIMEOUT_S,
    cancel: threading.Event | None = None,
) -> str | None:
    """The first code a serial scanner at url reads within the time (None: nothing came)."""
    stop = cancel or threading.Event()
    seen: list[str] = []

    def on_event(event: ScannerEvent) -> None:
        if event.get("event") == "code" and not seen:
            seen.append(str(event["code"]))
            stop.set()

    timer = threading.Timer(timeout_s, stop.set)
    timer.daemon = True
    timer.start()
    try:
        devices.listen([ScannerConfig(url=url, name="scanner")], on_event, stop)
    finally:
        timer.cancel()
    return seen[0] if seen else None

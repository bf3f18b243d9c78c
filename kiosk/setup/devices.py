"""The set-up's device steps: printers and scanners found, a test page, a test scan."""

from __future__ import annotations

import threading
from typing import Any, Protocol

from kiosk.cli.devices import Devices, ScannerEvent
from kiosk.config import Config, PrinterConfig, ScannerConfig
from kiosk.context import Context
from kiosk.errors import Refused

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

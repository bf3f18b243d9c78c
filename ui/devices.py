"""What the kiosk screen needs from the devices, wired up by main.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.documents import PrintDocument
from kiosk.ports import Printer

OnCode = Callable[[str, str], None]
OnRejected = Callable[[str, str, str], None]
OnState = Callable[[str, str, str], None]
StopScanners = Callable[[], None]
StartScanners = Callable[[OnCode, OnRejected, OnState], StopScanners]


@dataclass
class KioskDevices:
    """The printer, the scanners' starter and the preview renderer; all optional."""

    printer: Printer | None = None
    start_scanners: StartScanners | None = None
    scanner_names: list[str] = field(default_factory=list)
    render_preview: Callable[[PrintDocument], bytes] | None = None
    simulate_scan: Callable[[str], None] | None = None
    simulated: bool = False

"""What the command line needs from devices; main.py provides it from hardware/."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from kiosk.config import Config, ScannerConfig
from kiosk.documents import PrintDocument
from kiosk.ports import Printer

ScannerEvent = dict[str, Any]


class Devices(Protocol):
    """Scanners and printers as the CLI uses them."""

    def configure(self, config: Config, printer_url: str | None, scanner_urls: list[str]) -> Config:
        """Apply --printer and --scanner overrides to the configuration."""
        ...

    def open_printer(self, config: Config) -> AbstractContextManager[Printer | None]:
        """The configured printer (None when printing is switched off), closed afterwards."""
        ...

    def save_preview(self, document: PrintDocument, path: Path, paper_width_mm: int) -> None:
        """Render a document to a PNG as it would look on paper."""
        ...

    def serial_ports(self) -> list[dict[str, Any]]:
        """The serial ports this machine has."""
        ...

    def listen(
        self,
        scanners: list[ScannerConfig],
        on_event: Callable[[ScannerEvent], None],
        stop: threading.Event,
    ) -> None:
        """Read every scanner until stop is set, reporting codes, rejections and states."""
        ...

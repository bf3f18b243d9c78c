"""Protocols the domain needs from the outside world (clock, printer), implemented elsewhere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from kiosk.documents import PrintDocument


class Clock(Protocol):
    """Tells the current time as naive UTC."""

    def now(self) -> datetime: ...


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer said about itself; None where it could not tell."""

    online: bool | None
    paper: str  # "ok", "low", "out" or "unknown"
    cover_open: bool | None
    detail: str = ""


class Printer(Protocol):
    """Prints documents; raises kiosk.errors.PrinterProblem with kind one of: refused, closed,
    timeout, paper_out, cover_open, offline, not_found, config."""

    def status(self) -> PrinterStatus: ...

    def print_document(self, document: PrintDocument) -> None: ...

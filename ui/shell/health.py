"""Device health: the printer's last known state (polled in the background) and the scanners'."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.ports import PrinterStatus
from kiosk.services import journey
from kiosk.services.terminals import TerminalState
from ui.devices import KioskDevices
from ui.shell.worker import Owner, Worker

log = logging.getLogger("kiosk.ui")

PRINTER_POLL_MS = 30_000
STOPPED = ("paper_out", "cover_open", "offline", "refused", "not_found", "closed")


def problem_of(status: PrinterStatus | None) -> str:
    """The printer problem a status reply shows for certain ("" when it may well print)."""
    if status is None:
        return ""
    if status.paper == "out":
        return "paper_out"
    if status.cover_open:
        return "cover_open"
    if status.online is False:
        return status.detail if status.detail in STOPPED else "offline"
    return ""


class DeviceHealth(QObject):
    """What the kiosk knows about its devices; a poll is a background job, never activity."""

    changed = Signal()

    def __init__(self, worker: Worker, devices: KioskDevices, parent: QObject | None = None,
                 poll_ms: int = PRINTER_POLL_MS) -> None:
        super().__init__(parent)
        self.worker = worker
        self.devices = devices
        self.owner = Owner("device health")
        self.scanner_states: dict[str, str] = {name: "connecting" for name in devices.scanner_names}
        self.printer_problem = ""
        self._asking = False
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.check_printer)

    def start(self) -> None:
        self.timer.start()
        self.check_printer()

    def stop(self) -> None:
        self.timer.stop()
        self.owner.end()

    @property
    def printer_ready(self) -> bool:
        """False only when the printer is known not to print now (no printer at all is ready)."""
        return self.devices.printer is None or self.printer_problem not in STOPPED

    def check_printer(self) -> None:
        """Ask the printer how it is (one question at a time, however slow the printer)."""
        if self.devices.printer is None or self._asking:
            return
        self._asking = True
        self.worker.submit(self.owner, journey.printer_status, self.devices.printer,
                           on_done=self._status, on_error=lambda _problem: self._status(None))

    def _status(self, status: PrinterStatus | None) -> None:
        self._asking = False
        if status is None and self.printer_problem:
            return
        self._set_problem(problem_of(status))

    def printed(self, outcome: journey.PrintOutcome) -> None:
        """A print job's outcome is the freshest news about the printer."""
        if outcome.problem != "none":
            self._set_problem("" if outcome.printed else outcome.problem)

    def scanner_state(self, name: str, state: str, reason: str) -> None:
        before = self.scanner_states.get(name)
        self.scanner_states[name] = state
        if state == "disconnected":
            log.warning("Scanner %s disconnected: %s", name, reason)
        elif state != before:
            log.info("Scanner %s %s", name, state)
        self.changed.emit()

    def _set_problem(self, problem: str) -> None:
        if problem != self.printer_problem:
            if problem:
                log.warning("Printer: %s", problem)
            else:
                log.info("Printer ready again")
            self.printer_problem = problem
            self.changed.emit()

    def terminal_state(self) -> TerminalState:
        """What the terminal reports about its devices, as plain words for the head office."""
        printer = "none" if self.devices.printer is None else self.printer_problem or "ok"
        states = self.scanner_states
        if not states:
            scanner = "none"
        else:
            trouble = [state for state in states.values() if state != "connected"]
            scanner = trouble[0] if trouble else "ok"
        detail = ", ".join(f"{name}: {state}" for name, state in sorted(states.items()))
        return TerminalState(printer_state=printer, scanner_state=scanner,
                             scanner_detail=detail)

"""The hardware page: each scanner's and the printer's state, the kiosk's scheduled work (last
and next runs), a test scan view and a test print."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from kiosk.ports import PrinterStatus
from kiosk.services import hardware, job_runs
from kiosk.services.staff import is_staff_card
from kiosk.vouchers import looks_like_voucher_code
from ui.screens.base import button, card_frame, label, set_text
from ui.staff.controls import fit_width
from ui.staff.host import StaffHost
from ui.staff.page import StaffPage, heading
from ui.staff.pages.offline_box import OfflineBox
from ui.staff.pages.scheduled_work import ScheduledWorkBox
from ui.staff.problems import staff_problem_text

MAX_SCANS = 8


class HardwarePage(StaffPage):
    """States refresh when the page opens; scans made here are shown, not acted on."""

    permission = "hardware"

    def __init__(self, desk: StaffHost) -> None:
        super().__init__(desk)
        self.printer_state = ""
        self.title = heading()
        self.scanners_title = label("subtitle")
        self.scanners = label()
        self.printer_title = label("subtitle")
        self.printer = label()
        self.check_button = button("")
        self.check_button.clicked.connect(self._check_printer)
        self.print_button = button("")
        self.print_button.clicked.connect(self._test_print)
        printer_row = QVBoxLayout()  # one above the other: long words in any language fit
        printer_row.addWidget(self.check_button)
        printer_row.addWidget(self.print_button)
        self.scans_title = label("subtitle")
        self.scans = QListWidget()
        self.scans.setMinimumHeight(120)
        devices = QWidget()
        columns = QHBoxLayout(devices)
        columns.setContentsMargins(0, 0, 0, 0)
        left_box = card_frame()
        right_box = card_frame()
        left_layout = QVBoxLayout(left_box)
        left_layout.addWidget(self.scanners_title)
        left_layout.addWidget(self.scanners)
        left_layout.addStretch(1)
        right_layout = QVBoxLayout(right_box)
        right_layout.addWidget(self.printer_title)
        right_layout.addWidget(self.printer)
        right_layout.addLayout(printer_row)
        columns.addWidget(left_box)
        columns.addWidget(right_box)
        self.body.addWidget(self.title)
        self.body.addWidget(devices)
        self.work = ScheduledWorkBox(desk)
        self.body.addWidget(self.work)
        self.offline = OfflineBox(desk, self.run)  # a chain kiosk's outbox and its conflicts
        self.body.addWidget(self.offline)
        self.body.addWidget(self.scans_title)
        self.body.addWidget(self.scans, 1)
        self.body.addWidget(self.status)
        self.clear()

    def opened(self) -> None:
        self._show_scanners()
        self._check_printer()
        self.work.show_work(None)
        self.run(job_runs.scheduled_work, on_done=self.work.show_work)  # the worker reads it
        self.offline.load()

    def _show_scanners(self) -> None:
        states = self.desk.scanner_states
        names = {
            "connected": self.tr("connected"),
            "connecting": self.tr("connecting…"),
            "disconnected": self.tr("NOT CONNECTED"),
        }
        lines = [f"{name}: {names.get(state, state)}" for name, state in sorted(states.items())]
        self.scanners.setText("\n".join(lines) or self.tr("No serial scanner is configured. "
                                                          "A keyboard-wedge scanner still works."))

    def _check_printer(self) -> None:
        printer = self.desk.devices.printer
        if printer is None:
            self.printer_state = self.tr("Printing is switched off (printer kind none).")
            self.retranslate()
            return
        self.printer_state = self.tr("Asking the printer…")
        self.retranslate()
        self.run(hardware.check_printer, printer, on_done=self._printer_status,
                 on_error=self._printer_problem)

    def _printer_status(self, status: PrinterStatus) -> None:
        online = {True: self.tr("online"), False: self.tr("OFFLINE"), None: self.tr("unknown")}
        paper = {"ok": self.tr("paper OK"), "low": self.tr("paper LOW"),
                 "out": self.tr("OUT OF PAPER")}.get(status.paper, self.tr("paper unknown"))
        cover = self.tr("cover OPEN") if status.cover_open else ""
        # the printer's own words only when its state is not known otherwise (they are English)
        detail = status.detail if status.online is None else ""
        parts = [online[status.online], paper, cover, detail]
        self.printer_state = " · ".join(part for part in parts if part)
        self.retranslate()

    def _printer_problem(self, problem: KioskError) -> None:
        self.printer_state = self.tr("Not reachable: %1").replace(
            "%1", staff_problem_text(problem))
        self.retranslate()

    def _test_print(self) -> None:
        printer = self.desk.devices.printer
        if printer is None:
            self.set_status(self.tr("Printing is switched off on this kiosk."), "warning")
            return
        self.print_button.setEnabled(False)
        self.run(hardware.test_print, printer, on_done=self._printed, on_error=self._not_printed)

    def _printed(self, status: PrinterStatus) -> None:
        self.print_button.setEnabled(True)
        self._printer_status(status)
        self.show_done(self.tr("Test page printed."))

    def _not_printed(self, problem: KioskError) -> None:
        self.print_button.setEnabled(True)
        self._printer_problem(problem)
        self.show_problem(problem)

    def scanned(self, code: str) -> bool:
        if is_staff_card(code):
            kind = self.tr("staff card")
        elif looks_like_voucher_code(code):
            kind = self.tr("voucher code")
        elif code.isdigit():
            kind = self.tr("loyalty card number")
        else:
            kind = self.tr("other code")
        self.scans.insertItem(0, f"{datetime.now():%H:%M:%S}  {code}  ({kind})")
        while self.scans.count() > MAX_SCANS:
            self.scans.takeItem(self.scans.count() - 1)
        self._show_scanners()
        return True

    def misread(self, reason: str) -> None:
        self.scans.insertItem(0, f"{datetime.now():%H:%M:%S}  " + self.tr("misread: %1")
                              .replace("%1", reason))

    def nav_title(self) -> str:
        return self.tr("Hardware")

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Scanners and printer"))
        set_text(self.scanners_title, self.tr("Scanners"))
        set_text(self.printer_title, self.tr("Printer"))
        set_text(self.printer, self.printer_state)
        set_text(self.check_button, self.tr("Check again"))
        set_text(self.print_button, self.tr("Print a test page"))
        for widget in (self.check_button, self.print_button):
            fit_width(widget)
        set_text(self.scans_title, self.tr("Test scan: scan anything, it shows here"))
        self.scans.setAccessibleName(self.tr("Recent scans"))
        self.work.retranslate()
        self.offline.retranslate()

    def clear(self) -> None:
        super().clear()
        self.scans.clear()
        self.offline.review = None
        self.printer_state = ""
        self.retranslate()

"""Builds and runs the back office: the staff desk and its pages in a desktop window, with no
customer screen, no devices, and a log-out after the configured quiet time."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.context import Context
from kiosk.errors import ConfigError
from kiosk.exit_codes import EXIT_OK
from kiosk.roles import allowed
from ui.app import application, install_exception_logging
from ui.backoffice.login import BackOfficeLogin
from ui.backoffice.mode import BackOfficeMode
from ui.backoffice.window import BackOfficeWindow
from ui.devices import KioskDevices
from ui.i18n import LanguageSwitcher
from ui.shell.idle import IdleClock
from ui.shell.qt_log import route_qt_messages
from ui.shell.router import InputRouter
from ui.shell.worker import Owner, Worker
from ui.staff.area import nav_title_of
from ui.staff.density import DESK, TOUCH, set_density
from ui.staff.desk import StaffDesk

log = logging.getLogger("kiosk.ui")

REPORT_IN_MS = 60_000
# The heartbeat of this PC as a terminal of kind "back-office" (main.py gives it, from
# kiosk.services.terminals.report_in); run on the worker at start and every minute.
ReportIn = Callable[[Context], Any]


@dataclass
class BackOffice:
    """The running back office's parts, for the program and for tests."""

    app: QApplication
    window: BackOfficeWindow
    worker: Worker
    desk: StaffDesk
    mode: BackOfficeMode
    idle: IdleClock
    router: InputRouter
    switcher: LanguageSwitcher
    login: BackOfficeLogin
    report_in: ReportIn | None = None

    def start(self) -> None:
        """Show the window at the login; the idle clock and the minute's report start."""
        self.app.installEventFilter(self.router)
        self.switcher.quiet_during_switch(self.router)
        self.switcher.switch(self.desk.ctx.config.ui.language)
        self.window.fit_screen()
        self.window.show()
        self.window.activateWindow()  # the keyboard's, even with no window manager to give it
        self.idle.start()
        self.desk.begin()
        if self.report_in is not None:
            owner = Owner("terminal report")
            report_in, ctx = self.report_in, self.desk.ctx

            def report() -> None:
                self.worker.submit(owner, report_in, ctx, on_error=lambda problem: log.warning(
                    "Terminal report not sent: %s", problem.message))

            timer = QTimer(self.window)
            timer.setInterval(REPORT_IN_MS)
            timer.timeout.connect(report)
            timer.start()
            report()

    def quit(self) -> None:
        """End the session (logged as closing the program) and the program."""
        if self.desk.session is not None:
            self.desk.quit_program()
        else:
            self.desk.exit_program()

    def shut_down(self) -> None:
        self.idle.stop()
        self.app.removeEventFilter(self.router)
        self.worker.stop()
        self.switcher.remove()
        self.window.on_close = lambda: None
        self.window.close()
        set_density(TOUCH)  # as it was: a kiosk built later in this process is for fingers


def build_back_office(
    ctx: Context,
    prepare_context: Callable[[Context], Context] | None = None,
    clock: Callable[[], float] = time.monotonic,
    report_in: ReportIn | None = None,
) -> BackOffice:
    """Create the window, worker, staff desk and idle clock (nothing is shown until start())."""
    set_density(DESK)  # before any staff page is built
    ctx = ctx.as_customer()  # nobody is logged in yet: staff work in their own role
    app = application()
    app.setQuitOnLastWindowClosed(False)
    ui = ctx.config.ui
    window = BackOfficeWindow(ctx.config.store.name, ui.high_contrast, ui.large_text)
    worker = Worker()
    switcher = LanguageSwitcher(app)
    login = BackOfficeLogin(ctx.config.store.name)
    window.add_screen(login)
    router = InputRouter(ui.wedge_max_gap_ms, ui.wedge_min_length, window)
    holder: dict[str, Any] = {}

    def back_to_login() -> None:
        """Logged out or cancelled: the login again, once the log-out itself is written (a new
        login ends the jobs of the one before, and a job whose owner has gone never runs)."""
        desk: StaffDesk = holder["desk"]
        window.log_out_action.setEnabled(False)
        window.set_pages([])
        window.set_place(ctx.config.store.name)  # this PC's shop until the next person logs in
        login.clear()
        window.show_screen(login)
        owner = desk.owner

        def begin_when_written() -> None:
            if desk.session is not None or desk.owner is not owner:
                return  # someone logged in meanwhile (a staff card)
            if worker.pending_for(owner):
                QTimer.singleShot(50, begin_when_written)
            else:
                desk.begin()

        QTimer.singleShot(0, begin_when_written)

    def exit_program() -> None:
        app.exit(EXIT_OK)

    def show(screen: QWidget) -> None:
        window.show_screen(screen)
        desk: StaffDesk = holder["desk"]
        if screen is not login and desk.session is not None:
            window.log_out_action.setEnabled(True)
            staff_ctx = desk.staff_ctx  # a shop's account: its shop; a chain-wide one: None
            window.set_place(staff_ctx.staff_store if staff_ctx is not None else None)
            role = desk.session.role
            window.set_pages([
                (nav_title_of(cls), lambda cls=cls: desk.open_page(cls))
                for cls in desk.area.page_classes if allowed(role, cls.permission)
            ])

    desk = StaffDesk(
        login,  # type: ignore[arg-type]  # the same signals and calls as the kiosk's login
        worker, ctx, KioskDevices(), {}, show=show, add_screen=window.add_screen,
        activate=lambda: None, leave=back_to_login, exit_program=exit_program,
        prepare_context=prepare_context or (lambda context: context),
    )
    holder["desk"] = desk
    mode = BackOfficeMode(desk, ctx.config.back_office.lock_minutes * 60)
    idle = IdleClock(lambda: mode, clock=clock, parent=window)
    router.touched.connect(idle.feed)
    router.scanned.connect(lambda _code: idle.feed())  # a person is here (fed, then handed on)
    router.scanned.connect(mode.scanned)
    router.misread.connect(lambda _reason: idle.feed())
    router.misread.connect(mode.misread)
    login.card_scanned.connect(lambda card: desk.begin(card=card))
    office = BackOffice(app, window, worker, desk, mode, idle, router, switcher, login,
                        report_in)
    window.log_out_action.triggered.connect(lambda: desk.log_out("done"))
    window.quit_action.triggered.connect(office.quit)
    return office


def run_back_office(
    ctx: Context,
    stop_requested: threading.Event | None = None,
    report_in: ReportIn | None = None,
) -> int:
    """Show the back office until it is closed or the process is told to stop (exit status 0).

    Without a desktop to open the window on, ConfigError (the command line's exit status 2)
    says so, instead of Qt ending the process."""
    from kiosk.services.programme import with_effective_programme

    if not any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        raise ConfigError("The back office opens a window: run it on a desktop (no DISPLAY or "
                          "WAYLAND_DISPLAY is set here).", reason="no_display")

    restore_qt_messages = route_qt_messages()
    office = build_back_office(ctx, with_effective_programme, report_in=report_in)
    app = office.app
    office.window.on_close = office.quit  # its close button ends the program, as Quit does

    def stop_now(signum: object = None, *_: object) -> None:
        name = signal.Signals(signum).name if isinstance(signum, int) else "a stop request"
        log.info("Stopping on %s", name)
        app.quit()

    signal.signal(signal.SIGTERM, stop_now)
    signal.signal(signal.SIGINT, stop_now)
    restore_hooks = install_exception_logging()
    wake = QTimer()
    wake.start(250)  # lets Python run its signal handlers while Qt's loop waits
    wake.timeout.connect(lambda: None)
    office.start()
    if stop_requested is not None and stop_requested.is_set():
        QTimer.singleShot(0, stop_now)
    code = EXIT_OK
    try:
        code = app.exec()
        return code
    finally:
        log.info("Back office stopped, exit status %d", code)
        office.shut_down()
        restore_hooks()
        restore_qt_messages()

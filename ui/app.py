"""Builds the Qt application and the kiosk around a context and its devices, and runs it."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.context import Context
from kiosk.exit_codes import EXIT_CLOSED_BY_STAFF, EXIT_OK
from kiosk.services.terminals import StateBox
from ui.devices import KioskDevices
from ui.i18n import LanguageSwitcher
from ui.shell.qt_log import route_qt_messages
from ui.shell.shell import Shell
from ui.shell.terminal_report import report_device_changes
from ui.shell.watchdog import WatchdogPinger
from ui.shell.worker import Worker
from ui.sounds import Cues
from ui.window import KioskWindow, WindowOptions

log = logging.getLogger("kiosk.ui")

FONTS = Path(__file__).resolve().parent.parent / "assets" / "fonts"


@dataclass
class Kiosk:
    """The running kiosk's parts, for the program and for tests."""

    app: QApplication
    window: KioskWindow
    worker: Worker
    shell: Shell
    switcher: LanguageSwitcher

    @property
    def journey(self) -> Shell:
        """The shell under its older name (scans, the desk, the context)."""
        return self.shell

    def shut_down(self) -> None:
        """Stop scanners and the worker, and let the window close."""
        self.shell.stop()
        self.worker.stop()
        self.switcher.remove()
        self.window.allow_close = True
        self.window.close()


def application() -> QApplication:
    """The one QApplication, with the kiosk's fonts registered."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["loyalty-kiosk"])
    for font in sorted(FONTS.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    app.setApplicationName("loyalty-kiosk")
    # the kiosk ends only when told to (a manager, a signal): a window closing (the set-up's
    # before the kiosk's, the kiosk's own while it shuts down) must not post a Quit event that
    # a later event loop would obey at once
    app.setQuitOnLastWindowClosed(False)
    return app


def build_kiosk(
    ctx: Context,
    devices: KioskDevices,
    windowed: bool = False,
    sounds: bool = True,
    prepare_context: Callable[[Context], Context] | None = None,
) -> Kiosk:
    """Create the window, worker and shell (nothing is shown until start()).

    The screen runs as the customer, whatever context it is given; staff who log in work in
    their own role.
    """
    ctx = ctx.as_customer()
    app = application()
    ui = ctx.config.ui
    options = WindowOptions(
        shop_name=ctx.config.store.name,
        languages=list(ui.languages),
        fullscreen=ui.fullscreen and not windowed,
        high_contrast=ui.high_contrast,
        large_text=ui.large_text,
        scanner_side=ui.scanner_side,
        minor_digits=ctx.config.store.minor_digits,
        currency_symbol=ctx.config.store.currency_symbol,
        hide_cursor=not ui.demo,  # a touch screen needs no pointer; a demo on a desktop does
    )
    window = KioskWindow(options)
    worker = Worker()
    switcher = LanguageSwitcher(app)
    shell = Shell(
        window, worker, ctx, devices, switcher, Cues(sounds and ui.sounds), prepare_context
    )
    return Kiosk(app, window, worker, shell, switcher)


LATEST_BACKGROUND_START_MS = 5000  # a window that is never painted (no display) still gets it


def _once_painted(window: KioskWindow, action: Callable[[], None]) -> None:
    """Run action once: after the window's first paint, or after a few seconds at the latest."""
    done = False

    def run_once() -> None:
        nonlocal done
        if not done:
            done = True
            action()

    window.first_painted.connect(run_once)
    QTimer.singleShot(LATEST_BACKGROUND_START_MS, run_once)


def run_kiosk(
    ctx: Context,
    devices: KioskDevices,
    windowed: bool = False,
    stop_requested: threading.Event | None = None,
    after_first_paint: Callable[[], None] | None = None,
    terminal_state: StateBox | None = None,
) -> int:
    """Show the kiosk until it is closed from the staff screen or the process is told to stop;
    the exit status: EXIT_CLOSED_BY_STAFF (10) when a manager closed it, 0 on SIGTERM/SIGINT.

    stop_requested is set by a signal that came while the kiosk was still starting: the kiosk
    then stops as soon as its loop runs, as cleanly as from a signal later on.
    after_first_paint runs once the start screen has been painted (background work that would
    otherwise slow the start-up down). terminal_state is kept current with the devices'
    health, and the terminal reports in whenever a device's state changes.
    """
    from kiosk.services.programme import with_effective_programme

    restore_qt_messages = route_qt_messages()  # from the first, multimedia's at start-up
    kiosk = build_kiosk(ctx, devices, windowed, prepare_context=with_effective_programme)
    app = kiosk.app
    pinger = WatchdogPinger(app)
    stopped_by: list[str] = []

    def stop_now(signum: object = None, *_: object) -> None:
        name = signal.Signals(signum).name if isinstance(signum, int) else "a stop request"
        if not stopped_by:
            stopped_by.append(name)
            log.info("Stopping on %s", name)
        kiosk.window.allow_close = True
        app.quit()

    signal.signal(signal.SIGTERM, stop_now)
    signal.signal(signal.SIGINT, stop_now)
    restore_hooks = install_exception_logging()
    wake = QTimer()
    wake.start(250)  # lets Python run its signal handlers while Qt's loop waits
    wake.timeout.connect(lambda: None)
    pinger.start()  # from the GUI thread's own loop: a frozen screen stops the pings
    _once_painted(kiosk.window, pinger.ready)
    if after_first_paint is not None:
        _once_painted(kiosk.window, after_first_paint)
    if terminal_state is not None:
        report_device_changes(kiosk.shell, ctx, terminal_state)
    kiosk.window.start()
    kiosk.shell.start()
    if stop_requested is not None and stop_requested.is_set():
        QTimer.singleShot(0, stop_now)
    code = EXIT_OK
    try:
        code = app.exec()
        return code
    finally:
        why = "closed by a manager" if code == EXIT_CLOSED_BY_STAFF else (
            stopped_by[0] if stopped_by else f"exit status {code}"
        )
        pinger.stopping(why)
        log.info("Stopped (%s), exit status %d", why, code)
        kiosk.shut_down()
        restore_hooks()
        restore_qt_messages()


def install_exception_logging() -> Callable[[], None]:
    """An exception no slot caught goes to the log with its traceback, at ERROR, and the kiosk
    carries on: the customer never sees a traceback, the screen returns to the start screen at
    the next idle reset, and one faulty button does not end every customer's session (a frozen
    screen is systemd's watchdog's to restart). Returns the function that puts the hooks back."""
    crash_log = logging.getLogger("kiosk.crash")

    def log_uncaught(kind: type[BaseException], value: BaseException, trace: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)  # type: ignore[arg-type]
            return
        crash_log.error("Uncaught %s on the screen's thread", kind.__name__,
                        exc_info=(kind, value, trace))  # type: ignore[arg-type]

    def log_thread(args: threading.ExceptHookArgs) -> None:
        thread = args.thread.name if args.thread is not None else "a thread"
        crash_log.error("Uncaught %s in %s", args.exc_type.__name__, thread,
                        exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # type: ignore[arg-type]

    before = sys.excepthook, threading.excepthook
    sys.excepthook = log_uncaught
    threading.excepthook = log_thread

    def restore() -> None:
        sys.excepthook, threading.excepthook = before

    return restore

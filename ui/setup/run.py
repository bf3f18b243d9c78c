"""Runs the set-up screens on the kiosk's own window until the configuration file is written."""

from __future__ import annotations

import argparse
import logging
import signal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from ui.app import application
from ui.i18n import LanguageSwitcher
from ui.setup.flow import SetupScreen
from ui.shell.watchdog import WatchdogPinger
from ui.shell.worker import Worker
from ui.window import KioskWindow, WindowOptions

log = logging.getLogger("kiosk.ui")


def build_setup(args: argparse.Namespace, devices: Any, target: Path) -> tuple[Any, ...]:
    """The window with the set-up screen on it, its worker and language switcher."""
    app = application()
    switcher = LanguageSwitcher(app)
    switcher.switch("en")
    window = KioskWindow(WindowOptions(shop_name="",
                                       fullscreen=not args.windowed, hide_cursor=False))
    worker = Worker()
    screen = SetupScreen(args, devices, target, worker, switcher)
    window.add_screen(screen)
    window.show_screen(screen)
    return app, window, worker, switcher, screen


def run_first_start(args: argparse.Namespace, devices: Any, target: Path) -> bool:
    """Show the set-up until it has written target; False when the program was told to stop
    first (SIGTERM, SIGINT)."""
    app, window, worker, switcher, screen = build_setup(args, devices, target)
    saved: list[Path] = []
    print(f"First start: no configuration at {target}; showing the set-up screens.", flush=True)

    def stop(*_: object) -> None:
        window.allow_close = True  # Qt's quit first asks every window to close
        app.quit()

    def stop_on_signal(*_: object) -> None:
        pinger.stopping("told to stop during the first-run set-up")
        stop()

    def finish(path: Path) -> None:
        saved.append(path)
        QTimer.singleShot(600, stop)  # "Saved. Starting the kiosk…" is seen

    screen.saved.connect(finish)
    signal.signal(signal.SIGTERM, stop_on_signal)
    signal.signal(signal.SIGINT, stop_on_signal)
    wake = QTimer()
    wake.start(250)  # lets Python run its signal handlers while Qt's loop waits
    wake.timeout.connect(lambda: None)
    pinger = WatchdogPinger(app)  # systemd: READY after the first paint, WATCHDOG=1 meanwhile
    pinger.start()
    window.first_painted.connect(lambda: pinger.ready("First-run set-up"))
    window.start()
    try:
        app.exec()
    finally:
        screen.leave()
        pinger.timer.stop()
        pinger.deleteLater()
        wake.stop()
        worker.stop()
        switcher.remove()
        window.allow_close = True
        window.close()
        window.deleteLater()
    return bool(saved)

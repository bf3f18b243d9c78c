"""Runs the set-up screens on the kiosk's own window until the configuration file is written."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from ui.app import application
from ui.i18n import LanguageSwitcher
from ui.setup.flow import SetupScreen
from ui.shell.worker import Worker
from ui.window import KioskWindow, WindowOptions

log = logging.getLogger("kiosk.ui")


def notify_systemd(state: str) -> None:
    """Tell systemd (Type=notify) the screen is up and alive while the set-up runs."""
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address:
        return
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(state.encode())
    except OSError as exc:
        log.warning("systemd notification failed: %s", exc.strerror or exc)


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

    def finish(path: Path) -> None:
        saved.append(path)
        QTimer.singleShot(600, app.quit)  # "Saved. Starting the kiosk…" is seen

    def stop(*_: object) -> None:
        app.quit()

    screen.saved.connect(finish)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    wake = QTimer()
    wake.start(250)  # lets Python run its signal handlers while Qt's loop waits
    wake.timeout.connect(lambda: None)
    watchdog_us = int(os.environ.get("WATCHDOG_USEC", "0") or 0)
    alive = QTimer()
    if watchdog_us:
        alive.timeout.connect(lambda: notify_systemd("WATCHDOG=1"))
        alive.start(max(watchdog_us // 2000, 1000))
    window.first_painted.connect(lambda: notify_systemd("READY=1\nSTATUS=First-run set-up"))
    window.start()
    try:
        app.exec()
    finally:
        screen.leave()
        alive.stop()
        wake.stop()
        worker.stop()
        switcher.remove()
        window.allow_close = True
        window.close()
        window.deleteLater()
    return bool(saved)

"""run_kiosk's exit status: 10 when a manager closes the program, 0 on SIGTERM; an uncaught
exception on the screen's thread is logged with its traceback and the kiosk carries on."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from pytestqt.qtbot import QtBot

import ui.app
from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.context import Context
from kiosk.exit_codes import EXIT_CLOSED_BY_STAFF
from tests.conftest import SECRET
from tests.ui.conftest import MANAGER, MANAGER_PIN, wait_for_screen
from tests.ui.staff_helpers import log_in
from ui.app import Kiosk, run_kiosk
from ui.devices import KioskDevices

pytestmark = pytest.mark.gui


@pytest.fixture
def running(
    demo_db: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[Callable[[Kiosk], None]], int]]:
    """Run the kiosk as the program does (run_kiosk) and drive it once its loop runs."""
    handlers = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    hooks = sys.excepthook

    def run(drive: Callable[[Kiosk], None]) -> int:
        built: list[Kiosk] = []
        build = ui.app.build_kiosk

        def keep(*args: Any, **kwargs: Any) -> Kiosk:
            kiosk = build(*args, **{**kwargs, "sounds": False})
            built.append(kiosk)
            QTimer.singleShot(0, lambda: drive(kiosk))
            return kiosk

        monkeypatch.setattr(ui.app, "build_kiosk", keep)
        return run_kiosk(Context(Config(), SECRET, demo_db), KioskDevices(), windowed=True)

    yield run
    signal.signal(signal.SIGTERM, handlers[0])
    signal.signal(signal.SIGINT, handlers[1])
    assert sys.excepthook is hooks  # run_kiosk puts the hooks it set back
    loop = QEventLoop()  # and leaves no Quit behind that the next event loop would obey at once
    QTimer.singleShot(50, lambda: loop.exit(7))
    assert loop.exec() == 7


def test_a_manager_closing_the_program_ends_it_with_status_10(
    qtbot: QtBot, running: Callable[[Callable[[Kiosk], None]], int]
) -> None:
    def close_as_manager(kiosk: Kiosk) -> None:
        log_in(qtbot, kiosk, MANAGER, MANAGER_PIN)
        wait_for_screen(qtbot, kiosk, "staff-area", timeout=5_000)
        button = kiosk.journey.desk.area.quit_button
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # arms it
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # closes

    assert running(close_as_manager) == EXIT_CLOSED_BY_STAFF == 10


def test_sigterm_ends_it_with_status_0(
    qtbot: QtBot, running: Callable[[Callable[[Kiosk], None]], int]
) -> None:
    def terminate(kiosk: Kiosk) -> None:
        QTimer.singleShot(300, lambda: os.kill(os.getpid(), signal.SIGTERM))

    assert running(terminate) == 0


def test_an_uncaught_exception_is_logged_and_the_kiosk_carries_on(
    qtbot: QtBot, running: Callable[[Callable[[Kiosk], None]], int],
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[bool] = []

    def fail_then_stop(kiosk: Kiosk) -> None:
        def broken_slot() -> None:
            raise LookupError("a bug in a button")

        QTimer.singleShot(0, broken_slot)
        QTimer.singleShot(400, lambda: seen.append(kiosk.window.isVisible()))
        QTimer.singleShot(500, lambda: os.kill(os.getpid(), signal.SIGTERM))

    with caplog.at_level(logging.INFO):
        assert running(fail_then_stop) == 0
    assert seen == [True]  # still showing after the exception
    crash = [r for r in caplog.records if r.name == "kiosk.crash"]
    assert len(crash) == 1 and crash[0].levelno == logging.ERROR
    assert crash[0].exc_info and crash[0].exc_info[0] is LookupError
    stops = [r.getMessage() for r in caplog.records if r.name == "kiosk.ui"]
    assert "Stopping on SIGTERM" in stops

"""One idle clock: a hung printer job or the printer poll never keeps a customer on screen."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from hardware.printer_sim import PrinterSimulator
from tests.ui.conftest import ALEX, KioskFactory, wait_for_screen, wait_idle
from ui.app import Kiosk
from ui.shell.worker import Owner, Worker

pytestmark = pytest.mark.gui


def _block_worker(kiosk: Kiosk) -> threading.Event:
    """A job that holds the one worker thread until the returned event is set."""
    release = threading.Event()
    kiosk.worker.submit(Owner("test"), release.wait, 60)
    return release


@pytest.mark.parametrize("printer_mode", ["ok", "hang"])
def test_the_member_screen_returns_to_the_start_on_time_whatever_the_worker_does(
    qtbot: QtBot, make_kiosk: KioskFactory, printer_sim: PrinterSimulator, printer_mode: str
) -> None:
    kiosk = make_kiosk(ui={"idle_timeout_s": 5})
    kiosk.shell.health.timer.setInterval(200)  # the printer poll runs all the time
    kiosk.shell.customer.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "member")
    printer_sim.set_mode(printer_mode)
    release = _block_worker(kiosk) if printer_mode == "hang" else None
    try:
        qtbot.waitUntil(lambda: kiosk.window.countdown.isVisible(), timeout=10_000)
        wait_for_screen(qtbot, kiosk, "attract", timeout=15_000)
        if release is not None:
            assert kiosk.worker.busy  # the job still hangs, and the customer has gone all the same
        assert kiosk.window.member.view is None
        assert kiosk.shell.customer.session.member is None
    finally:
        if release is not None:
            release.set()
        printer_sim.set_mode("ok")
    wait_idle(qtbot, kiosk, timeout=20_000)


def test_a_result_for_a_customer_who_has_gone_is_dropped(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk()
    wait_idle(qtbot, kiosk)
    release = _block_worker(kiosk)
    kiosk.shell.customer.scanned(ALEX)  # queued behind the blocked job
    dropped = kiosk.worker.dropped
    kiosk.shell.finish()  # Done, or the idle clock: the customer has gone
    release.set()
    wait_idle(qtbot, kiosk)
    qtbot.wait(100)
    assert kiosk.worker.dropped == dropped + 1
    assert kiosk.window.current() is kiosk.window.attract
    assert kiosk.window.member.view is None


def test_the_worker_drops_only_the_jobs_of_an_ended_owner(qtbot: QtBot) -> None:
    worker = Worker()
    gone, here = Owner("gone"), Owner("here")
    results: list[str] = []
    ran: list[str] = []
    release = threading.Event()
    try:
        worker.submit(here, release.wait, 10)
        worker.submit(gone, lambda: ran.append("late") or "late", on_done=results.append)
        worker.submit(here, lambda: "kept", on_done=results.append)
        assert worker.pending_for(gone) == 1
        gone.end()
        release.set()
        qtbot.waitUntil(lambda: not worker.busy, timeout=5_000)
    finally:
        release.set()
        worker.stop()
    assert results == ["kept"]
    assert ran == []  # its owner ended before it started: it never ran
    assert worker.dropped == 1


def test_a_touch_winds_the_clock_back_but_a_printer_poll_does_not(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    kiosk = make_kiosk(ui={"idle_timeout_s": 12})
    kiosk.shell.customer.scanned(ALEX)
    wait_for_screen(qtbot, kiosk, "member")
    idle = kiosk.shell.idle
    now = [idle.clock()]
    idle.clock = lambda: now[0]  # type: ignore[method-assign]
    idle.feed()
    now[0] += 5
    kiosk.shell.health.check_printer()
    wait_idle(qtbot, kiosk)
    assert idle.remaining_s() == 7
    kiosk.shell.touched()
    assert idle.remaining_s() == 12

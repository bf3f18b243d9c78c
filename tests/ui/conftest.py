"""The kiosk screen on a real SQLite demo database, a real TCP printer simulator and real ptys."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from db.database import close_database, open_database
from db.migrations import migrate
from hardware.printer_factory import printer_from_config
from hardware.printer_sim import PrinterSimulator
from hardware.scanner_sim import ScannerSimulator
from kiosk.clock import FixedClock
from kiosk.config import Config, PrinterConfig, ScannerConfig
from kiosk.context import Context
from kiosk.demo import ensure_demo_data
from kiosk.services.programme import with_effective_programme
from main import _png_renderer, _scanner_starter
from tests.conftest import SECRET, START
from ui.app import Kiosk, build_kiosk
from ui.devices import KioskDevices

pytestmark = pytest.mark.gui

ALEX = "2900000000018"
AYSE = "2900000000025"
IVAN = "2900000000032"
SAM = "2900000000049"
MANAGER, MANAGER_PIN, MANAGER_CARD = "Maria Manager", "2468", "STAFF-0001"
CLERK, CLERK_PIN, CLERK_CARD = "Deniz Clerk", "1357", "STAFF-0002"


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[FixedClock]:
    """A migrated SQLite database with the demo shop in it; the fixed clock it was made with."""
    clock = FixedClock(START)
    open_database(f"sqlite:///{tmp_path / 'kiosk.db'}")
    migrate(clock.now())
    ensure_demo_data(Context(Config(), SECRET, clock))
    try:
        yield clock
    finally:
        close_database()


@pytest.fixture
def printer_sim() -> Iterator[PrinterSimulator]:
    """A network receipt printer on 127.0.0.1 that keeps every job it receives."""
    simulator = PrinterSimulator().start()
    try:
        yield simulator
    finally:
        simulator.stop()


@pytest.fixture
def scanner_sim() -> Iterator[ScannerSimulator]:
    """A serial scanner on a real pty pair."""
    with ScannerSimulator() as simulator:
        yield simulator


KioskFactory = Callable[..., Kiosk]


@pytest.fixture
def make_kiosk(
    qtbot: QtBot, demo_db: FixedClock, printer_sim: PrinterSimulator
) -> Iterator[KioskFactory]:
    """Build and start the kiosk window; options change the config, scanners add pty readers."""
    built: list[Kiosk] = []

    def make(
        scanners: list[str] | None = None,
        printer: bool = True,
        simulate_scan: Callable[[str], None] | None = None,
        size: tuple[int, int] = (1024, 768),
        **sections: dict[str, Any],
    ) -> Kiosk:
        config = Config()
        for section, values in sections.items():
            config = replace(config, **{section: replace(getattr(config, section), **values)})
        scanner_configs = [
            ScannerConfig(url=url, name=f"scanner{index + 1}", suffix="CR")
            for index, url in enumerate(scanners or [])
        ]
        printer_config = PrinterConfig(kind="network", port=printer_sim.port, timeout_s=2)
        config = replace(config, scanners=scanner_configs, printer=printer_config)
        ctx = Context(config, SECRET, demo_db)
        devices = KioskDevices(
            printer=printer_from_config(printer_config) if printer else None,
            start_scanners=_scanner_starter(scanner_configs) if scanner_configs else None,
            scanner_names=[s.name for s in scanner_configs],
            render_preview=_png_renderer(80),
            simulate_scan=simulate_scan,
        )
        kiosk = build_kiosk(ctx, devices, windowed=True, sounds=False,
                            prepare_context=with_effective_programme)
        kiosk.window.design_size = QSize(*size)
        kiosk.window.start()
        kiosk.shell.start()
        qtbot.addWidget(kiosk.window)
        qtbot.waitExposed(kiosk.window)
        built.append(kiosk)
        problems: list[BaseException] = []
        kiosk.worker.unexpected_error.connect(problems.append)
        kiosk.problems = problems  # type: ignore[attr-defined]
        return kiosk

    yield make
    for kiosk in built:
        kiosk.shell.finish()
        kiosk.shut_down()
        assert not kiosk.problems, f"unexpected errors in background jobs: {kiosk.problems}"  # type: ignore[attr-defined]
    assert threading.active_count() < 50


def wait_for_screen(qtbot: QtBot, kiosk: Kiosk, name: str, timeout: int = 10_000) -> None:
    """Wait until the named screen is the one showing."""
    qtbot.waitUntil(lambda: kiosk.window.current().objectName() == name, timeout=timeout)


def wait_idle(qtbot: QtBot, kiosk: Kiosk, timeout: int = 10_000) -> None:
    """Wait until the background worker has nothing queued or running."""
    qtbot.waitUntil(lambda: not kiosk.worker.busy, timeout=timeout)


def idle_seconds(kiosk: Kiosk, seconds: int) -> None:
    """Let `seconds` pass on the kiosk's idle clock, one tick a second, without waiting."""
    idle = kiosk.shell.idle
    for _ in range(seconds):
        now = idle.clock() + 1
        idle.clock = lambda now=now: now  # type: ignore[misc]
        idle.tick()

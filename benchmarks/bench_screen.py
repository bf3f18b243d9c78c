"""Measures the kiosk screen: scan to a filled member screen, and tap "yes" to "Take your voucher".

Usage: QT_QPA_PLATFORM=offscreen python benchmarks/bench_screen.py [--samples K]
Runs the real window, worker and TCP printer simulator on the SQLite demo shop.
Prints a table and then one JSON object with the same figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from db.database import close_database, open_database
from db.migrations import migrate
from db.models import Card
from hardware.printer_factory import printer_from_config
from hardware.printer_sim import PrinterSimulator
from kiosk.clock import SystemClock
from kiosk.config import Config, PrinterConfig
from kiosk.context import Context
from kiosk.demo import ensure_demo_data
from kiosk.services.points import adjust
from main import _png_renderer
from ui.app import build_kiosk
from ui.devices import KioskDevices

CARDS = ("2900000000018", "2900000000025", "2900000000032", "2900000000049")


def _wait(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get there in time")
        QApplication.processEvents()


def _summary(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[int(len(times) * 0.95) - 1], 1),
        "max_ms": round(times[-1], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        open_database(f"sqlite:///{Path(folder) / 'kiosk.db'}")
        migrate(SystemClock().now())
        printer = PrinterSimulator().start()
        printer_config = PrinterConfig(kind="network", port=printer.port, timeout_s=5)
        ctx = Context(replace(Config(), printer=printer_config), b"b" * 32)
        ensure_demo_data(ctx)
        member_id = Card.get(Card.number == CARDS[0]).member_id
        adjust(ctx, member_id, 100 * args.samples, "points for the benchmark")
        devices = KioskDevices(printer=printer_from_config(printer_config),
                               render_preview=_png_renderer(80))
        kiosk = build_kiosk(ctx, devices, windowed=True, sounds=False)
        window, journey = kiosk.window, kiosk.journey
        scan_times: list[float] = []
        redeem_times: list[float] = []
        try:
            window.start()
            journey.start()
            for index in range(args.samples):
                journey.reset()
                started = time.perf_counter()
                journey.scanned(CARDS[index % len(CARDS)])
                _wait(lambda: window.current() is window.member and not kiosk.worker.busy)
                scan_times.append((time.perf_counter() - started) * 1000)
            for _ in range(args.samples // 2):
                journey.reset()
                journey.scanned(CARDS[0])
                _wait(lambda: window.current() is window.member and not kiosk.worker.busy)
                journey.choose_reward(window.member.tiles[0].item_id)
                started = time.perf_counter()
                window.confirm.yes.click()
                _wait(lambda: window.current() is window.result)
                redeem_times.append((time.perf_counter() - started) * 1000)
        finally:
            kiosk.shut_down()
            printer.stop()
            close_database()
    results = {"scan_to_member_screen": _summary(scan_times),
               "confirm_to_take_your_voucher": _summary(redeem_times)}
    print(f"{'measure':<32}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for name, row in results.items():
        print(f"{name:<32}{row['p50_ms']:>10}{row['p95_ms']:>10}{row['max_ms']:>10}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()

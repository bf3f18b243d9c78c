"""Measures the kiosk screen as a customer feels it, on an existing (million-member) database.

Usage: python benchmarks/bench_screen.py --db /work/bench/m1.db [--scans 2000] [--json]

A copy of the database is used (the original is never written), migrated to this program's schema
first. Start-up runs the real main.py from compiled bytecode (kept in the temporary folder after
one unmeasured run), as an installed kiosk starts; --startup-runs 0 leaves it out. The real pty
serial scanner reader feeds the real window (offscreen, or the display in DISPLAY with --platform
xcb); every figure stops when the next screen has been painted (a paint event of that screen, timed
after the repaint returns to the event loop), not when a widget was filled. Members are drawn at
random from the whole database, their languages alternating English, Turkish and Russian.

Prints a table, and with --json one JSON object: scan_to_painted (p50_ms, p99_ms, max_ms, also per
language), wire_ms (the code's time on the wire at the scanner's baud rate, not included in
scan_to_painted), startup_ms (process start to the start screen painted, the real main.py),
rss_mb (after_100, after_2000), and done / high_contrast / larger_text to the next painted screen.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LANGUAGES = ("en", "tr", "ru")
BAUD_RATE = 9600
BITS_PER_BYTE = 10  # start bit, 8 data bits, stop bit


def _percentiles(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    if not ordered:
        return {"n": 0}
    return {
        "n": len(ordered),
        "p50_ms": round(statistics.median(ordered), 1),
        "p99_ms": round(ordered[max(0, int(len(ordered) * 0.99 + 0.5) - 1)], 1),
        "max_ms": round(ordered[-1], 1),
    }


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def _members(db: Path, per_language: int, seed: int) -> dict[str, list[str]]:
    """Random members' active card numbers, per language, drawn from the whole database."""
    chooser = random.Random(seed)
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        (top,) = connection.execute("SELECT max(id) FROM member").fetchone()
        pools: dict[str, list[str]] = {language: [] for language in LANGUAGES}
        seen: set[int] = set()
        while any(len(pool) < per_language for pool in pools.values()):
            member_id = chooser.randint(1, top)
            if member_id in seen:
                continue
            seen.add(member_id)
            row = connection.execute(
                "SELECT m.language, c.number FROM member m JOIN card c ON c.member_id = m.id"
                " WHERE m.id = ? AND m.status = 'active' AND c.status = 'active' LIMIT 1",
                (member_id,),
            ).fetchone()
            if row and row[0] in pools and len(pools[row[0]]) < per_language:
                pools[row[0]].append(row[1])
        return pools
    finally:
        connection.close()


# --- start-up, in a child process running the real main.py --------------------------------


def _startup_child(argv: list[str]) -> None:
    """Run main.main(argv); print the monotonic time the start screen was first painted, exit.

    With BENCH_STARTUP_PROFILE=FILE in the environment, the start-up is cProfiled into FILE.
    """
    profile_to = os.environ.get("BENCH_STARTUP_PROFILE")
    profiler = cProfile.Profile() if profile_to else None
    if profiler is not None:
        profiler.enable()
    from PySide6.QtCore import QEvent, QObject, QTimer

    import ui.window

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        painted = time.monotonic()
        if profiler is not None and profile_to:
            profiler.disable()
            profiler.dump_stats(profile_to)
        print(json.dumps({"painted": painted}), flush=True)
        os._exit(0)

    original = ui.window.KioskWindow.start
    probe = FirstPaint()

    def start(self: ui.window.KioskWindow) -> None:
        self.attract.installEventFilter(probe)
        original(self)

    ui.window.KioskWindow.start = start  # type: ignore[method-assign]
    import main

    main.main(argv)


def migrate_copy(db: Path) -> None:
    """Bring the copied database to this program's schema (start-up refuses an old one)."""
    from db.database import close_database, open_database
    from db.migrations import migrate
    from kiosk.clock import SystemClock

    open_database(f"sqlite:///{db}")
    try:
        migrate(SystemClock().now())
    finally:
        close_database()


def measure_startup(db: Path, folder: Path, runs: int) -> list[float]:
    """Process start to the start screen painted, for the real `python main.py`."""
    config = folder / "kiosk.toml"
    config.write_text("[ui]\nsounds = false\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("KIOSK_") and k != "PYTHONDONTWRITEBYTECODE"}
    # an installed kiosk starts from compiled bytecode: one unmeasured run compiles it here
    env.update(KIOSK_DATA_DIR=str(folder / "data"), KIOSK_CONFIG=str(config),
               PYTHONPYCACHEPREFIX=str(folder / "pycache"))
    times = []
    for run in range(runs + 1):
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, __file__, "--startup-child", "--", "--db", f"sqlite:///{db}"],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if not lines:
            raise RuntimeError(f"start-up run failed: {done.stderr[-2000:]}")
        if run:
            times.append((json.loads(lines[-1])["painted"] - started) * 1000)
    return times


# --- the screen, in this process ------------------------------------------------------------


class Bench:
    """The real kiosk (window, worker, shell, pty scanner reader) on the copied database."""

    def __init__(self, db: Path) -> None:
        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

        from db.database import open_database
        from db.migrations import migrate
        from hardware.scanner_sim import ScannerSimulator
        from kiosk.clock import SystemClock
        from kiosk.config import Config, PrinterConfig, ScannerConfig, UiConfig
        from kiosk.context import Context
        from kiosk.services.programme import with_effective_programme
        from main import _png_renderer, _scanner_starter
        from ui.app import build_kiosk
        from ui.devices import KioskDevices

        open_database(f"sqlite:///{db}")
        migrate(SystemClock().now())
        self.simulator = ScannerSimulator()
        scanner = ScannerConfig(url=self.simulator.url, name="bench scanner", suffix="CR",
                                baudrate=BAUD_RATE)
        config = replace(Config(), printer=PrinterConfig(kind="none"), scanners=[scanner],
                         ui=UiConfig(sounds=False, demo=False))
        ctx = Context(config, b"b" * 32)
        devices = KioskDevices(
            start_scanners=_scanner_starter([scanner]), scanner_names=[scanner.name],
            render_preview=_png_renderer(80),
        )
        self.kiosk = build_kiosk(ctx, devices, windowed=True, sounds=False,
                                 prepare_context=with_effective_programme)
        self.window = self.kiosk.window
        self._QEventLoop, self._QTimer = QEventLoop, QTimer
        self._waiting: tuple[Any, Callable[[], bool]] | None = None
        self._painted_at = 0.0
        bench = self

        class Painted(QObject):
            """After a watched screen's paint has returned to the event loop, note the time."""

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and bench._waiting is not None:
                    screen, ready = bench._waiting
                    if watched is screen and ready():
                        bench._waiting = None
                        QTimer.singleShot(0, bench._stop)
                return False

        self.probe = Painted()
        self.loop = QEventLoop()
        for screen in (self.window.attract, self.window.member):
            screen.installEventFilter(self.probe)
        self.window.start()
        self.kiosk.shell.start()
        self.wait_painted(self.window.attract, lambda: True, lambda: None)

    def _stop(self) -> None:
        self._painted_at = time.perf_counter()
        self.loop.quit()

    def wait_painted(self, screen: Any, ready: Callable[[], bool], act: Callable[[], None],
                     timeout_s: float = 30) -> float:
        """Do act() and return the ms until `screen` has been painted with ready() true."""
        self._waiting = (screen, ready)
        self._painted_at = 0.0
        guard = self._QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(self.loop.quit)
        guard.start(int(timeout_s * 1000))
        started = time.perf_counter()
        act()
        if self._painted_at == 0.0:
            self.loop.exec()
        guard.stop()
        if self._painted_at == 0.0:
            self._waiting = None
            raise TimeoutError(f"{type(screen).__name__} was not painted in {timeout_s} s")
        return (self._painted_at - started) * 1000

    def scan(self, card: str) -> float:
        """A scan on the pty: ms from the write until the member screen is painted."""
        w = self.window
        return self.wait_painted(w.member, lambda: w.current() is w.member,
                                 lambda: self.simulator.send(card))

    def done(self) -> float:
        w = self.window
        return self.wait_painted(w.attract, lambda: w.current() is w.attract,
                                 w.member.done_button.click)

    def toggle(self, button: Any) -> float:
        w = self.window
        return self.wait_painted(w.attract, lambda: w.current() is w.attract, button.click)

    def close(self) -> None:
        from db.database import close_database

        self.kiosk.shut_down()
        self.simulator.close()
        close_database()


def run_screen(db: Path, scans: int, toggles: int, seed: int,
               profile: Path | None) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    per_language = scans // len(LANGUAGES) + 1
    pools = _members(db, per_language, seed)
    bench = Bench(db)
    times: dict[str, list[float]] = {language: [] for language in LANGUAGES}
    done_times: list[float] = []
    rss: dict[str, float] = {"at_start": _rss_mb()}
    profiler = cProfile.Profile() if profile else None
    try:
        for index in range(scans):
            language = LANGUAGES[index % len(LANGUAGES)]
            card = pools[language][index // len(LANGUAGES)]
            if profiler is not None and index == scans // 2:
                profiler.enable()
            times[language].append(bench.scan(card))
            done_times.append(bench.done())
            if index + 1 in (100, 1000, 2000, scans):
                rss[f"after_{index + 1}"] = _rss_mb()
        if profiler is not None:
            profiler.disable()
        attract = bench.window.attract
        contrast = [bench.toggle(attract.contrast_button) for _ in range(toggles * 2)]
        larger = [bench.toggle(attract.text_button) for _ in range(toggles * 2)]
    finally:
        bench.close()
    if profiler is not None and profile is not None:
        profiler.dump_stats(str(profile))
    every = [value for language in LANGUAGES for value in times[language]]
    return {
        "scan_to_painted": {**_percentiles(every),
                            **{language: _percentiles(times[language]) for language in LANGUAGES}},
        "done_to_start_painted": _percentiles(done_times),
        "high_contrast_to_painted": _percentiles(contrast),
        "larger_text_to_painted": _percentiles(larger),
        "rss_mb": rss,
        "load_average": [round(value, 1) for value in os.getloadavg()],
    }


def _table(results: dict[str, Any]) -> str:
    rows = [("scan to member screen painted, all", results["scan_to_painted"])]
    rows += [(f"  members speaking {language}", results["scan_to_painted"][language])
             for language in LANGUAGES]
    rows += [("Done to start screen painted", results["done_to_start_painted"]),
             ("High contrast to painted", results["high_contrast_to_painted"]),
             ("Larger text to painted", results["larger_text_to_painted"])]
    lines = [f"{'measure':<40}{'n':>6}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}"]
    lines += [f"{name:<40}{row['n']:>6}{row['p50_ms']:>9}{row['p99_ms']:>9}{row['max_ms']:>9}"
              for name, row in rows]
    if results["startup_runs"]:  # --startup-runs 0 leaves it out
        lines.append(f"{'start-up to start screen painted':<40}{len(results['startup_runs']):>6}"
                     f"{results['startup_ms']:>9}{'':>9}{max(results['startup_runs']):>9}")
    lines.append(f"wire time of a {results['code_length']}-character code at {BAUD_RATE} baud: "
                 f"{results['wire_ms']} ms (not included above)")
    lines.append("RSS MB: " + ", ".join(f"{k} {v}" for k, v in results["rss_mb"].items()))
    lines.append(f"load average at the end (1, 5, 15 min): {results['load_average']}")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--startup-child":
        _startup_child(sys.argv[3:])
        return
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="an existing SQLite database")
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--toggles", type=int, default=10, help="rounds of each display toggle")
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", type=Path, help="cProfile the middle of the scans into FILE")
    parser.add_argument("--json", action="store_true", help="print one JSON object too")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-screen-") as folder:
        copy = Path(folder) / "kiosk.db"
        shutil.copyfile(args.db, copy)  # never write into the given database
        migrate_copy(copy)
        runs = args.startup_runs
        startup = measure_startup(copy, Path(folder), runs) if runs else []
        results = run_screen(copy, args.scans, args.toggles, args.seed, args.profile)
    code_length = 13 + 1  # an EAN-13 card and the scanner's CR suffix
    results.update(
        wire_ms=round(code_length * BITS_PER_BYTE / BAUD_RATE * 1000, 1),
        code_length=code_length,
        startup_ms=round(statistics.median(startup), 1) if startup else None,
        startup_runs=[round(value, 1) for value in startup],
        members=sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
        .execute("SELECT count(*) FROM member").fetchone()[0],
    )
    print(_table(results))
    if args.profile:
        pstats.Stats(str(args.profile)).sort_stats("cumulative").print_stats(25)
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()

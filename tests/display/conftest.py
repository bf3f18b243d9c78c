"""The real program on a bare X server (Xvfb, no window manager), driven from outside."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.display.screen import Screen, wait_for, xvfb

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Corner Market"  # the demo shop's name is the window's title
IDLE_TIMEOUT_S = 30  # the shipped default; the idle test sets its own short one
NEEDED = ("Xvfb", "xdotool", "xwininfo", "import", "tesseract")


@dataclass
class RunningKiosk:
    """The kiosk program running on a display, with its own data folder and database."""

    screen: Screen
    process: subprocess.Popen[bytes]
    window: str
    shown_at: float  # time.monotonic() when its window appeared
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")


def _missing_tools() -> list[str]:
    from shutil import which

    return [tool for tool in NEEDED if which(tool) is None]


@pytest.fixture(scope="session", autouse=True)
def _display_tools() -> None:
    missing = _missing_tools()
    if missing:
        pytest.fail(f"the real-display tests need {', '.join(missing)} (bash .ci/system-deps.sh)")


CONFIG = """
[ui]
idle_timeout_s = {idle}
sounds = false
"""


@contextmanager
def kiosk_process(
    env: dict[str, str], folder: Path, idle_timeout_s: int = IDLE_TIMEOUT_S
) -> Iterator[subprocess.Popen[bytes]]:
    """Run `python main.py` (demo data, simulated scanner and printer) with its own data folder."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "kiosk.toml"
    config.write_text(CONFIG.format(idle=idle_timeout_s), encoding="utf-8")
    env = {k: v for k, v in env.items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_DATA_DIR=str(folder / "data"), KIOSK_DB_URL=f"sqlite:///{folder / 'kiosk.db'}",
               PYTHONIOENCODING="utf-8")
    with (folder / "kiosk.log").open("wb") as output:
        process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--config", str(config)],
                                   cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        yield process
    finally:
        stop_program(process)


def stop_program(process: subprocess.Popen[bytes]) -> None:
    """End the kiosk as systemd would (SIGTERM), killing it only if it does not stop in 15 s."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def kiosk_on(
    screen: Screen, folder: Path, idle_timeout_s: int = IDLE_TIMEOUT_S
) -> Iterator[RunningKiosk]:
    """The kiosk on a bare X screen, once its window has appeared (keyboard focus on it)."""
    env = dict(screen.env(), QT_QPA_PLATFORM="xcb")
    with kiosk_process(env, folder, idle_timeout_s) as process:
        log = folder / "kiosk.log"
        windows = wait_for(lambda: screen.window_ids(TITLE) if process.poll() is None else ["x"],
                           bool, 60)
        if process.poll() is not None or not windows:
            raise AssertionError(f"the kiosk window did not appear:\n{log.read_text()}")
        kiosk = RunningKiosk(screen, process, windows[0], time.monotonic(), log)
        screen.focus(kiosk.window)
        yield kiosk


@pytest.fixture
def screen(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Screen]:
    """A bare X screen, 1024x768 unless the test is parametrized with another (width, height)."""
    width, height = getattr(request, "param", (1024, 768))
    with xvfb(width, height, tmp_path / "shots") as display:
        yield display


@pytest.fixture
def kiosk(screen: Screen, tmp_path: Path) -> Iterator[RunningKiosk]:
    """The kiosk running full-screen on the bare X screen, its start screen showing."""
    with kiosk_on(screen, tmp_path / "kiosk") as running:
        text = screen.wait_for_text("Scan your card", timeout=60)
        assert "Scan your card" in text, f"no start screen: {text!r}\n{running.output()}"
        yield running

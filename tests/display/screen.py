"""Drives a real X display from outside: Xvfb, xdotool, ImageMagick's import and Tesseract OCR."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PIL import Image

T = TypeVar("T")

WEDGE_DELAY_MS = 12  # a USB keyboard-wedge scanner types a key every few milliseconds
PERSON_DELAY_MS = 180  # a person's typing


@dataclass(frozen=True)
class Word:
    """A word Tesseract read on the screen, with its box in screen pixels."""

    text: str
    left: int
    top: int
    width: int
    height: int

    @property
    def centre(self) -> tuple[int, int]:
        return self.left + self.width // 2, self.top + self.height // 2


@dataclass
class Screen:
    """One X display: its size, its environment and what a person (or a scanner) can do on it."""

    name: str
    width: int
    height: int
    shots: Path

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
        env["DISPLAY"] = self.name
        env.pop("QT_QPA_PLATFORM", None)
        return env

    def run(self, *command: str, timeout: float = 30) -> str:
        done = subprocess.run(command, env=self.env(), capture_output=True, text=True,
                              timeout=timeout, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{command[0]} failed ({done.returncode}): {done.stderr.strip()}")
        return done.stdout

    # --- windows --------------------------------------------------------------------------

    def window_ids(self, title: str) -> list[str]:
        done = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"],
                              env=self.env(), capture_output=True, text=True, timeout=10,
                              check=False)
        return done.stdout.split()

    def geometry(self, window: str) -> tuple[int, int, int, int]:
        """x, y, width, height of a window as xwininfo reports it."""
        info = self.run("xwininfo", "-id", window)
        values = {}
        for line in info.splitlines():
            key, _, value = line.strip().partition(":")
            if key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
                values[key] = int(value)
        return (values["Absolute upper-left X"], values["Absolute upper-left Y"],
                values["Width"], values["Height"])

    # --- input ----------------------------------------------------------------------------

    def focus(self, window: str) -> None:
        self.run("xdotool", "windowfocus", "--sync", window)

    def scan(self, code: str) -> None:
        """What a keyboard-wedge scanner does: the code typed fast (Shift for capitals), Enter.

        As root xdotool runs at a raised priority, since a starved xdotool on a busy machine
        leaves gaps between keys that no scanner leaves.
        """
        urgent = ["nice", "-n", "-10"] if os.geteuid() == 0 else []
        self.run(*urgent, "xdotool", "type", "--delay", str(WEDGE_DELAY_MS), code)
        self.run(*urgent, "xdotool", "key", "Return")

    def type_slowly(self, text: str) -> None:
        self.run("xdotool", "type", "--delay", str(PERSON_DELAY_MS), text)

    def key(self, name: str) -> None:
        self.run("xdotool", "key", name)

    def click(self, x: int, y: int) -> None:
        self.run("xdotool", "mousemove", str(x), str(y), "click", "1")

    def hold(self, x: int, y: int, seconds: float) -> None:
        self.run("xdotool", "mousemove", str(x), str(y), "mousedown", "1")
        time.sleep(seconds)
        self.run("xdotool", "mouseup", "1")

    # --- looking --------------------------------------------------------------------------

    def screenshot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.run("import", "-window", "root", str(path))
        return path

    def words(self, name: str = "screen", inverted: bool = False) -> list[Word]:
        """Every word on the screen now, read by OCR as a person would read it.

        With `inverted`, light text on dark buttons is read too (from a negative of the shot).
        """
        shot = self.screenshot(name)
        found = _ocr_words(shot)
        if inverted:
            negative = shot.with_name(f"{name}-negative.png")
            subprocess.run(["convert", str(shot), "-negate", str(negative)], check=True,
                           timeout=30)
            found += _ocr_words(negative)
        return found

    def text(self, name: str = "screen") -> str:
        return " ".join(word.text for word in self.words(name))

    def wait_for_text(self, *wanted: str, timeout: float = 30, name: str = "screen") -> str:
        """Read the screen until every wanted phrase is on it; the last text read otherwise."""
        return wait_for(lambda: self.text(name), lambda text: all(w in text for w in wanted),
                        timeout)

    def find(self, word: str, name: str = "screen") -> Word | None:
        return next((w for w in self.words(name, inverted=True) if word in w.text), None)

    def click_dark_below(self, word: Word, name: str = "below") -> None:
        """Touch the first dark-filled button under a word (light text on a dark button is what
        OCR reads worst, e.g. the keypad's "Log in" under its "0" key)."""
        shot = self.screenshot(name)
        x = word.centre[0]
        with Image.open(shot) as image:
            gray = image.convert("L")
            for y in range(word.top + word.height, gray.height):
                if gray.getpixel((x, y)) < 120:  # type: ignore[operator]
                    self.click(x, y + 12)
                    return
        raise AssertionError(f"no dark button under {word.text!r}")

    def click_text(self, word: str, timeout: float = 20) -> None:
        """Touch the first word on the screen that contains this text (as a person aims)."""
        found = wait_for(lambda: self.find(word), lambda hit: hit is not None, timeout)
        if found is None:
            raise AssertionError(f"no {word!r} on the screen to touch")
        self.click(*found.centre)


def _ocr_words(shot: Path) -> list[Word]:
    tsv = subprocess.run(["tesseract", str(shot), "stdout", "tsv"], capture_output=True,
                         text=True, timeout=60, check=False).stdout
    found = []
    for line in tsv.splitlines()[1:]:
        cells = line.split("\t")
        if len(cells) == 12 and cells[11].strip():
            left, top, width, height = (int(cell) for cell in cells[6:10])
            found.append(Word(cells[11].strip(), left, top, width, height))
    return found


def wait_for(read: Callable[[], T], good: Callable[[T], bool], timeout: float) -> T:
    """Read until good or the timeout (what the eye does); returns the last value read."""
    deadline = time.monotonic() + timeout
    value = read()
    while not good(value) and time.monotonic() < deadline:
        time.sleep(0.3)
        value = read()
    return value


def black_share(path: Path, box: tuple[int, int, int, int]) -> float:
    """The share of pure black pixels inside a box of a screenshot (0 to 1)."""
    with Image.open(path) as image:
        histogram = image.convert("L").crop(box).histogram()
    return sum(histogram[:9]) / max(sum(histogram), 1)


@contextmanager
def xvfb(width: int, height: int, shots: Path) -> Iterator[Screen]:
    """A bare X server (no window manager) at this size, on a display number it picks itself."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        shots.mkdir(parents=True, exist_ok=True)
        yield Screen(f":{number}", width, height, shots)
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@dataclass
class WaylandScreen:
    """A cage kiosk compositor, headless: its environment for clients and its screenshots."""

    runtime_dir: Path
    shots: Path
    as_user: list[str]

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
        env.update(XDG_RUNTIME_DIR=str(self.runtime_dir), WAYLAND_DISPLAY="wayland-0",
                   QT_QPA_PLATFORM="wayland")
        return env

    def screenshot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        subprocess.run(["grim", str(path)], env=self.env(), check=True, timeout=30,
                       capture_output=True)
        return path

    def text(self, name: str = "screen") -> str:
        shot = self.screenshot(name)
        return subprocess.run(["tesseract", str(shot), "stdout"], capture_output=True,
                              text=True, timeout=60, check=False).stdout


@contextmanager
def cage_service(command: list[str], env: dict[str, str], folder: Path) -> Iterator[WaylandScreen]:
    """A service's command line (one that starts cage itself, as the kiosk unit's does) run the way
    systemd runs it: a clean environment plus `env`, as an ordinary user (nobody when root), in
    cage's headless mode; stopped at the end by SIGTERM to all its processes."""
    runtime = Path(tempfile.mkdtemp(prefix="kiosk-cage-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        os.chown(runtime, _uid("nobody"), -1)
        as_user = [shutil.which("runuser") or "/usr/sbin/runuser", "-u", "nobody", "--"]
    clean = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(runtime),
             "XDG_RUNTIME_DIR": str(runtime), "WLR_BACKENDS": "headless",
             "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1", **env}
    folder.mkdir(parents=True, exist_ok=True)
    log = (folder / "service.log").open("wb")
    service = subprocess.Popen([*as_user, "/usr/bin/env", "-i",
                                *(f"{k}={v}" for k, v in clean.items()), *command],
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        socket = runtime / "wayland-0"
        wait_for(lambda: socket.exists() or service.poll() is not None, bool, 20)
        if not socket.exists():
            raise RuntimeError(f"cage did not start: {(folder / 'service.log').read_text()}")
        shots = folder / "shots"
        shots.mkdir()
        yield WaylandScreen(runtime, shots, as_user)
    finally:
        _stop_group(service)
        log.close()
        shutil.rmtree(runtime, ignore_errors=True)


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to every process of the group (systemd's stop), SIGKILL after 15 s."""
    import signal

    for sig, wait_s in ((signal.SIGTERM, 15), (signal.SIGKILL, 10)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(wait_s)
            break
        except subprocess.TimeoutExpired:
            continue
    with suppress(ProcessLookupError):  # anything of the group that outlived the first process
        os.killpg(process.pid, signal.SIGKILL)


def _uid(user: str) -> int:
    import pwd

    return pwd.getpwnam(user).pw_uid

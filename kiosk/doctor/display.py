"""Whether Qt can open a window here: runs `python -m ui.display_check` (kiosk/ has no Qt)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kiosk.doctor.result import CheckResult, fail, ok, warn

NAME = "display"
TIMEOUT_S = 10.0
PROJECT_ROOT = Path(__file__).resolve().parents[2]  # where the ui package is
SERVICE_HINT = ("The installed service gives the kiosk its own screen: loyalty-kiosk.service runs "
                "it inside cage (a kiosk compositor) on the PC's monitor; start it with "
                "`systemctl start loyalty-kiosk`. To check from a desktop session, run doctor "
                "there (DISPLAY or WAYLAND_DISPLAY set).")
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def display_names() -> str:
    """The display variables that are set, e.g. 'DISPLAY=:0'."""
    names = ("WAYLAND_DISPLAY", "DISPLAY", "QT_QPA_PLATFORM")
    return ", ".join(f"{name}={os.environ[name]}" for name in names if os.environ.get(name))


def running_wayland_sockets() -> list[str]:
    """The Wayland compositor sockets of this user (XDG_RUNTIME_DIR, else /run/user/UID), e.g.
    cage's wayland-0 while the kiosk service runs."""
    folder = Path(os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}")
    try:
        entries = sorted(folder.glob("wayland-*"))
    except OSError:
        return []
    return [str(path) for path in entries if path.is_socket()]


def run_display_check(timeout_s: float = TIMEOUT_S) -> tuple[int | None, str, str]:
    """Run the Qt window check as a child process: (exit code or None on timeout, out, err)."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ui.display_check"], cwd=PROJECT_ROOT,
            capture_output=True, text=True, timeout=timeout_s, stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return None, "", ""
    return done.returncode, done.stdout, done.stderr


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    useful = [line for line in lines if "could not" in line.lower() or "failed" in line.lower()]
    return (useful or lines or [""])[0]


def check_display() -> CheckResult:
    """Qt opens a window on WAYLAND_DISPLAY / DISPLAY / QT_QPA_PLATFORM, or says why not."""
    variables = display_names()
    if not variables:
        running = running_wayland_sockets()
        if running:
            return warn(NAME, "This session has no display (no DISPLAY, WAYLAND_DISPLAY or "
                              f"QT_QPA_PLATFORM), but this user's compositor runs ({running[0]}): "
                              "probably the kiosk's own screen under cage. Not opened from here, "
                              "so no test window shows in front of customers.",
                        "Look at the kiosk's screen, or `systemctl status loyalty-kiosk`.")
        return fail(NAME, "The kiosk needs a display, and this session has none (no DISPLAY, "
                          "WAYLAND_DISPLAY or QT_QPA_PLATFORM).", SERVICE_HINT)
    code, out, err = run_display_check()
    if code is None:
        return fail(NAME, f"Qt did not open a window within {TIMEOUT_S:g} s ({variables}).",
                    "Check that the display server is running and answering.")
    if code != 0:
        reason = _last_line(err) or f"exit status {code}"
        return fail(NAME, f"Qt cannot open a window ({variables}): {reason}",
                    "Check that the display is running and that this user may use it; "
                    + SERVICE_HINT)
    report = json.loads(out.strip().splitlines()[-1])
    platform = str(report.get("platform", ""))
    size = f"{report.get('width')}x{report.get('height')}"
    if platform in HEADLESS_PLATFORMS:
        return warn(NAME, f"Qt runs on the '{platform}' platform: windows are drawn nowhere "
                          f"({size}), so nobody sees the kiosk.",
                    "Unset QT_QPA_PLATFORM for the kiosk; it is meant for tests only.")
    if not report.get("exposed"):
        return warn(NAME, f"Qt opened a window on '{platform}' ({size}), but it was not shown "
                          "within 3 s.", "Check the compositor or window manager.")
    return ok(NAME, f"Qt opens a window on '{platform}': the screen is {size}.")

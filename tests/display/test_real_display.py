"""The real program on a bare X server and under cage, driven the way a shop drives it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from PIL import Image

from tests.deploy.session import python_for, require_reachable, unprivileged
from tests.deploy.units import CAGE_UNIT, ROOT, environment, exec_start
from tests.display.conftest import TITLE, RunningKiosk, kiosk_on
from tests.display.screen import Screen, WaylandScreen, black_share, cage_service, wait_for

pytestmark = [pytest.mark.display, pytest.mark.e2e]

ALEX = "2900000000018"
STAFF_CARD = "STAFF-0001"  # capitals and a dash: a wedge scanner sends Shift for each capital
NOT_OURS = "not one of our cards"
CONTROLS = ("High contrast", "Larger text", "Staff card")  # the start screen's lowest controls
PRINTER_CHECK_S = 30  # the kiosk asks the printer for its status at start and every 30 s


def _edges_black(shot: Path, width: int, height: int) -> tuple[float, float]:
    """How much of the right and the bottom band of the screen is bare black (no window)."""
    band = max(width, height) // 20
    right = black_share(shot, (width - band, 0, width, height))
    bottom = black_share(shot, (0, height - band, width, height))
    return right, bottom


@pytest.mark.parametrize("screen", [(1024, 768), (1920, 1080)], indirect=True,
                         ids=["1024x768", "1920x1080"])
def test_the_window_fills_a_bare_x_screen(screen: Screen, kiosk: RunningKiosk) -> None:
    time.sleep(1)  # a window that resizes itself after showing has done so by now
    assert screen.window_ids(TITLE) == [kiosk.window]
    assert screen.geometry(kiosk.window) == (0, 0, screen.width, screen.height)
    shot = screen.screenshot("start")
    right, bottom = _edges_black(shot, screen.width, screen.height)
    assert right < 0.2 and bottom < 0.2, f"black band at the right {right:.0%}, bottom {bottom:.0%}"
    text = screen.text("start")
    for label in CONTROLS:
        assert label in text, f"{label!r} is cut off or missing: {text!r}"


def test_a_wedge_scan_of_a_staff_card_opens_the_staff_login(
    screen: Screen, kiosk: RunningKiosk
) -> None:
    screen.scan(STAFF_CARD)
    text = screen.wait_for_text("staff PIN", timeout=20, name="after-staff-card")
    assert "Maria Manager" in text and "staff PIN" in text, text
    assert NOT_OURS not in text


def test_a_wedge_scanned_member_card_shows_the_member_then_the_start_again(
    screen: Screen, tmp_path: Path
) -> None:
    idle_s = 12
    with kiosk_on(screen, tmp_path / "kiosk", idle_timeout_s=idle_s) as kiosk:
        assert "Scan your card" in screen.wait_for_text("Scan your card", timeout=60)
        # scan so that the printer check falls inside the idle wait: it must not count as a touch
        time.sleep(max(0.0, kiosk.shown_at + PRINTER_CHECK_S - idle_s / 2 - time.monotonic()))
        text = _scan_until(screen, ALEX, "Hello, Alex")
        assert "Hello, Alex" in text, text
        shown = time.monotonic()
        text = wait_for(lambda: screen.text("after-idle"),
                        lambda now: "Scan your card" in now, idle_s + 20)
        waited = time.monotonic() - shown
        assert "Scan your card" in text and "Hello, Alex" not in text, f"still showing: {text!r}"
        assert waited < idle_s + 5, f"the start screen came back after {waited:.0f} s, not {idle_s}"


def _scan_until(screen: Screen, code: str, wanted: str) -> str:
    """Scan, and scan once more if the screen does not react (as a cashier would)."""
    screen.scan(code)
    text = screen.wait_for_text(wanted, timeout=8, name="scanned")
    if wanted not in text:
        print(f"no reaction to the wedge scan of {code}: scanning again")
        screen.scan(code)
        text = screen.wait_for_text(wanted, timeout=12, name="scanned-again")
    return text


def _log_in_as_manager(screen: Screen) -> None:
    screen.click_text("taff")  # the "Staff card" demo card: a simulated serial scan of STAFF-0001
    screen.wait_for_text("staff PIN", timeout=20)
    screen.type_slowly("2468")
    screen.key("Return")
    text = wait_for(lambda: screen.text("after-pin"), lambda now: "staff PIN" not in now, 3)
    if "staff PIN" in text:  # Enter did not log in: touch "Log in" under the keypad's "0"
        zero = next(word for word in screen.words("pin") if word.text == "0")
        screen.click_dark_below(zero)
    text = screen.wait_for_text("Staff:", timeout=15, name="staff")
    assert "Maria Manager" in text, f"no staff menu after the PIN: {text!r}"


def test_a_receipt_typed_fast_into_the_receipt_field_stays_there(
    screen: Screen, kiosk: RunningKiosk
) -> None:
    _log_in_as_manager(screen)
    if "number from the till" not in screen.text("menu"):
        screen.click_text("Purchase")
    screen.wait_for_text("number from the till", timeout=10)
    text = _scan_until(screen, ALEX, ALEX[-8:])  # the customer's card, on the wedge scanner
    assert ALEX[-8:] in text, f"the card did not fill the Customer field: {text!r}"
    screen.click_text("till")  # the Receipt field, "Receipt number from the till"
    screen.scan("R-7731")  # a receipt barcode on the same wedge scanner
    time.sleep(1.5)
    text = screen.text("receipt")
    assert "R-7731" in text.replace(" ", ""), f"the receipt number is not in its field: {text!r}"
    assert ALEX[-8:] in text, f"the customer was replaced: {text!r}"
    assert NOT_OURS not in text


@pytest.mark.cage
def test_the_service_fills_a_portrait_screen_under_cage(tmp_path: Path) -> None:
    """The kiosk unit's own command line (kiosk-session, cage, Xwayland, the kiosk) as an ordinary
    user in cage's headless mode, its Environment= as the unit sets it. The output is turned to
    portrait (KIOSK_CAGE_ARGS=-r, as a portrait-mounted screen is set up): cage 0.1.4 counts a
    view's surfaces wrongly and so always tries to hand the kiosk's buffer straight to the output;
    on the headless pixman output that fails ("Basic output test failed for HEADLESS-1") or
    leaves a buffer screencopy cannot read, and grim sees a black or stale screen. A turned
    output never takes that path: cage composites every frame and grim sees them. As under
    systemd, the screenshots start once the kiosk's READY=1 (its first paint) has arrived."""
    require_reachable(ROOT / "main.py")
    shared = Path(tempfile.mkdtemp(prefix="kiosk-cage-test-"))  # the user must reach it
    try:
        _, uid = unprivileged()
        shared.chmod(0o755)
        data = shared / "data"
        data.mkdir()
        os.chown(data, uid, -1)
        config = shared / "kiosk.toml"
        config.write_text("[ui]\nsounds = false\n", encoding="utf-8")
        command = exec_start(CAGE_UNIT, ROOT, python_for(uid, shared))
        env = dict(environment(CAGE_UNIT), KIOSK_CONFIG=str(config), KIOSK_DATA_DIR=str(data),
                   KIOSK_CAGE_ARGS="-r")
        notify = _notify_socket(shared / "notify")
        env["NOTIFY_SOCKET"] = str(shared / "notify")
        with notify, cage_service(command, env, tmp_path / "cage") as wayland:
            ready = _wait_for_ready(notify, 90)  # TimeoutStartSec: systemd's wait for READY=1
            assert ready, "no READY=1 reached the unit's notify socket through cage"
            text = wait_for(lambda: _grim_text(wayland, "start"),
                            lambda now: "Scan your card" in now, 30)
            assert "Scan your card" in text, (
                text + (tmp_path / "cage" / "service.log").read_text(errors="replace"))
            time.sleep(1)
            shot = wayland.screenshot("settled")
            with Image.open(shot) as image:
                width, height = image.size
            assert (width, height) == (720, 1280), "the output is not the turned headless one"
            right, bottom = _edges_black(shot, width, height)
            assert right < 0.2 and bottom < 0.2, (
                f"black band at the right {right:.0%}, bottom {bottom:.0%}")
            text = _grim_text(wayland, "settled")
            for label in CONTROLS:
                assert label in text, f"{label!r} is cut off or missing: {text!r}"
    finally:
        shutil.rmtree(shared, ignore_errors=True)


def _notify_socket(path: Path) -> socket.socket:
    """A notify socket as systemd opens one for a Type=notify unit, writable by the kiosk's user."""
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(path))
    path.chmod(0o777)
    return listener


def _wait_for_ready(listener: socket.socket, timeout: float) -> bool:
    """Whether a READY=1 message arrived before the timeout (other messages are read past)."""
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        listener.settimeout(left)
        try:
            message = listener.recv(4096).decode(errors="replace")
        except TimeoutError:
            return False
        if "READY=1" in message.splitlines():
            return True
    return False


def _grim_text(wayland: WaylandScreen, name: str) -> str:
    """What the screen reads; empty while cage has no frame for grim yet (it is retried)."""
    try:
        return wayland.text(name)
    except subprocess.CalledProcessError:
        return ""

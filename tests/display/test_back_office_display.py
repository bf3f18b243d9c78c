"""`python main.py back-office` on a bare X screen: a window smaller than the screen with the
login, and a staff member who types name and PIN reaches the staff pages."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.display.screen import Screen, wait_for

pytestmark = [pytest.mark.display, pytest.mark.e2e]
ROOT = Path(__file__).resolve().parents[2]
TITLE = "Loyalty back office — Corner Market"


@pytest.mark.parametrize("screen", [(1024, 768)], indirect=True)
def test_the_back_office_shows_its_login_and_lets_a_manager_in(
    screen: Screen, tmp_path: Path
) -> None:
    env = {k: v for k, v in screen.env().items() if not k.startswith("KIOSK_")}
    env.update(KIOSK_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8",
               KIOSK_DB_URL=f"sqlite:///{tmp_path / 'kiosk.db'}", QT_QPA_PLATFORM="xcb")
    added = subprocess.run([sys.executable, str(ROOT / "main.py"), "staff", "add", "Maria Manager",
                            "--role", "manager", "--pin", "2468"],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert added.returncode == 0, added.stderr
    log = tmp_path / "back-office.log"
    with log.open("wb") as output:
        process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "back-office"],
                                   cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
    try:
        windows = wait_for(lambda: screen.window_ids(TITLE) if process.poll() is None else ["x"],
                           bool, 60)
        assert process.poll() is None and windows, log.read_text()
        _, _, width, height = screen.geometry(windows[0])
        assert width < screen.width and height < screen.height  # a window, not the screen
        text = screen.wait_for_text("Loyalty back office", "Log in", timeout=30, name="login")
        assert "Scan your card" not in text  # no customer screen
        screen.focus(windows[0])
        screen.type_slowly("Maria Manager")
        screen.key("Return")
        screen.type_slowly("2468")
        screen.key("Return")
        text = screen.wait_for_text("Terminals", timeout=30, name="staff")
        assert "Terminals" in text, f"{text!r}\n{log.read_text()}"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    assert code == 0, log.read_text()
    assert "Staff 1 (manager) logged in" in log.read_text()

"""`doctor` on a real X server: the display check opens a window there and reports its size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.display.screen import Screen

pytestmark = [pytest.mark.display, pytest.mark.e2e]
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("screen", [(1024, 768)], indirect=True)
def test_doctor_opens_a_window_on_a_bare_x_screen(screen: Screen, tmp_path: Path) -> None:
    env = {k: v for k, v in screen.env().items() if not k.startswith("KIOSK_")}
    env["KIOSK_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "doctor", "--json"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60)
    assert "Traceback" not in done.stderr
    display = next(c for c in json.loads(done.stdout)["checks"] if c["name"] == "display")
    assert display["status"] == "ok", display
    assert "'xcb'" in display["message"] and "1024x768" in display["message"]


def test_doctor_names_a_display_that_is_not_there(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("KIOSK_") and k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=":97", KIOSK_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "doctor", "--json"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    display = next(c for c in json.loads(done.stdout)["checks"] if c["name"] == "display")
    assert display["status"] == "fail"
    assert "DISPLAY=:97" in display["message"] and "could not connect" in display["message"]

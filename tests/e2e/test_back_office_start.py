"""`back-office` on a machine without a desktop says so plainly (exit status 2), Qt never aborts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


def test_back_office_without_a_display_explains_itself(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("KIOSK_") and k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                        "QT_QPA_PLATFORM")}
    env.update(KIOSK_DATA_DIR=str(tmp_path / "data"), KIOSK_DB_URL=f"sqlite:///{tmp_path / 'k.db'}")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "back-office"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "error: The back office opens a window: run it on a desktop" in done.stderr
    assert "Traceback" not in done.stderr and "Aborted" not in done.stderr

"""The installed kiosk's first start on a bare X screen: the set-up screens fill it, a person
walks them with touches and a keyboard, and the kiosk itself then starts with the file written."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.config import load_config
from tests.display.screen import Screen, wait_for

pytestmark = pytest.mark.display

ROOT = Path(__file__).resolve().parents[2]


def test_first_start_walks_the_set_up_and_then_runs_the_kiosk(
    screen: Screen, tmp_path: Path
) -> None:
    target = tmp_path / "etc" / "kiosk.toml"
    env = {k: v for k, v in screen.env().items() if not k.startswith("KIOSK_")}
    env.update(QT_QPA_PLATFORM="xcb", KIOSK_CONFIG=str(target), PYTHONIOENCODING="utf-8",
               KIOSK_DATA_DIR=str(tmp_path / "data"),
               KIOSK_DB_URL=f"sqlite:///{tmp_path / 'kiosk.db'}")
    log = tmp_path / "kiosk.log"
    with log.open("wb") as output:
        process = subprocess.Popen([sys.executable, str(ROOT / "main.py")], cwd=ROOT, env=env,
                                   stdout=output, stderr=subprocess.STDOUT)
    try:
        screen.wait_for_text("Welcome", timeout=60)
        shot = screen.screenshot("language")
        from PIL import Image

        with Image.open(shot) as image:  # the set-up fills the bare screen, no window manager
            assert image.size == (screen.width, screen.height)
        screen.click_text("English")
        screen.wait_for_text("name")
        screen.type_slowly("Corner Shop")
        screen.key("Return")
        screen.wait_for_text("country")
        for _ in range(4):  # country, currency and time zone, printer, scanner: as suggested
            time.sleep(0.8)
            screen.click(screen.width - 190, screen.height - 60)  # the Next button's place
        screen.wait_for_text("first manager")
        screen.type_slowly("Ayse")
        screen.key("Return")
        screen.wait_for_text("PIN")
        for _ in range(2):
            screen.type_slowly("2468")
            screen.key("Return")
            time.sleep(0.5)
        screen.wait_for_text("rewards yet")
        screen.click_text("yet")  # the empty shop's tile ("empty" is in the explanation too)
        assert "Ready" in screen.wait_for_text("Ready")
        screen.click(screen.width - 190, screen.height - 60)  # Save and start
        wait_for(target.exists, bool, 30)
        text = screen.wait_for_text("Scan your card", timeout=60)
        assert "Scan your card" in text and "Ready" not in text, text  # the kiosk's own screen
        assert process.poll() is None, log.read_text(errors="replace")
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    config = load_config(target)
    assert (config.store.name, config.printer.kind, config.ui.demo) == ("Corner Shop", "none",
                                                                         False)
    assert process.returncode == 0, log.read_text(errors="replace")

"""Renders every first-run set-up step in English, Turkish and Russian, at 1024x768 and
1920x1080, to docs/screenshots/setup_*.png.

Run under Xvfb for a real window (`xvfb-run -a .venv/bin/python docs/render_setup_screens.py`);
without a display it falls back to Qt's offscreen platform. A pretend network printer answers
the test page; nothing is written outside a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication  # noqa: E402

from hardware.printer_sim import PrinterSimulator  # noqa: E402
from main import HardwareDevices  # noqa: E402
from ui.setup.run import build_setup  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZES = {"": (1024, 768), "_1920": (1920, 1080)}


def settle(worker: object, seconds: float = 0.3) -> None:
    """Let Qt run for a moment and until the worker is idle."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline or worker.busy:  # type: ignore[attr-defined]
        QApplication.processEvents()
        time.sleep(0.01)


def tour(language: str, suffix: str, size: tuple[int, int], folder: Path,
         printer: PrinterSimulator) -> None:
    """Walk the steps as a person would, saving each step's picture."""
    database = folder / f"{language}{suffix}.db"
    target = Path("/etc/loyalty-kiosk/kiosk.toml")  # shown on the last step, never written
    args = argparse.Namespace(windowed=True, db=f"sqlite:///{database}", config=str(target),
                              printer=None, scanner=[])
    _app, window, worker, switcher, screen = build_setup(args, HardwareDevices(), target)
    window.set_design_size(*size)
    window.start()

    def snap(step: str) -> None:
        settle(worker)
        path = OUT / f"setup_{step}_{language}{suffix}.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT))

    try:
        snap("1_language")
        screen.language_choices.buttons[language].click()
        screen.shop_field.setText({"en": "Corner Market", "tr": "Köşe Bakkal",
                                   "ru": "Магазин у дома"}[language])
        snap("2_shop")
        screen.next_step()
        screen.country_choices.buttons[{"en": "GB", "tr": "TR", "ru": "RU"}[language]].click()
        snap("3_country")
        screen.next_step()
        snap("4_details")
        screen.next_step()
        settle(worker)
        screen.address_field.setText(f"127.0.0.1:{printer.port}")
        screen.find_printers()
        settle(worker)
        screen.printer_choices.buttons[f"tcp://127.0.0.1:{printer.port}"].click()
        screen.print_test()
        settle(worker, 0.5)
        snap("5_printer")
        screen.came_out.click()
        screen.next_step()
        settle(worker)
        screen.scanner_choices.buttons["keyboard"].click()
        screen.start_test_scan()
        screen.scan_field.setText("2900000000018")
        screen.scan_field.returnPressed.emit()
        snap("6_scanner")
        screen.next_step()
        screen.manager_field.setText({"en": "Maria Manager", "tr": "Ayşe Yılmaz",
                                      "ru": "Мария Иванова"}[language])
        snap("7_manager")
        screen.next_step()
        screen.pin_field.setText("2468")
        snap("8_pin")
        screen.next_step()
        screen.pin_field.setText("2468")
        screen.next_step()
        snap("9_kind")
        screen.kind_choices.buttons["empty"].click()
        snap("10_finish")
    finally:
        screen.leave()
        worker.stop()
        switcher.remove()
        window.allow_close = True
        window.close()
        window.deleteLater()
        settle(worker, 0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--languages", default="en,tr,ru")
    options = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-setup-screens-") as folder, \
            PrinterSimulator() as printer:
        os.environ["KIOSK_DATA_DIR"] = str(Path(folder) / "data")
        for suffix, size in SIZES.items():
            for language in options.languages.split(","):
                tour(language, suffix, size, Path(folder), printer)
    return 0


if __name__ == "__main__":
    sys.exit(main())

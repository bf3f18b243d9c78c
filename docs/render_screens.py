"""Renders every kiosk screen in each language, and in high contrast, to docs/screenshots/*.png.

Run under Xvfb for a real window (`xvfb-run -a python docs/render_screens.py`); without a
display it falls back to Qt's offscreen platform. The demo shop lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtWidgets import QApplication  # noqa: E402

from db.database import close_database, open_database  # noqa: E402
from db.migrations import migrate  # noqa: E402
from db.models import Card  # noqa: E402
from hardware.printer_factory import printer_from_config  # noqa: E402
from hardware.printer_sim import PrinterSimulator  # noqa: E402
from kiosk.clock import FixedClock, SystemClock  # noqa: E402
from kiosk.config import Config, PrinterConfig  # noqa: E402
from kiosk.context import Context  # noqa: E402
from kiosk.demo import ensure_demo_data  # noqa: E402
from kiosk.services.points import adjust  # noqa: E402
from main import _png_renderer  # noqa: E402
from ui.app import Kiosk, build_kiosk  # noqa: E402
from ui.customer.demo import demo_cards  # noqa: E402
from ui.devices import KioskDevices  # noqa: E402
from ui.screens.phone import TAP_GUARD_MS  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
ALEX = "2900000000018"
ALEX_PHONE = "07700900001"
NEW_CARDS = iter(range(7000, 8000))


def new_card(prefix: str) -> str:
    """A card number nobody has yet (each tour enrols one)."""
    from kiosk.cards import ean_check_digit

    body = (prefix + "0000000000")[:8] + str(next(NEW_CARDS)).zfill(4)
    return body + ean_check_digit(body)
SECRET = b"screenshots-only-secret-32-bytes"


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Let Qt run until condition() holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(kiosk: Kiosk, seconds: float = 0.25) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline or kiosk.worker.busy:
        QApplication.processEvents()
        time.sleep(0.01)


def snap(kiosk: Kiosk, name: str) -> Path:
    settle(kiosk)
    path = OUT / f"{name}.png"
    kiosk.window.grab().save(str(path))
    print(path.relative_to(ROOT))
    return path


def on(kiosk: Kiosk, screen: str) -> None:
    wait_until(lambda: kiosk.window.current().objectName() == screen)


def tour(kiosk: Kiosk, printer: PrinterSimulator, suffix: str, language: str) -> None:
    """Walk the journey and keep a picture of each screen."""
    journey, window = kiosk.journey, kiosk.window
    journey.finish()
    member_id = Card.get(Card.number == ALEX).member_id
    adjust(journey.ctx.as_staff("docs", "owner"), member_id, 2000, "points for the screenshots")
    if language != "en":
        journey.choose_language(language)
    snap(kiosk, f"attract{suffix}")
    journey.customer.identify.open_phone_screen()
    settle(kiosk, TAP_GUARD_MS / 1000)
    for digit in ALEX_PHONE:
        window.phone.keypad.digit.emit(digit)
    snap(kiosk, f"phone{suffix}")
    if "high_contrast" in suffix:  # a finger on a key and on the primary button
        pressed = (window.phone.keypad.digit_keys["5"], window.phone.keypad.accept_key)
        for key in pressed:
            key.setDown(True)
        snap(kiosk, f"phone_pressed{suffix}")
        for key in pressed:
            key.setDown(False)
    window.phone.accept()
    on(kiosk, "member")
    snap(kiosk, f"member_by_phone{suffix}")
    journey.reset()
    if language != "en":
        journey.choose_language(language)
    journey.scanned(ALEX)
    on(kiosk, "member")
    snap(kiosk, f"member{suffix}")
    tile = next(tile for tile in window.member.tiles if tile.isEnabled())
    tile.click()
    on(kiosk, "confirm")
    snap(kiosk, f"confirm{suffix}")
    printer.set_mode("hang")
    window.confirm.yes.click()
    on(kiosk, "printing")
    window.printing.set_step("printing")
    snap(kiosk, f"printing{suffix}", )
    wait_until(lambda: window.current().objectName() == "result", timeout=30)
    snap(kiosk, f"printer_failed{suffix}")
    printer.set_mode("ok")
    window.result.more.emit()
    on(kiosk, "member")
    settle(kiosk)
    next(tile for tile in window.member.tiles if tile.isEnabled()).click()
    on(kiosk, "confirm")
    window.confirm.yes.click()
    on(kiosk, "result")
    snap(kiosk, f"take_voucher{suffix}")
    window.result.more.emit()
    on(kiosk, "member")
    settle(kiosk)
    window.member.donate_button.click()
    on(kiosk, "donate")
    window.donate.tiles[0].click()
    window.donate.amount_buttons[1][0].click()
    snap(kiosk, f"donate{suffix}")
    journey.finish()
    if language != "en":
        journey.choose_language(language)
    unknown = new_card(journey.ctx.config.store.card_prefix)
    journey.scanned(unknown)
    wait_until(lambda: bool(window.message.buttons))
    snap(kiosk, f"new_card{suffix}")
    window.message.buttons[0].click()
    on(kiosk, "enrol")
    enrol = window.enrol
    for char in "Ayla K":
        enrol.name_edit.insert(char)
    enrol.keyboard.set_target(enrol.name_edit)
    snap(kiosk, f"enrol{suffix}")
    enrol.next_step()
    for digit in "07700912345":
        enrol.type_digit(digit)
    snap(kiosk, f"enrol_phone{suffix}")
    enrol.skip()
    for digit in "31021990":
        enrol.type_digit(digit)
    snap(kiosk, f"enrol_birthday{suffix}")
    enrol.skip()
    snap(kiosk, f"enrol_consent{suffix}")
    enrol.show_terms()
    snap(kiosk, f"enrol_terms{suffix}")
    enrol.close_terms()
    enrol.terms_box.setChecked(True)
    enrol.join_button.click()
    wait_until(lambda: enrol.step == "welcome")
    snap(kiosk, f"welcome{suffix}")
    journey.finish()
    if language != "en":
        journey.choose_language(language)
    misread = next(code for caption, code in demo_cards(journey.ctx) if caption == "@misread")
    journey.scanned(misread)
    wait_until(lambda: bool(window.message.buttons))
    snap(kiosk, f"misread{suffix}")
    journey.finish()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--languages", default="en,tr,ru")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-screens-") as folder:
        clock = FixedClock(SystemClock().now().replace(hour=11, minute=30))
        open_database(f"sqlite:///{Path(folder) / 'kiosk.db'}")
        migrate(clock.now())
        printer = PrinterSimulator().start()
        printer_config = PrinterConfig(kind="network", port=printer.port, timeout_s=2)
        config = replace(Config(), printer=printer_config)
        ctx = Context(config, SECRET, clock)
        ensure_demo_data(ctx)
        devices = KioskDevices(
            printer=printer_from_config(printer_config),
            render_preview=_png_renderer(80),
            simulate_scan=lambda code: None,
        )
        kiosk = build_kiosk(ctx, devices, windowed=True, sounds=False)
        try:
            kiosk.window.start()
            kiosk.journey.start()
            for language in args.languages.split(","):
                tour(kiosk, printer, f"_{language}", language)
            kiosk.window.set_display(True, False)
            kiosk.window.options = replace(kiosk.window.options, high_contrast=True)
            tour(kiosk, printer, "_en_high_contrast", "en")
            kiosk.window.options = replace(kiosk.window.options, high_contrast=False,
                                           large_text=True)
            kiosk.window.set_display(False, True)
            tour(kiosk, printer, "_en_large_text", "en")
            kiosk.window.options = replace(kiosk.window.options, large_text=False)
            kiosk.window.set_display(False, False)
            kiosk.window.set_design_size(1920, 1080)
            settle(kiosk, 0.5)
            for language in args.languages.split(","):
                tour(kiosk, printer, f"_{language}_1920", language)
        finally:
            kiosk.shut_down()
            printer.stop()
            close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())

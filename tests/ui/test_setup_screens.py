"""The first-run set-up screens, walked by touch: every step, the test page on a real printer
simulator, a test scan from a real pty, the file written, the manager able to log in, and the
kiosk proper built from what was written."""

from __future__ import annotations

import argparse
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.database import close_database, database_proxy, open_database
from db.models import Card, Reward
from hardware.printer_sim import PrinterSimulator
from hardware.scanner_sim import ScannerSimulator
from kiosk.config import load_config
from kiosk.context import Context
from kiosk.services import staff
from main import HardwareDevices
from ui.setup.flow import STEPS, SetupScreen
from ui.setup.run import build_setup

pytestmark = pytest.mark.gui


class Setup:
    """The set-up window and its parts."""

    def __init__(self, parts: tuple[Any, ...], target: Path, db_url: str) -> None:
        self.app, self.window, self.worker, self.switcher, self.screen = parts
        self.target, self.db_url = target, db_url

    @property
    def screen_(self) -> SetupScreen:
        return self.screen  # type: ignore[no-any-return]


@pytest.fixture
def setup_window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                 request: pytest.FixtureRequest) -> Iterator[Setup]:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    target = tmp_path / "etc" / "kiosk.toml"
    db_url = f"sqlite:///{tmp_path / 'kiosk.db'}"
    args = argparse.Namespace(windowed=True, db=db_url, config=str(target), printer=None,
                              scanner=[])
    size = getattr(request, "param", (1024, 768))
    parts = build_setup(args, HardwareDevices(), target)
    setup = Setup(parts, target, db_url)
    setup.window.set_design_size(*size)
    setup.window.start()
    qtbot.addWidget(setup.window)
    qtbot.waitExposed(setup.window)
    problems: list[BaseException] = []
    setup.worker.unexpected_error.connect(problems.append)
    yield setup
    setup.screen.leave()
    setup.worker.stop()
    setup.switcher.remove()
    setup.window.allow_close = True
    close_database()
    assert problems == []


def click(qtbot: QtBot, widget: Any) -> None:
    assert widget.isVisible(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_keys(qtbot: QtBot, screen: SetupScreen, text: str) -> None:
    """Touch the on-screen keyboard's keys for text (letters and spaces)."""
    keys = {char.lower(): key for key, char in screen.keyboard.letter_keys}
    for char in text:
        click(qtbot, screen.keyboard.space_key if char == " " else keys[char.lower()])


def type_pin(qtbot: QtBot, screen: SetupScreen, pin: str) -> None:
    for digit in pin:
        click(qtbot, screen.keypad.digit_keys[digit])
    click(qtbot, screen.keypad.accept_key)


def wait_idle(qtbot: QtBot, setup: Setup) -> None:
    qtbot.waitUntil(lambda: not setup.worker.busy, timeout=15_000)


def test_every_step_by_touch_writes_the_file_and_creates_the_manager(
    qtbot: QtBot, setup_window: Setup, tmp_path: Path
) -> None:
    screen = setup_window.screen
    assert screen.step_name == "language"
    click(qtbot, screen.language_choices.buttons["tr"])
    assert setup_window.switcher.language == "tr" and screen.keyboard.language == "tr"
    assert screen.step_name == "shop"
    type_keys(qtbot, screen, "bakkal")
    assert screen.shop_field.text() == "Bakkal"
    click(qtbot, screen.next_button)
    assert screen.step_name == "country"
    assert screen.country_choices.buttons["TR"].text() == "Türkiye"
    click(qtbot, screen.country_choices.buttons["TR"])
    click(qtbot, screen.next_button)
    assert (screen.currency_field.text(), screen.zone_field.text()) == ("TRY", "Europe/Istanbul")
    screen.currency_field.setText("XX")
    click(qtbot, screen.next_button)
    assert screen.step_name == "details" and "GBP, TRY, RUB" in screen.status.text()
    screen.currency_field.setText("try")
    click(qtbot, screen.next_button)
    assert screen.step_name == "printer"
    with PrinterSimulator() as printer:
        wait_idle(qtbot, setup_window)
        screen.address_field.setText(f"127.0.0.1:{printer.port}")
        click(qtbot, screen.search_button)
        wait_idle(qtbot, setup_window)
        url = f"tcp://127.0.0.1:{printer.port}"
        assert {"simulated", "none", url} <= set(screen.printer_choices.buttons)
        click(qtbot, screen.printer_choices.buttons[url])
        click(qtbot, screen.test_page_button)
        wait_idle(qtbot, setup_window)
        assert b"Bakkal" in printer.wait_for_jobs(1)[0]
    click(qtbot, screen.came_out)
    assert screen.printed is True
    click(qtbot, screen.next_button)
    assert screen.step_name == "scanner"
    wait_idle(qtbot, setup_window)
    with ScannerSimulator() as scanner:
        screen._scanners_found([{"url": scanner.url, "label": "pty scanner"}])
        click(qtbot, screen.scanner_choices.buttons[scanner.url])
        click(qtbot, screen.scan_button)
        stop = threading.Event()
        sender = threading.Thread(target=lambda: [scanner.send("2900000000018")
                                                  for _ in iter(lambda: stop.wait(0.3), True)])
        sender.start()
        try:
            qtbot.waitUntil(lambda: screen.scanned == "2900000000018", timeout=15_000)
        finally:
            stop.set()
            sender.join()
    assert "2900000000018" in screen.scan_seen.text()
    click(qtbot, screen.next_button)
    assert screen.step_name == "manager"
    type_keys(qtbot, screen, "ayse")
    click(qtbot, screen.next_button)
    assert screen.step_name == "pin"
    type_pin(qtbot, screen, "2468")
    type_pin(qtbot, screen, "2469")  # not the same: asked again from the start
    assert screen.step_name == "pin" and not screen.pin_first
    type_pin(qtbot, screen, "2468")
    type_pin(qtbot, screen, "2468")
    assert screen.step_name == "kind"
    click(qtbot, screen.kind_choices.buttons["empty"])
    assert screen.step_name == "finish"
    assert str(setup_window.target) in screen.summary.text()
    with qtbot.waitSignal(screen.saved, timeout=20_000) as saved:
        click(qtbot, screen.next_button)
    assert saved.args == [setup_window.target]
    config = load_config(setup_window.target)
    assert (config.store.name, config.store.currency, config.store.time_zone,
            config.ui.language, config.ui.demo) == ("Bakkal", "TRY", "Europe/Istanbul", "tr",
                                                    False)
    assert [s.url for s in config.scanners] == [scanner.url]
    assert (config.printer.kind, config.printer.port) == ("network", printer.port)
    close_database()
    open_database(setup_window.db_url)
    database_proxy.connect(reuse_if_open=True)
    assert staff.log_in(Context(config, b""), "Ayse", "2468").role == "manager"
    assert not Card.select().exists() and not Reward.select().exists()


def test_the_kiosk_proper_builds_from_the_written_file(
    qtbot: QtBot, setup_window: Setup
) -> None:
    screen = setup_window.screen
    screen.language = "en"
    screen.shop_field.setText("Corner Shop")
    screen.printer_url, screen.scanner_url, screen.demo = "none", "keyboard", True
    screen.show_step(STEPS.index("finish"))
    with qtbot.waitSignal(screen.saved, timeout=20_000):
        click(qtbot, screen.next_button)
    from ui.app import build_kiosk
    from ui.devices import KioskDevices

    config = load_config(setup_window.target)
    kiosk = build_kiosk(Context(config, b"s" * 32), KioskDevices(printer=None), windowed=True,
                        sounds=False)
    try:
        kiosk.window.start()
        qtbot.addWidget(kiosk.window)
        assert kiosk.window.current() is kiosk.window.attract
        assert kiosk.window.options.shop_name == "Corner Shop"
    finally:
        kiosk.shut_down()


@pytest.mark.parametrize("setup_window", [(1024, 768), (1920, 1080)], indirect=True)
def test_every_step_fits_the_screen(qtbot: QtBot, setup_window: Setup) -> None:
    screen = setup_window.screen
    wanted = setup_window.window.design_size
    for index in range(len(STEPS)):
        screen.show_step(index)
        wait_idle(qtbot, setup_window)
        if STEPS[index] in ("country", "details", "printer"):
            screen.set_typing(True)  # the keyboard in the choices' place
        qtbot.wait(20)
        size = setup_window.window.size()
        assert (size.width(), size.height()) == (wanted.width(), wanted.height()), STEPS[index]
        for button in screen.findChildren(type(screen.next_button)):
            if button.isVisible():
                assert button.height() >= 44, (STEPS[index], button.text())


def test_the_keyboard_speaks_the_chosen_language_after_the_printers_code_keys(
    qtbot: QtBot, setup_window: Setup
) -> None:
    screen = setup_window.screen
    click(qtbot, screen.language_choices.buttons["ru"])
    assert screen.keyboard.language == "ru"
    screen.show_step(STEPS.index("printer"))
    assert screen.keyboard.language == "en"  # addresses are typed in Latin letters
    screen.show_step(STEPS.index("manager"))
    assert screen.keyboard.language == "ru"


def test_the_full_screen_set_up_ends_once_saved(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Full screen the window refuses to close; saving must still end the set-up's loop.
    Meanwhile systemd hears READY and watchdog pings (the unit's WatchdogSec)."""
    import signal
    import socket

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.setup.run import run_first_start

    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    target = tmp_path / "kiosk.toml"
    args = argparse.Namespace(windowed=False, db=f"sqlite:///{tmp_path / 'kiosk.db'}",
                              config=str(target), printer=None, scanner=[])
    forced: list[bool] = []

    def finish_the_steps() -> None:
        screen = next(w for w in QApplication.allWidgets() if isinstance(w, SetupScreen))
        screen.shop_field.setText("Shop")
        screen.manager_field.setText("Ann")
        screen.pin, screen.demo, screen.printer_url = "2468", False, "none"
        screen.show_step(STEPS.index("finish"))
        screen.next_step()

    def give_up() -> None:  # only if the set-up did not end by itself
        forced.append(True)
        for widget in QApplication.topLevelWidgets():
            widget.allow_close = True  # type: ignore[attr-defined]
        QApplication.quit()

    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(tmp_path / "notify"))
    listener.setblocking(False)
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "notify"))
    monkeypatch.setenv("WATCHDOG_USEC", "400000")
    QTimer.singleShot(1000, finish_the_steps)
    QTimer.singleShot(15_000, give_up)
    handlers = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    try:
        assert run_first_start(args, HardwareDevices(), target) is True
    finally:
        signal.signal(signal.SIGTERM, handlers[0])
        signal.signal(signal.SIGINT, handlers[1])
        close_database()
    heard = []
    while True:
        try:
            heard.append(listener.recv(200).decode())
        except BlockingIOError:
            break
    listener.close()
    assert "READY=1\nSTATUS=First-run set-up" in heard
    assert heard.count("WATCHDOG=1") >= 2
    assert not forced
    assert load_config(target).store.name == "Shop"


@pytest.mark.parametrize("language", ["en", "tr", "ru"])
def test_every_buttons_words_fit_it(qtbot: QtBot, setup_window: Setup, language: str) -> None:
    """At 1024x768 the longest labels ("Сохранить и запустить") are never cut off."""
    screen = setup_window.screen
    screen.choose_language(language)
    for index in range(len(STEPS)):
        screen.show_step(index)
        wait_idle(qtbot, setup_window)
        qtbot.wait(20)
        for button in screen.findChildren(type(screen.next_button)):
            if button.isVisible() and button.text():
                metrics = button.fontMetrics()
                words = max(metrics.horizontalAdvance(line) for line in button.text().split("\n"))
                assert button.contentsRect().width() >= words, (STEPS[index], button.text())

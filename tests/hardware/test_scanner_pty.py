"""A real SerialScanner on a real pty (and on loop://): codes, garbage, unplug, replug, stop."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import serial

from hardware.framing import INCOMPLETE, NON_PRINTABLE, NOT_TEXT, TOO_LONG
from hardware.scanner import SerialScanner
from hardware.scanner_sim import ScannerSimulator
from kiosk.config import ScannerConfig
from tests.hardware.scanner_events import Recorder

pytestmark = pytest.mark.integration

ScannerFactory = Callable[..., tuple[SerialScanner, Recorder]]


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[ScannerSimulator]:
    """A simulated scanner behind a symlink, as a USB scanner behind /dev/serial/by-id."""
    with ScannerSimulator(tmp_path / "scanner") as simulator:
        yield simulator


@pytest.fixture
def make_scanner() -> Iterator[ScannerFactory]:
    """Start SerialScanners; each is stopped afterwards and must leave no thread behind."""
    started: list[SerialScanner] = []

    def make(url: str, **settings: Any) -> tuple[SerialScanner, Recorder]:
        options = {key: settings.pop(key) for key in ("opener",) if key in settings}
        config = ScannerConfig(url=url, name=settings.pop("name", "front"), **settings)
        recorder = Recorder()
        scanner = SerialScanner(config, **recorder.callbacks(), **options)
        started.append(scanner)
        scanner.start()
        return scanner, recorder

    yield make
    for scanner in started:
        scanner.stop()
        assert scanner.thread is not None
        assert not scanner.thread.is_alive()


FRAMINGS = [
    ("auto", b"\r"),
    ("auto", b"\n"),
    ("auto", b"\r\n"),
    ("CR", b"\r"),
    ("LF", b"\n"),
    ("CRLF", b"\r\n"),
    ("TAB", b"\t"),
]


@pytest.mark.parametrize(("suffix", "ending"), FRAMINGS)
def test_codes_arrive_with_each_framing(
    sim: ScannerSimulator, make_scanner: ScannerFactory, suffix: str, ending: bytes
) -> None:
    scanner, events = make_scanner(sim.url, suffix=suffix)
    events.wait_state("connected")
    sim.send("2900000000018", ending)
    sim.send_raw(b"4006381333931" + ending + b"5012345678900" + ending)  # two in one write
    sim.send_raw(b"9780")
    sim.send_raw(b"201379624" + ending)  # one split over two writes
    assert events.data(4) == [
        ("code", "2900000000018"),
        ("code", "4006381333931"),
        ("code", "5012345678900"),
        ("code", "9780201379624"),
    ]
    event = events.seen[-1]
    assert event.scanner == "front"
    assert event.thread is scanner.thread  # callbacks run on the reader thread


def test_prefix_and_aim_id_are_stripped(
    sim: ScannerSimulator, make_scanner: ScannerFactory
) -> None:
    _, events = make_scanner(sim.url, prefix="\x02", strip_aim_id=True)
    events.wait_state("connected")
    sim.send(b"\x02]E05012345678900")
    sim.send(b"\x02]Q1VOUCHER-7F3K")
    assert events.data(2) == [("code", "5012345678900"), ("code", "VOUCHER-7F3K")]


def test_garbage_is_rejected_and_the_next_code_arrives(
    sim: ScannerSimulator, make_scanner: ScannerFactory
) -> None:
    _, events = make_scanner(sim.url)
    events.wait_state("connected")
    sim.send(b"\x00\x00\x01")
    sim.send(b"AB\xff\xfeCD")
    sim.send("GOOD-1")
    assert events.data(3) == [
        ("rejected", NON_PRINTABLE),
        ("rejected", NOT_TEXT),
        ("code", "GOOD-1"),
    ]
    assert events.seen[-3].sample == "\\x00\\x00\\x01"


def test_a_ten_kilobyte_line_is_rejected_once(
    sim: ScannerSimulator, make_scanner: ScannerFactory
) -> None:
    _, events = make_scanner(sim.url, max_length=128)
    events.wait_state("connected")
    sim.send("7" * 10_240, b"\r\n")
    sim.send("GOOD-2")
    assert events.data(2) == [("rejected", TOO_LONG), ("code", "GOOD-2")]


def test_a_double_scan_is_one_scan(sim: ScannerSimulator, make_scanner: ScannerFactory) -> None:
    _, events = make_scanner(sim.url, repeat_window_ms=60_000)
    events.wait_state("connected")
    sim.send("CARD-A")
    sim.send("CARD-A")
    sim.send("CARD-B")
    assert events.data(2) == [("code", "CARD-A"), ("code", "CARD-B")]


def test_unplug_reports_disconnected_with_a_reason(
    sim: ScannerSimulator, make_scanner: ScannerFactory
) -> None:
    scanner, events = make_scanner(sim.url)
    events.wait_state("connected")
    sim.unplug()
    state = events.wait_state("disconnected")
    assert state.reason.startswith("device disconnected")
    assert scanner.is_running()


def test_replug_at_the_same_path_reads_again_within_two_seconds(
    sim: ScannerSimulator, make_scanner: ScannerFactory
) -> None:
    attempts: list[float] = []
    backed_off = threading.Event()

    def opener(url: str, **options: Any) -> serial.SerialBase:
        attempts.append(time.monotonic())
        if len(attempts) >= 5:  # the first open, then failures until the backoff is at its cap
            backed_off.set()
        return serial.serial_for_url(url, **options)

    _, events = make_scanner(sim.url, opener=opener)
    events.wait_state("connected")
    sim.send("BEFORE")
    assert events.data(1) == [("code", "BEFORE")]
    sim.unplug()
    events.wait_state("disconnected")
    assert events.wait_state("disconnected").reason == f"no device at {sim.url}"
    assert backed_off.wait(5.0)

    began = time.monotonic()
    sim.replug()
    events.wait_state("connected")
    sim.send("AFTER")
    assert events.data(1) == [("code", "AFTER")]
    elapsed = time.monotonic() - began
    assert elapsed < 2.0, f"reading again took {elapsed:.2f} s after the device came back"


def test_a_device_that_is_missing_at_start_is_picked_up(
    tmp_path: Path, make_scanner: ScannerFactory
) -> None:
    with ScannerSimulator(tmp_path / "late", plugged=False) as sim:
        _, events = make_scanner(sim.url)
        assert events.wait_state("disconnected").reason == f"no device at {sim.url}"
        sim.replug()
        events.wait_state("connected")
        sim.send("LATE")
        assert events.data(1) == [("code", "LATE")]
        assert events.states()[:3] == ["connecting", "disconnected", "connected"]


def test_a_path_pointed_at_another_device_is_followed(
    sim: ScannerSimulator, make_scanner: ScannerFactory
) -> None:
    _, events = make_scanner(sim.url)
    events.wait_state("connected")
    assert sim.link is not None
    with ScannerSimulator(sim.link) as other:  # the link now leads elsewhere; sim stays open
        state = events.wait_state("disconnected")
        assert state.reason == f"device {sim.url} was replaced by another device"
        events.wait_state("connected")
        other.send("FROM-THE-NEW-ONE")
        assert events.data(1) == [("code", "FROM-THE-NEW-ONE")]


def test_stop_while_reading_is_quick_and_leaves_no_thread(
    sim: ScannerSimulator, make_scanner: ScannerFactory
) -> None:
    scanner, events = make_scanner(sim.url, name="till")
    events.wait_state("connected")
    sim.send("ONE")
    assert events.data(1) == [("code", "ONE")]
    sim.send_raw(b"half-a-co")  # a read is under way
    began = time.monotonic()
    scanner.stop()
    assert time.monotonic() - began < 1.5  # about the 1 s join limit; usually instant
    assert scanner.thread is not None
    assert not scanner.thread.is_alive()
    assert events.wait_state("stopped").reason == "stopped"
    assert all(e.reason != INCOMPLETE for e in events.seen)  # stopping is not a disconnection
    scanner.stop()  # a second stop is harmless


def test_a_raising_callback_does_not_stop_the_reader(
    sim: ScannerSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    events = Recorder()
    calls: list[str] = []

    def on_code(name: str, code: str) -> None:
        calls.append(code)
        if len(calls) == 1:
            raise RuntimeError("the screen fell over")
        events.on_code(name, code)

    scanner = SerialScanner(
        ScannerConfig(url=sim.url, name="front"),
        on_code=on_code,
        on_rejected=events.on_rejected,
        on_state=events.on_state,
    )
    scanner.start()
    try:
        events.wait_state("connected")
        sim.send("FIRST")
        sim.send("SECOND")
        assert events.data(1) == [("code", "SECOND")]
        assert calls == ["FIRST", "SECOND"]
        assert any("callback" in record.message for record in caplog.records)
    finally:
        scanner.stop()
    assert scanner.thread is not None and not scanner.thread.is_alive()


def test_loop_url_through_serial_for_url(make_scanner: ScannerFactory) -> None:
    ports: list[serial.SerialBase] = []

    def opener(url: str, **options: Any) -> serial.SerialBase:
        port = serial.serial_for_url(url, **options)
        ports.append(port)
        return port

    _, events = make_scanner("loop://", opener=opener, suffix="CRLF")
    events.wait_state("connected")
    ports[0].write(b"LOOPED\r\n")
    assert events.data(1) == [("code", "LOOPED")]


def test_line_settings_reach_the_port(sim: ScannerSimulator, make_scanner: ScannerFactory) -> None:
    opened: list[serial.SerialBase] = []

    def opener(url: str, **options: Any) -> serial.SerialBase:
        opened.append(serial.serial_for_url(url, **options))
        return opened[-1]

    _, events = make_scanner(
        sim.url, opener=opener, baudrate=19200, bytesize=7, parity="E", stopbits=Decimal(2)
    )
    events.wait_state("connected")
    port = opened[0]
    assert (port.baudrate, port.bytesize, port.parity, port.stopbits) == (19200, 7, "E", 2)


def test_the_simulator_command_for_the_demo(tmp_path: Path, make_scanner: ScannerFactory) -> None:
    link = tmp_path / "demo-scanner"
    command = [sys.executable, "-m", "hardware.scanner_sim", "--link", str(link)]
    root = Path(__file__).resolve().parents[2]
    with subprocess.Popen(
        command, cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as process:
        assert process.stdin is not None and process.stdout is not None
        try:
            assert process.stdout.readline().strip() == str(link)
            _, events = make_scanner(str(link))
            events.wait_state("connected")
            process.stdin.write("DEMO-1\n\nDEMO-2\n")
            process.stdin.flush()
            assert events.data(2) == [("code", "DEMO-1"), ("code", "DEMO-2")]
        finally:
            process.stdin.close()
            assert process.wait(timeout=10) == 0
    assert not link.exists()

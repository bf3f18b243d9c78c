"""SerialScanner on scripted ports: failures, backoff, states; also the pty simulator and ports."""

from __future__ import annotations

import errno
import itertools
import os
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import serial
from serial.tools.list_ports_common import ListPortInfo

from hardware import ports_list
from hardware.framing import INCOMPLETE
from hardware.scanner import STATES, ScannerState, SerialScanner, serial_options
from hardware.scanner_sim import ScannerSimulator
from kiosk.config import ScannerConfig
from tests.hardware.scanner_events import Recorder


class ScriptedPort:
    """A port whose reads return the scripted bytes (or raise the scripted error), then wait."""

    def __init__(self, *script: bytes | BaseException) -> None:
        self.script = list(script)
        self.in_waiting = 0
        self.closed = threading.Event()
        self._cancel = threading.Event()

    def read(self, size: int = 1) -> bytes:
        if self.script:
            item = self.script.pop(0)
            if isinstance(item, BaseException):
                raise item
            return item
        self._cancel.wait(0.05)
        return b""

    def cancel_read(self) -> None:
        self._cancel.set()

    def close(self) -> None:
        self.closed.set()

    def fileno(self) -> int:
        raise OSError("no descriptor")


class Opener:
    """Hands out prepared ports or errors, one per open; records when each open happened."""

    def __init__(self, *results: ScriptedPort | BaseException) -> None:
        self.results = list(results)
        self.times: list[float] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.seven_tries = threading.Event()

    def __call__(self, url: str, **options: Any) -> ScriptedPort:
        self.times.append(time.monotonic())
        self.calls.append((url, options))
        if len(self.times) >= 7:
            self.seven_tries.set()
        result = self.results.pop(0) if len(self.results) > 1 else self.results[0]
        if isinstance(result, BaseException):
            raise result
        return result


@pytest.fixture
def scanners() -> Iterator[list[SerialScanner]]:
    made: list[SerialScanner] = []
    yield made
    for scanner in made:
        scanner.stop()
        assert not scanner.is_running()


def start(
    scanners: list[SerialScanner], opener: Opener, url: str = "/dev/ttyFAKE", **options: Any
) -> tuple[SerialScanner, Recorder]:
    events = Recorder()
    scanner = SerialScanner(
        ScannerConfig(url=url, name="front"), **events.callbacks(), opener=opener, **options
    )
    scanners.append(scanner)
    scanner.start()
    return scanner, events


def test_a_partial_line_when_the_device_goes_is_rejected(scanners: list[SerialScanner]) -> None:
    port = ScriptedPort(b"OK\r400638", serial.SerialException("read failed: [Errno 5] EIO"))
    _, events = start(scanners, Opener(port, OSError(errno.ENOENT, "gone")))
    assert events.data(2) == [("code", "OK"), ("rejected", INCOMPLETE)]
    assert events.seen[-1].sample == "400638"
    assert events.wait_state("disconnected").reason == (
        "device disconnected: read failed: [Errno 5] EIO"
    )
    assert port.closed.is_set()
    assert events.wait_state("disconnected").reason == "no device at /dev/ttyFAKE"


def test_pyserial_vanished_device_message_is_put_plainly(scanners: list[SerialScanner]) -> None:
    lost = serial.SerialException(
        "device reports readiness to read but returned no data "
        "(device disconnected or multiple access on port?)"
    )
    _, events = start(scanners, Opener(ScriptedPort(lost), OSError(errno.ENOENT, "gone")))
    assert events.wait_state("disconnected").reason == "device disconnected"


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(errno.EACCES, "denied"), "no permission to open /dev/ttyFAKE"),
        (OSError(errno.EBUSY, "busy"), "/dev/ttyFAKE is in use by another program"),
        (serial.SerialException(errno.ENOENT, "could not open"), "no device at /dev/ttyFAKE"),
        (ValueError("Not a valid parity: 'X'"), "cannot open /dev/ttyFAKE: Not a valid parity"),
    ],
)
def test_open_failures_are_explained(
    scanners: list[SerialScanner], error: BaseException, reason: str
) -> None:
    _, events = start(scanners, Opener(error))
    assert events.wait_state("disconnected").reason.startswith(reason)


def test_no_url_is_explained(scanners: list[SerialScanner]) -> None:
    _, events = start(scanners, Opener(ScriptedPort()), url="")
    assert events.wait_state("disconnected").reason == "no port configured"


def test_retries_back_off_to_a_cap_and_report_once(scanners: list[SerialScanner]) -> None:
    opener = Opener(OSError(errno.ENOENT, "gone"))
    scanner, events = start(scanners, opener, retry_initial_s=0.01, retry_max_s=0.04)
    assert opener.seven_tries.wait(5.0)
    scanner.stop()
    gaps = [later - earlier for earlier, later in itertools.pairwise(opener.times)]
    for gap, least in zip(gaps, [0.01, 0.02, 0.04, 0.04, 0.04, 0.04], strict=False):
        assert gap >= least - 0.005
    assert events.states() == ["connecting", "disconnected", "stopped"]


def test_options_reach_the_opener(scanners: list[SerialScanner]) -> None:
    opener = Opener(ScriptedPort())
    _, events = start(scanners, opener)
    events.wait_state("connected")
    url, options = opener.calls[0]
    assert url == "/dev/ttyFAKE"
    assert options == {
        "timeout": 0.1,
        "baudrate": 9600,
        "bytesize": 8,
        "parity": "N",
        "stopbits": 1,
    }


@pytest.mark.parametrize(("stopbits", "expected"), [("1", 1), ("1.5", 1.5), ("2", 2)])
def test_stop_bits_become_pyserial_numbers(stopbits: str, expected: float) -> None:
    value = serial_options(ScannerConfig(stopbits=Decimal(stopbits)))["stopbits"]
    assert value == expected
    assert type(value) is type(expected)


def test_a_framing_failure_is_logged_and_reading_goes_on(
    scanners: list[SerialScanner], caplog: pytest.LogCaptureFixture
) -> None:
    port = ScriptedPort(b"BAD\r", b"GOOD\r")
    events = Recorder()
    scanner = SerialScanner(
        ScannerConfig(url="x", name="front"), **events.callbacks(), opener=Opener(port)
    )
    feed = scanner.framer.feed
    failures = [RuntimeError("framing bug")]

    def flaky_feed(data: bytes) -> Any:
        if failures:
            raise failures.pop()
        return feed(data)

    scanner.framer.feed = flaky_feed  # type: ignore[method-assign]
    scanners.append(scanner)
    scanner.start()
    assert events.data(1) == [("code", "GOOD")]
    assert any("framing failed" in record.message for record in caplog.records)


def test_a_raising_state_callback_is_logged(
    scanners: list[SerialScanner], caplog: pytest.LogCaptureFixture
) -> None:
    got = threading.Event()

    def on_state(name: str, state: ScannerState) -> None:
        raise RuntimeError("bad state handler")

    def on_code(name: str, code: str) -> None:
        got.set()

    scanner = SerialScanner(
        ScannerConfig(url="x"),
        on_code=on_code,
        on_state=on_state,
        opener=Opener(ScriptedPort(b"A\r")),
    )
    scanners.append(scanner)
    scanner.start()
    assert got.wait(5.0)
    assert any("callback" in record.message for record in caplog.records)


def test_stop_before_start_and_twice_is_safe() -> None:
    scanner = SerialScanner(ScannerConfig(url="loop://"))
    assert scanner.state == ScannerState("stopped", "not started")
    scanner.stop()
    scanner.stop()
    assert scanner.thread is None
    with pytest.raises(RuntimeError, match="cannot start again"):
        scanner.start()


def test_start_twice_keeps_one_thread(scanners: list[SerialScanner]) -> None:
    scanner, events = start(scanners, Opener(ScriptedPort()))
    first = scanner.thread
    scanner.start()
    assert scanner.thread is first
    events.wait_state("connected")


def test_stop_from_a_callback_does_not_deadlock(scanners: list[SerialScanner]) -> None:
    stopped = threading.Event()
    holder: list[SerialScanner] = []

    def on_code(name: str, code: str) -> None:
        holder[0].stop()

    def on_state(name: str, state: ScannerState) -> None:
        if state.state == "stopped":
            stopped.set()

    scanner = SerialScanner(
        ScannerConfig(url="x"),
        on_code=on_code,
        on_state=on_state,
        opener=Opener(ScriptedPort(b"A\r")),
    )
    holder.append(scanner)
    scanners.append(scanner)
    scanner.start()
    assert stopped.wait(5.0)


def test_state_names() -> None:
    assert STATES == ("connecting", "connected", "disconnected", "stopped")


# --- the simulator and the port list ------------------------------------------------------------


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.integration
@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc")
def test_the_simulator_closes_every_descriptor(tmp_path: Path) -> None:
    before = open_descriptors()
    with ScannerSimulator(tmp_path / "scanner") as sim:
        first = sim.device
        assert os.path.realpath(sim.url) == first
        sim.send("X")
        sim.unplug()
        assert not sim.plugged
        assert not os.path.lexists(sim.url)
        with pytest.raises(OSError, match="unplugged"):
            sim.send("Y")
        sim.replug()
        sim.replug()
        assert os.path.realpath(sim.url) == sim.device
    assert not os.path.lexists(tmp_path / "scanner")
    assert open_descriptors() == before
    assert [p.name for p in tmp_path.iterdir()] == []


@pytest.mark.integration
def test_the_simulator_without_a_link_uses_the_pty_path() -> None:
    with ScannerSimulator() as sim:
        assert sim.url == sim.device
        assert sim.url.startswith("/dev/")


@pytest.mark.integration
def test_a_send_that_nobody_reads_times_out() -> None:
    with ScannerSimulator() as sim, pytest.raises(TimeoutError):
        sim.send_raw(b"x" * 1_000_000, timeout=0.2)


def test_list_serial_ports_gives_plain_dicts(monkeypatch: pytest.MonkeyPatch) -> None:
    usb = ListPortInfo("/dev/ttyACM0", skip_link_detection=True)
    usb.vid, usb.pid, usb.serial_number, usb.manufacturer = 0x0C2E, 0x0B61, "17011B0D3", "Honeywell"
    usb.description = "Honeywell scanner"
    usb.hwid = "USB VID:PID=0C2E:0B61 SER=17011B0D3"
    plain = ListPortInfo("/dev/ttyS0", skip_link_detection=True)
    monkeypatch.setattr(ports_list.list_ports, "comports", lambda: [usb, plain])
    assert ports_list.list_serial_ports() == [
        {
            "device": "/dev/ttyACM0",
            "description": "Honeywell scanner",
            "hwid": "USB VID:PID=0C2E:0B61 SER=17011B0D3",
            "vid": 0x0C2E,
            "pid": 0x0B61,
            "serial_number": "17011B0D3",
            "manufacturer": "Honeywell",
        },
        {
            "device": "/dev/ttyS0",
            "description": "n/a",
            "hwid": "n/a",
            "vid": None,
            "pid": None,
            "serial_number": None,
            "manufacturer": None,
        },
    ]


def test_list_serial_ports_on_this_machine() -> None:
    for port in ports_list.list_serial_ports():
        assert set(port) == {
            "device",
            "description",
            "hwid",
            "vid",
            "pid",
            "serial_number",
            "manufacturer",
        }

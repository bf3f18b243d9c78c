"""Status bytes, and the serial (a real pty), file and USB transports."""

from __future__ import annotations

import os
import select
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from hardware.printer import (
    EscposPrinter,
    FileTransport,
    SerialTransport,
    StatusReply,
    UsbTransport,
    is_status_byte,
    parse_status,
)
from kiosk.errors import PrinterProblem
from tests.hardware.test_printer_support import voucher


@pytest.mark.parametrize(("value", "valid"), [
    (0x12, True), (0x16, True), (0x1A, True), (0x72, True), (0x1E, True),
    (0x00, False), (0xFF, False), (0x10, False), (0x02, False), (0x13, False), (0x92, False),
    (None, False),
])
def test_valid_status_bytes_have_the_fixed_bits(value: int | None, valid: bool) -> None:
    assert is_status_byte(value) is valid


@pytest.mark.parametrize(("reply", "online", "paper", "cover"), [
    ((0x12, 0x12, 0x12), True, "ok", False),
    ((0x12, 0x12, 0x1E), True, "low", False),
    ((0x12, 0x12, 0x12 | 0x04), True, "low", False),
    ((0x1A, 0x32, 0x72), False, "out", False),
    ((0x1A, 0x12, 0x12 | 0x20), False, "out", False),
    ((0x1A, 0x32, None), False, "out", False),
    ((0x1A, 0x16, 0x12), False, "ok", True),
    ((0xFF, 0xFF, 0xFF), None, "unknown", None),  # 0xff would read as "no paper" if trusted
    ((0x00, 0x00, 0x72), None, "out", None),
    ((0x12, None, 0xE1), True, "unknown", None),
])
def test_parse_status(reply: tuple, online: bool | None, paper: str, cover: bool | None) -> None:
    status = parse_status(StatusReply(*reply))
    assert (status.online, status.paper, status.cover_open) == (online, paper, cover)


def test_no_status_at_all_is_unknown() -> None:
    status = parse_status(None)
    assert (status.online, status.paper, status.cover_open) == (None, "unknown", None)


class PtyPrinter:
    """The far end of a pseudo-terminal, acting as a serial printer."""

    def __init__(self, replies: dict[int, bytes] | None) -> None:
        self.master, slave = os.openpty()
        self.path = os.ttyname(slave)
        os.close(slave)
        self.replies = replies
        self.received = bytearray()
        self.queries: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        pending = b""
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.02)
            if not ready:
                continue
            try:
                data = pending + os.read(self.master, 65536)
            except OSError:  # the serial side is closed: nothing to read until it reopens
                self._stop.wait(0.02)
                continue
            pending = b""
            while data.startswith(b"\x10\x04") and not self.received:
                if len(data) < 3:
                    pending, data = data, b""
                    break
                self.queries.append(data[2])
                if self.replies is not None:
                    os.write(self.master, self.replies[data[2]])
                data = data[3:]
            received = self.received + data  # published whole below: wait_for never sees
            tail = received[-3:]             # the question after a job as printed bytes
            if self.replies is not None and len(tail) == 3 and tail[:2] == b"\x10\x04":
                self.queries.append(tail[2])  # the question after a job: did it all arrive?
                os.write(self.master, self.replies[tail[2]])
                del received[-3:]
            self.received = received

    def wait_for(self, size: int, timeout: float = 3.0) -> bytes:
        for _ in range(int(timeout / 0.02)):
            if len(self.received) >= size:
                break
            self._stop.wait(0.02)
        return bytes(self.received)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=1)
        os.close(self.master)


@pytest.fixture
def pty_printer(request: pytest.FixtureRequest) -> Iterator[PtyPrinter]:
    replies = getattr(request, "param", {1: b"\x12", 2: b"\x12", 4: b"\x12"})
    printer = PtyPrinter(replies)
    yield printer
    printer.close()


@pytest.mark.integration
def test_serial_printer_on_a_pty(pty_printer: PtyPrinter) -> None:
    printer = EscposPrinter(SerialTransport(pty_printer.path, 19200, 1.0), "default", 58)
    assert printer.status().paper == "ok"
    document = voucher("tr")
    printer.print_document(document)
    job = printer.encode(document)
    assert pty_printer.wait_for(len(job)) == job
    assert pty_printer.queries == [1, 2, 4, 1, 2, 4, 1]


@pytest.mark.integration
@pytest.mark.parametrize("pty_printer", [{1: b"\x1a", 2: b"\x32", 4: b"\x72"}], indirect=True)
def test_serial_printer_out_of_paper(pty_printer: PtyPrinter) -> None:
    printer = EscposPrinter(SerialTransport(pty_printer.path, 19200, 1.0))
    with pytest.raises(PrinterProblem) as caught:
        printer.print_document(voucher())
    assert caught.value.kind == "paper_out"
    assert pty_printer.wait_for(1, timeout=0.2) == b""


@pytest.mark.integration
@pytest.mark.parametrize("pty_printer", [None], indirect=True)
def test_serial_printer_that_never_answers_times_out(pty_printer: PtyPrinter) -> None:
    printer = EscposPrinter(SerialTransport(pty_printer.path, 19200, 0.3))
    with pytest.raises(PrinterProblem) as caught:
        printer.print_document(voucher())
    assert caught.value.kind == "timeout"
    assert pty_printer.path in caught.value.message


def test_serial_loopback_echo_is_not_a_status() -> None:
    transport = SerialTransport("loop://", 19200, 0.2)
    status = parse_status(transport.read_status())
    assert status.paper == "unknown"  # the echoed DLE (0x10) is not a status byte


def test_missing_serial_port_is_not_found() -> None:
    printer = EscposPrinter(SerialTransport("/dev/no-such-tty", 19200, 0.2))
    with pytest.raises(PrinterProblem) as caught:
        printer.print_document(voucher())
    assert caught.value.kind == "not_found"
    assert "/dev/no-such-tty" in caught.value.message


def test_file_printer_gets_the_job_and_has_unknown_status(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    printer = EscposPrinter(FileTransport(str(target)), "TM-T88V", 80)
    assert printer.status().paper == "unknown"
    printer.print_document(voucher("ru"))
    assert target.read_bytes() == printer.encode(voucher("ru"))


@pytest.mark.parametrize(("name", "kind"), [("missing/lp0", "not_found"), ("", "config")])
def test_file_printer_problems(tmp_path: Path, name: str, kind: str) -> None:
    printer = EscposPrinter(FileTransport(str(tmp_path / name)))
    with pytest.raises(PrinterProblem) as caught:
        printer.print_document(voucher())
    assert caught.value.kind == kind


def test_usb_printer_that_is_not_there_is_not_found() -> None:
    printer = EscposPrinter(UsbTransport(0x04B8, 0x0202, 0.5))
    assert printer.status().paper == "unknown"
    with pytest.raises(PrinterProblem) as caught:
        printer.print_document(voucher())
    assert caught.value.kind == "not_found"
    assert "USB 04b8:0202" in caught.value.message


def test_printer_refuses_code_pages_its_profile_lacks() -> None:
    with pytest.raises(PrinterProblem) as caught:
        EscposPrinter(FileTransport("/dev/null"), "TM-T88IV", 80,
                      {"en": "CP437", "tr": "CP857"})
    assert caught.value.kind == "config" and "CP857" in caught.value.message

"""A job counts as printed only when the printer confirmed it took it: bad printers on real TCP."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator

import pytest

from hardware.printer import EscposPrinter, NetworkTransport
from kiosk.errors import PrinterProblem
from tests.hardware.test_printer_support import voucher

pytestmark = pytest.mark.integration

TIMEOUT = 0.5
OK = b"\x12"


class BadPrinter:
    """A TCP server on 127.0.0.1 whose connection handler misbehaves in a chosen way."""

    def __init__(self, handle: Callable[[socket.socket, BadPrinter], None]) -> None:
        self.handle = handle
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.read = 0
        self.done = threading.Event()
        self.release = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        try:
            self.handle(conn, self)
        finally:
            self.release.wait(10)
            with contextlib.suppress(OSError):
                conn.close()
            self.done.set()

    def answer_status(self, conn: socket.socket) -> None:
        """Answer the three DLE EOT queries the kiosk asks before a job."""
        for _ in range(3):
            query = b""
            while len(query) < 3:
                query += conn.recv(3 - len(query))
            conn.sendall(OK)

    def take(self, conn: socket.socket, count: int) -> None:
        while self.read < count:
            chunk = conn.recv(min(4096, count - self.read))
            if not chunk:
                return
            self.read += len(chunk)

    def close(self) -> None:
        self.release.set()
        self.thread.join(timeout=5)
        self.listener.close()


def never_reads(conn: socket.socket, printer: BadPrinter) -> None:
    """Answers the status queries, then reads nothing, keeping the socket open."""
    printer.answer_status(conn)


def half_closes_after_3000(conn: socket.socket, printer: BadPrinter) -> None:
    """Reads 3,000 job bytes, then half-closes (FIN) and keeps the socket without reading."""
    printer.answer_status(conn)
    printer.take(conn, 3000)
    conn.shutdown(socket.SHUT_WR)


def reads_all_silently(conn: socket.socket, printer: BadPrinter) -> None:
    """Reads every byte (the confirmation query too) but never answers after the job."""
    printer.answer_status(conn)
    conn.settimeout(TIMEOUT * 4)
    with contextlib.suppress(TimeoutError):
        printer.take(conn, 10**9)


def reads_all_and_closes(conn: socket.socket, printer: BadPrinter) -> None:
    """Reads the job and hangs up instead of answering the question after it."""
    printer.answer_status(conn)
    conn.settimeout(0.2)
    with contextlib.suppress(TimeoutError):
        printer.take(conn, 10**9)
    conn.shutdown(socket.SHUT_WR)


@pytest.fixture
def bad_printer(request: pytest.FixtureRequest) -> Iterator[BadPrinter]:
    printer = BadPrinter(request.param)
    yield printer
    printer.close()


@pytest.mark.parametrize(
    ("bad_printer", "kind"),
    [
        (never_reads, "timeout"),
        (half_closes_after_3000, "closed"),
        (reads_all_silently, "timeout"),
        (reads_all_and_closes, "closed"),
    ],
    indirect=["bad_printer"],
)
def test_a_job_the_printer_did_not_confirm_is_a_failure(bad_printer: BadPrinter,
                                                         kind: str) -> None:
    document = voucher()
    printer = EscposPrinter(NetworkTransport("127.0.0.1", bad_printer.port, TIMEOUT))
    assert len(printer.encode(document)) > 3000
    with pytest.raises(PrinterProblem) as caught:
        printer.print_document(document)
    assert caught.value.kind == kind
    assert "may not have printed" in caught.value.message


def test_a_printer_that_goes_offline_during_the_job_is_a_failure() -> None:
    def offline_after_job(conn: socket.socket, printer: BadPrinter) -> None:
        printer.answer_status(conn)
        data = b""
        while not data.endswith(b"\x10\x04\x01"):
            data += conn.recv(65536)
        conn.sendall(b"\x1a")  # online bit clear: offline (paper ran out, cover opened)

    printer = BadPrinter(offline_after_job)
    try:
        with pytest.raises(PrinterProblem) as caught:
            EscposPrinter(NetworkTransport("127.0.0.1", printer.port, TIMEOUT)).print_document(
                voucher()
            )
    finally:
        printer.close()
    assert caught.value.kind == "offline"

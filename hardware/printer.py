"""Printer transports (network, serial, USB, file) and EscposPrinter, the kiosk's Printer."""

from __future__ import annotations

import contextlib
import errno
import logging
import socket
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, replace
from types import TracebackType
from typing import Any

import serial

from hardware.escpos_encoder import (
    BARCODE_MODES,
    DEFAULT_CODE_PAGES,
    check_code_page,
    encode_document,
    paper_spec,
)
from kiosk.documents import PrintDocument
from kiosk.errors import PrinterProblem
from kiosk.ports import PrinterStatus

log = logging.getLogger(__name__)

DLE_EOT = b"\x10\x04"
STATUS_PRINTER, STATUS_OFFLINE_CAUSE, STATUS_PAPER = 1, 2, 4
STAFF = "Please ask a member of staff."
CONFIRM_BYTES_PER_S = 8192  # besides the timeout, a printer may need this long to read a job


def confirm_wait(timeout: float, size: int) -> float:
    """How long to wait for the status reply that confirms a job of `size` bytes arrived."""
    return timeout + size / CONFIRM_BYTES_PER_S


def went_offline(reply: int, description: str) -> None:
    """A valid status reply after the job that says offline (paper ran out, cover opened) means
    the voucher may be cut short: a failed print. Replies that are not status bytes confirm."""
    if is_status_byte(reply) and reply & 0x08:
        raise PrinterProblem(
            "offline",
            f"The printer went offline while printing ({description}): the voucher may be "
            f"incomplete. {STAFF}",
        )


# ---------------------------------------------------------------- status


@dataclass(frozen=True)
class StatusReply:
    """The raw replies to DLE EOT 1, 2 and 4; None where nothing came back."""

    printer: int | None
    offline_cause: int | None
    paper: int | None

    def hex(self) -> str:
        return " ".join("--" if b is None else f"{b:02x}" for b in
                        (self.printer, self.offline_cause, self.paper))


def is_status_byte(value: int | None) -> bool:
    """A real DLE EOT reply has bit 1 and bit 4 set, bit 0 and bit 7 clear."""
    return value is not None and value & 0b1001_0011 == 0b0001_0010


def parse_status(reply: StatusReply | None) -> PrinterStatus:
    """Read the DLE EOT replies; anything that is not a valid status byte means "unknown".

    Printer status (n=1) bit 3: offline. Offline cause (n=2) bit 2: cover open, bit 5: stopped
    at paper end. Paper sensor (n=4) bits 5/6: paper out, bits 2/3: paper near its end.
    """
    if reply is None:
        return PrinterStatus(None, "unknown", None, "this connection cannot report status")
    online = not (reply.printer or 0) & 0x08 if is_status_byte(reply.printer) else None
    cover_open = None
    paper = "unknown"
    if is_status_byte(reply.offline_cause):
        cause = reply.offline_cause or 0
        cover_open = bool(cause & 0x04)
        if cause & 0x20:
            paper = "out"
    if is_status_byte(reply.paper):
        sensor = reply.paper or 0
        if sensor & 0x60:
            paper = "out"
        elif paper != "out":
            paper = "low" if sensor & 0x0C else "ok"
    if online is None and cover_open is None and paper == "unknown":
        return PrinterStatus(None, "unknown", None,
                             f"the status reply was not understood ({reply.hex()})")
    parts = [
        {True: "online", False: "offline", None: "online unknown"}[online],
        f"paper {paper}",
        {True: "cover open", False: "cover closed", None: "cover unknown"}[cover_open],
    ]
    return PrinterStatus(online, paper, cover_open, ", ".join(parts))


def describe_status(status: PrinterStatus) -> str:
    """One line for a test page or a log: 'Printer status: online, paper ok, cover closed'."""
    return f"Printer status: {status.detail or status.paper}"


# ---------------------------------------------------------------- transports


class Transport(ABC):
    """One way to reach a printer. send() writes a whole job in one write; read_status() asks
    DLE EOT 1/2/4 where the transport can answer. Use `with transport:` to keep one connection
    open across read_status() and send(); otherwise each call opens and closes its own."""

    description = "printer"
    can_read_status = False

    def __init__(self) -> None:
        self._open = False

    def __enter__(self) -> Transport:
        if not self._open:
            self.open()
            self._open = True
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._open:
            self._open = False
            self.close()

    @abstractmethod
    def open(self) -> None:
        """Connect; raise PrinterProblem if the printer cannot be reached."""

    @abstractmethod
    def close(self) -> None:
        """Disconnect; never raises."""

    @abstractmethod
    def _write(self, job: bytes) -> None:
        """Write the whole job; raise PrinterProblem on failure."""

    def _query(self, request: bytes) -> int | None:
        """Send a real-time status request and return the one-byte reply."""
        return None

    def send(self, job: bytes) -> None:
        """Send the job in one write (opening a connection if none is open)."""
        if self._open:
            self._write(job)
            return
        with self:
            self._write(job)

    def read_status(self) -> StatusReply | None:
        """Ask DLE EOT 1, 2 and 4; None when this transport cannot read replies."""
        if not self.can_read_status:
            return None
        if not self._open:
            with self:
                return self.read_status()
        return StatusReply(*(self._query(DLE_EOT + bytes([n]))
                             for n in (STATUS_PRINTER, STATUS_OFFLINE_CAUSE, STATUS_PAPER)))

    def _timeout_problem(self, timeout: float, what: str = "answer") -> PrinterProblem:
        return PrinterProblem(
            "timeout",
            f"The printer did not {what} within {timeout:g} s ({self.description}). "
            "Check that it is switched on, connected and not busy.",
        )

    def _unconfirmed_problem(self, wait: float) -> PrinterProblem:
        return PrinterProblem(
            "timeout",
            f"The printer did not confirm that it received the job within {wait:g} s "
            f"({self.description}). The voucher may not have printed. {STAFF}",
        )

    def _closed_problem(self, detail: str = "") -> PrinterProblem:
        extra = f": {detail}" if detail else ""
        return PrinterProblem(
            "closed",
            f"The connection to the printer was lost while printing ({self.description}{extra}). "
            f"The voucher may not have printed. {STAFF}",
        )


class NetworkTransport(Transport):
    """A printer on TCP port 9100 (raw), over a plain socket."""

    can_read_status = True

    def __init__(self, host: str, port: int = 9100, timeout: float = 5.0) -> None:
        super().__init__()
        self.host = host
        self.port = port
        self.timeout = float(timeout)
        self.description = f"{host}:{port}"
        self._sock: socket.socket | None = None

    def open(self) -> None:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except ConnectionRefusedError:
            raise PrinterProblem(
                "refused",
                f"The printer is not answering (connection refused at {self.description}). "
                "Check that it is switched on and connected.",
            ) from None
        except TimeoutError:
            raise self._timeout_problem(self.timeout, "accept a connection") from None
        except socket.gaierror as exc:
            raise PrinterProblem(
                "not_found",
                f"The printer address '{self.host}' was not found ({exc.strerror}). "
                "Check the printer setting.",
            ) from None
        except OSError as exc:
            raise PrinterProblem(
                "offline",
                f"The printer cannot be reached at {self.description} "
                f"({exc.strerror or exc}). Check that it is switched on and on the network.",
            ) from None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            sock.close()

    def _connected(self) -> socket.socket:
        assert self._sock is not None, "use the transport inside 'with'"
        return self._sock

    def _query(self, request: bytes) -> int | None:
        sock = self._connected()
        try:
            sock.sendall(request)
            reply = sock.recv(1)
        except TimeoutError:
            raise self._timeout_problem(self.timeout) from None
        except OSError as exc:
            raise self._hung_up(exc) from None
        if not reply:
            raise self._closed_problem("the printer hung up")
        return reply[0]

    def _write(self, job: bytes) -> None:
        sock = self._connected()
        try:
            sock.sendall(job)
        except TimeoutError:
            raise self._timeout_problem(self.timeout, "take the job") from None
        except OSError as exc:
            raise self._hung_up(exc) from None
        self._confirm(sock, len(job))

    def _confirm(self, sock: socket.socket, size: int) -> None:
        """Ask the printer's status after the job's last byte: a printer reads its input in
        order, so its reply proves it took the whole job. No reply in time, or a printer that
        closes its side first (having read only part of the job), is a failed print."""
        wait = confirm_wait(self.timeout, size)
        try:
            sock.sendall(DLE_EOT + bytes([STATUS_PRINTER]))
            sock.settimeout(wait)
            reply = sock.recv(1)
        except TimeoutError:
            raise self._unconfirmed_problem(wait) from None
        except OSError as exc:
            raise self._hung_up(exc) from None
        if not reply:
            raise self._closed_problem(
                "the printer closed the connection before it had taken the whole job"
            )
        went_offline(reply[0], self.description)

    def _hung_up(self, exc: OSError) -> PrinterProblem:
        log.warning("printer %s dropped the connection: %s", self.description, exc)
        return self._closed_problem("the printer hung up")


class SerialTransport(Transport):
    """A printer on a serial port; url is anything pyserial's serial_for_url accepts."""

    can_read_status = True

    def __init__(self, url: str, baudrate: int = 19200, timeout: float = 5.0) -> None:
        super().__init__()
        self.url = url
        self.baudrate = baudrate
        self.timeout = float(timeout)
        self.description = f"serial port {url}"
        self._port: Any = None

    def open(self) -> None:
        try:
            self._port = serial.serial_for_url(
                self.url, baudrate=self.baudrate, timeout=self.timeout,
                write_timeout=self.timeout,
            )
        except ValueError as exc:
            raise PrinterProblem(
                "config", f"The printer's serial settings are wrong: {exc}."
            ) from None
        except serial.SerialException as exc:
            if getattr(exc, "errno", None) in (errno.EACCES, errno.EPERM):
                raise PrinterProblem(
                    "config",
                    f"The kiosk may not open {self.description} (permission denied). Add the "
                    "kiosk's user to the 'dialout' group.",
                ) from None
            raise PrinterProblem(
                "not_found",
                f"No printer found on {self.description}. Check the cable and the printer "
                "setting.",
            ) from None

    def close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            with contextlib.suppress(OSError, serial.SerialException):
                port.close()

    def _query(self, request: bytes) -> int | None:
        try:
            self._port.reset_input_buffer()
            self._port.write(request)
            reply = self._port.read(1)
        except serial.SerialTimeoutException:
            raise self._timeout_problem(self.timeout) from None
        except (OSError, serial.SerialException) as exc:
            raise self._closed_problem(str(exc)) from None
        if not reply:
            raise self._timeout_problem(self.timeout)
        return reply[0]

    def _write(self, job: bytes) -> None:
        # At 19200 baud a 12 kB job takes over 6 s on the wire (10 bits a byte): allow for it.
        self._port.write_timeout = self.timeout + 1.5 * len(job) * 10 / self.baudrate
        try:
            written = self._port.write(job)
            self._port.flush()
        except serial.SerialTimeoutException:
            raise self._timeout_problem(self.timeout, "take the job") from None
        except (OSError, serial.SerialException) as exc:
            raise self._closed_problem(str(exc)) from None
        if written is not None and written != len(job):
            raise self._closed_problem(f"only {written} of {len(job)} bytes were written")
        self._confirm(len(job))

    def _confirm(self, size: int) -> None:
        """After the job, a status round trip: the printer answers once it has read the job
        (flush only says the bytes left this computer)."""
        wait = confirm_wait(self.timeout, size)
        previous = self._port.timeout
        try:
            self._port.timeout = wait
            self._port.write(DLE_EOT + bytes([STATUS_PRINTER]))
            reply = self._port.read(1)
        except serial.SerialTimeoutException:
            raise self._unconfirmed_problem(wait) from None
        except (OSError, serial.SerialException) as exc:
            raise self._closed_problem(str(exc)) from None
        finally:
            with contextlib.suppress(OSError, serial.SerialException, AttributeError):
                self._port.timeout = previous
        if not reply:
            raise self._unconfirmed_problem(wait)
        went_offline(reply[0], self.description)


class FileTransport(Transport):
    """A printer device file such as /dev/usb/lp0 (or any file); it cannot report status."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.description = path
        self._file: Any = None

    def open(self) -> None:
        try:
            self._file = open(self.path, "wb", buffering=0)  # noqa: SIM115 (closed in close())
        except FileNotFoundError:
            raise PrinterProblem(
                "not_found",
                f"No printer found at {self.path}. Check that it is switched on and plugged in.",
            ) from None
        except PermissionError:
            raise PrinterProblem(
                "config",
                f"The kiosk may not write to {self.path} (permission denied). Add the kiosk's "
                "user to the 'lp' group.",
            ) from None
        except OSError as exc:
            kind = "not_found" if exc.errno in (errno.ENODEV, errno.ENXIO) else "config"
            raise PrinterProblem(kind, f"The printer at {self.path} cannot be opened "
                                       f"({exc.strerror or exc}).") from None

    def close(self) -> None:
        handle, self._file = self._file, None
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()

    def _write(self, job: bytes) -> None:
        view = memoryview(job)
        try:
            while view:
                written = self._file.write(view)
                if not written:
                    raise self._closed_problem(f"{len(job) - len(view)} of {len(job)} bytes")
                view = view[written:]
        except OSError as exc:
            raise self._closed_problem(exc.strerror or str(exc)) from None


@contextlib.contextmanager
def _root_logging_untouched() -> Iterator[None]:
    """escpos logs with logging.info() on the root logger, which configures logging when the
    application has not; take back any handler that appears meanwhile."""
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)


class UsbTransport(Transport):
    """A USB printer through python-escpos's Usb (needs pyusb and libusb); no status."""

    def __init__(self, vendor_id: int, product_id: int, timeout: float = 5.0) -> None:
        super().__init__()
        self.vendor_id = vendor_id
        self.product_id = product_id
        self.timeout = float(timeout)
        self.description = f"USB {vendor_id:04x}:{product_id:04x}"
        self._printer: Any = None

    def open(self) -> None:
        from escpos.exceptions import DeviceNotFoundError
        from escpos.printer import usb as escpos_usb

        if not escpos_usb.is_usable():
            raise PrinterProblem(
                "not_found",
                f"USB printing needs the pyusb package and libusb, which are not installed "
                f"({self.description}).",
            )
        printer = escpos_usb.Usb(self.vendor_id, self.product_id,
                                 timeout=int(self.timeout * 1000))
        try:
            with _root_logging_untouched():
                printer.open()
        except DeviceNotFoundError:
            printer.close()
            raise PrinterProblem(
                "not_found",
                f"No printer found on {self.description}. Check that it is switched on and "
                "plugged in.",
            ) from None
        self._printer = printer

    def close(self) -> None:
        printer, self._printer = self._printer, None
        if printer is not None:
            try:
                with _root_logging_untouched():
                    printer.close()
            except Exception:  # a USB device that vanished may fail to release
                log.debug("closing %s failed", self.description, exc_info=True)

    def _write(self, job: bytes) -> None:
        import usb.core

        try:
            self._printer._raw(job)
        except usb.core.USBTimeoutError:
            raise self._timeout_problem(self.timeout, "take the job") from None
        except usb.core.USBError as exc:
            raise self._closed_problem(str(exc)) from None


# ---------------------------------------------------------------- the printer


class EscposPrinter:
    """The kiosk's Printer: checks status, encodes the document once and sends it once."""

    def __init__(self, transport: Transport, profile: str = "default", paper_width_mm: int = 80,
                 code_pages: dict[str, str] | None = None, barcodes: str = "native") -> None:
        if barcodes not in BARCODE_MODES:
            raise PrinterProblem("config",
                                 f"barcodes must be 'native' or 'image', not '{barcodes}'.")
        self.transport = transport
        self.profile = profile
        self.spec = paper_spec(profile, paper_width_mm)
        pages = dict(DEFAULT_CODE_PAGES if code_pages is None else code_pages)
        self.code_pages = {lang: check_code_page(profile, page) for lang, page in pages.items()}
        self.barcodes = barcodes
        self.simulator: Any = None  # set by printer_from_config for the simulated printer

    def code_page_for(self, language: str) -> str:
        """The code page for a language: configured, else English's, else CP437."""
        return self.code_pages.get(language) or self.code_pages.get("en") or "CP437"

    def encode(self, document: PrintDocument) -> bytes:
        """The ESC/POS job for the document (what print_document sends)."""
        return encode_document(document, self.profile, self.spec.paper_width_mm,
                               self.code_page_for(document.language), self.barcodes)

    def status(self) -> PrinterStatus:
        """Ask the printer; a printer that cannot be reached is reported, not raised."""
        try:
            return parse_status(self.transport.read_status())
        except PrinterProblem as problem:
            online = None if problem.kind == "timeout" else False
            return PrinterStatus(online, "unknown", None, problem.message)

    def print_document(self, document: PrintDocument) -> None:
        """Refuse when the printer says paper out, cover open or offline; print when it says
        nothing useful (unknown); raise PrinterProblem for every failure."""
        job = None if document.kind == "test" else self.encode(document)
        with self.transport:
            status = parse_status(self.transport.read_status())
            refuse_if_unfit(status)
            if job is None:
                lines = (*document.lines, describe_status(status))
                job = self.encode(replace(document, lines=lines))
            self.transport.send(job)
        voucher = f" voucher {document.voucher_id}" if document.voucher_id is not None else ""
        log.info("printed %s%s (%d bytes) on %s; %s", document.kind, voucher, len(job),
                 self.transport.description, status.detail)


def refuse_if_unfit(status: PrinterStatus) -> None:
    """Raise the PrinterProblem a known-bad status means; unknown parts never refuse."""
    if status.paper == "out":
        raise PrinterProblem("paper_out", f"The printer is out of paper. {STAFF}")
    if status.cover_open:
        raise PrinterProblem("cover_open", f"The printer cover is open. {STAFF}")
    if status.online is False:
        raise PrinterProblem("offline", f"The printer is offline and cannot print. {STAFF}")

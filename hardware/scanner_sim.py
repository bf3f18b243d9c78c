"""A simulated serial barcode scanner on a pseudo-terminal, for the demo and the tests."""

from __future__ import annotations

import argparse
import contextlib
import os
import select
import sys
import tempfile
import threading
import time
import tty
from pathlib import Path
from types import TracebackType

SEND_TIMEOUT_S = 5.0
SUFFIXES = {"CR": b"\r", "LF": b"\n", "CRLF": b"\r\n", "TAB": b"\t"}


class ScannerSimulator:
    """A pretend scanner: a pty pair whose slave device a SerialScanner opens as its URL.

    send() writes a code and its suffix to the master side, as a scanner would. unplug() closes
    the pty (the reader sees the device vanish); replug() makes a new pty. With `link`, the URL
    is that path, a symlink that replug() atomically points at the new pty, so the same
    configured path comes back as a real USB scanner's /dev/ttyACM0 would; unplug() removes
    the link. Use it as a context manager, or call close(), to release every descriptor.
    """

    def __init__(self, link: str | os.PathLike[str] | None = None, plugged: bool = True) -> None:
        self.link = Path(link) if link is not None else None
        self._lock = threading.Lock()
        self._master: int | None = None
        self._slave: int | None = None
        self._slave_path = ""
        if plugged:
            self.replug()

    @property
    def url(self) -> str:
        """What to configure as the scanner's URL: the link, or the pty's slave device."""
        return str(self.link) if self.link is not None else self._slave_path

    @property
    def device(self) -> str:
        """The current pty slave device path ('' while unplugged)."""
        return self._slave_path if self.plugged else ""

    @property
    def plugged(self) -> bool:
        """True while the pty exists."""
        return self._master is not None

    def replug(self) -> None:
        """Plug in (again): a fresh pty, and the link (if any) pointed at it atomically."""
        with self._lock:
            self._unplug_locked(remove_link=False)
            master, slave = os.openpty()
            try:
                tty.setraw(slave)
                os.set_blocking(master, False)
                path = os.ttyname(slave)
                if self.link is not None:
                    self._point_link(path)
            except BaseException:
                os.close(master)
                os.close(slave)
                raise
            self._master, self._slave, self._slave_path = master, slave, path

    def unplug(self, remove_link: bool = True) -> None:
        """Pull the cable: close the pty and, unless told otherwise, remove the link."""
        with self._lock:
            self._unplug_locked(remove_link)

    def close(self) -> None:
        """Unplug and remove the link; safe to call more than once."""
        self.unplug(remove_link=True)

    def send(
        self, code: str | bytes, suffix: bytes = b"\r", timeout: float = SEND_TIMEOUT_S
    ) -> None:
        """Write a code and its suffix as one scan."""
        data = code.encode("utf-8") if isinstance(code, str) else code
        self.send_raw(data + suffix, timeout)

    def send_raw(self, data: bytes, timeout: float = SEND_TIMEOUT_S) -> None:
        """Write raw bytes; waits (up to timeout) while the pty's buffer is full."""
        with self._lock:
            master = self._master
            if master is None:
                raise OSError("the simulated scanner is unplugged")
            view = memoryview(data)
            deadline = time.monotonic() + timeout
            while view:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"the reader took only {len(data) - len(view)} bytes")
                _, writable, _ = select.select([], [master], [], left)
                if not writable:
                    continue
                try:
                    written = os.write(master, view)
                except BlockingIOError:
                    continue
                view = view[written:]

    def __enter__(self) -> ScannerSimulator:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _unplug_locked(self, remove_link: bool) -> None:
        for fd in (self._master, self._slave):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = None
        if remove_link and self.link is not None:
            with contextlib.suppress(FileNotFoundError):
                self.link.unlink()

    def _point_link(self, target: str) -> None:
        assert self.link is not None
        self.link.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{self.link.name}.", dir=self.link.parent)
        os.close(fd)
        os.unlink(temporary)
        try:
            os.symlink(target, temporary)
            os.replace(temporary, self.link)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise


def main(argv: list[str] | None = None) -> int:
    """Run a simulated scanner: print its URL, then send each line typed on stdin as a scan."""
    parser = argparse.ArgumentParser(
        prog="python -m hardware.scanner_sim",
        description="A simulated serial barcode scanner: each line on stdin is one scan.",
    )
    parser.add_argument("--link", help="publish the scanner at this path (a symlink to its pty)")
    parser.add_argument(
        "--suffix", choices=sorted(SUFFIXES), default="CR", help="what ends each scan"
    )
    args = parser.parse_args(argv)
    with ScannerSimulator(args.link) as simulator:
        print(simulator.url, flush=True)
        for line in sys.stdin:
            code = line.rstrip("\r\n")
            if code:
                simulator.send(code, SUFFIXES[args.suffix])
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A TCP proxy between the kiosk and PostgreSQL that drops or stalls the line on demand."""

from __future__ import annotations

import contextlib
import socket
import threading

from tests.integration.tcp_cut import CuttableProxy


class FlakyProxy(CuttableProxy):
    """CuttableProxy that can also stall: connections stay open but nothing goes through, as
    when a line silently dies (the kiosk notices only by its own timeouts)."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(host, port)
        self._flowing = threading.Event()
        self._flowing.set()
        self.stalls = 0

    def stall(self) -> None:
        """Stop passing bytes either way (connections stay open, new ones are accepted)."""
        self.stalls += 1
        self._flowing.clear()

    def flow(self) -> None:
        """Pass bytes again."""
        self._flowing.set()

    def heal(self) -> None:
        """Forward everything again, after a cut or a stall."""
        self.restore()
        self.flow()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                while not self._flowing.wait(0.2):
                    if self._stopped:
                        return
                sink.sendall(data)
        except OSError:
            pass
        finally:
            with self._lock:
                self._sockets.discard(source)
                self._sockets.discard(sink)
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.close()

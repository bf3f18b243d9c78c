"""Output into a pipe that closes early ends quietly, and running a command leaves the process
able to survive a peer that drops a socket (SIGPIPE stays ignored, as Python sets it)."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys

import pytest

from tests.e2e.conftest import ROOT, Cli

pytestmark = pytest.mark.e2e


def test_a_reader_that_stops_early_gets_no_traceback(sqlite_cli: Cli) -> None:
    sqlite_cli.ok("demo", "seed", "--members", "2000")  # output well past a pipe's buffer
    command = [sys.executable, str(ROOT / "main.py"), "member", "search", "a", "--limit", "2000",
               "--json"]
    producer = subprocess.Popen(command, cwd=ROOT, env=sqlite_cli.env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert producer.stdout is not None
    producer.stdout.read(10)  # the first few bytes, then the reader goes away
    producer.stdout.close()
    _, err = producer.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err
    assert producer.returncode in (0, 1)


def test_a_command_run_in_process_leaves_sigpipe_ignored(sqlite_cli: Cli,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import main

    for key, value in sqlite_cli.env().items():
        monkeypatch.setenv(key, value)
    assert main.main(["db", "init", "--json"]) == 0
    assert signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN
    left, right = socket.socketpair()
    right.close()
    with pytest.raises(BrokenPipeError):  # an error to handle, not the end of the process
        for _ in range(100):
            left.send(b"x" * 65536)
    left.close()

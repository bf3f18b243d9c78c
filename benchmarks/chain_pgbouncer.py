"""A throw-away pgbouncer in transaction pooling mode in front of one PostgreSQL database."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

STATEMENT_TIMEOUT_MS = 15_000  # what the kiosk asks for in its startup options (db/database.py)
IDLE_IN_TRANSACTION_MS = 30_000  # likewise
# pgbouncer (1.18 in Debian 12) refuses a client whose startup packet carries a parameter it
# does not know; libpq sends `options` for the kiosk's statement_timeout, psycopg2 may send
# extra_float_digits. They are dropped here, and the kiosk's statement_timeout and
# idle_in_transaction_session_timeout are set on each server connection by connect_query instead
# (transaction pooling shares server connections).
IGNORED_STARTUP_PARAMETERS = "extra_float_digits,options"


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def pgbouncer_binary() -> str | None:
    """The pgbouncer program (Debian's package puts it in /usr/sbin), or None."""
    return shutil.which("pgbouncer") or next(
        (p for p in ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer") if os.path.exists(p)), None
    )


def _run_as() -> str | None:
    """pgbouncer will not run as root: the unprivileged account to switch to, if we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("pgbouncer cannot run as root and there is no 'nobody' account")


@dataclass
class Pgbouncer:
    """A running pgbouncer: the URL that reaches the database through it, and its process."""

    url: str
    process: subprocess.Popen
    folder: Path
    pool_size: int

    def pids(self) -> list[int]:
        return [self.process.pid]

    def log_tail(self, lines: int = 20) -> str:
        path = self.folder / "pgbouncer.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if (
            path.exists()) else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.process.stderr is not None:
            self.process.stderr.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _config(database_url: str, port: int, folder: Path, pool_size: int, clients: int) -> str:
    parts = urlparse(database_url)
    dbname = parts.path.lstrip("/")
    user = unquote(parts.username or "postgres")
    server = [f"host={parts.hostname or '127.0.0.1'}", f"port={parts.port or 5432}",
              f"dbname={dbname}", f"user={user}"]
    if parts.password:
        server.append(f"password={unquote(parts.password)}")
    server.append(f"connect_query='SET statement_timeout = {STATEMENT_TIMEOUT_MS}; "
                  f"SET idle_in_transaction_session_timeout = {IDLE_IN_TRANSACTION_MS}'")
    return "\n".join([
        "[databases]",
        f"{dbname} = {' '.join(server)}",
        "",
        "[pgbouncer]",
        "listen_addr = 127.0.0.1",
        f"listen_port = {port}",
        "unix_socket_dir =",
        "auth_type = trust",
        f"auth_file = {folder / 'userlist.txt'}",
        "pool_mode = transaction",
        f"default_pool_size = {pool_size}",
        "min_pool_size = 0",
        "reserve_pool_size = 0",
        f"max_client_conn = {clients + 50}",  # clients: connections, not terminals
        f"max_db_connections = {pool_size}",
        f"ignore_startup_parameters = {IGNORED_STARTUP_PARAMETERS}",
        "server_reset_query =",
        f"logfile = {folder / 'pgbouncer.log'}",
        f"pidfile = {folder / 'pgbouncer.pid'}",
        "log_connections = 0",
        "log_disconnections = 0",
        "",
    ])


def start_pgbouncer(database_url: str, pool_size: int, clients: int) -> Pgbouncer:
    """Start pgbouncer on a free port with a generated config and userlist; wait until it
    accepts connections. The returned URL is database_url with pgbouncer's host and port."""
    binary = pgbouncer_binary()
    if binary is None:
        raise RuntimeError("pgbouncer is not installed (Debian: apt-get install pgbouncer)")
    folder = Path(tempfile.mkdtemp(prefix="kiosk-pgbouncer-"))
    folder.chmod(0o755)
    port = free_port()
    parts = urlparse(database_url)
    user = unquote(parts.username or "postgres")
    (folder / "userlist.txt").write_text(f'"{user}" ""\n')
    (folder / "pgbouncer.ini").write_text(
        _config(database_url, port, folder, pool_size, clients))
    command = [binary, "-q", str(folder / "pgbouncer.ini")]
    account = _run_as()
    if account:
        os.chown(folder, pwd.getpwnam(account).pw_uid, -1)
        command[1:1] = ["-u", account]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    bouncer = Pgbouncer(
        parts._replace(netloc=f"{parts.username or 'postgres'}@127.0.0.1:{port}").geturl(),
        process, folder, pool_size)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            error = process.stderr.read().decode(errors="replace") if process.stderr else ""
            bouncer.stop()
            raise RuntimeError(f"pgbouncer stopped at once: {error.strip()}")
        try:
            socket.create_connection(("127.0.0.1", port), 0.5).close()
            return bouncer
        except OSError:
            time.sleep(0.05)
    bouncer.stop()
    raise RuntimeError("pgbouncer did not start listening within 10 s")

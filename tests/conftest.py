"""Shared fixtures: a throw-away PostgreSQL server, a fresh database per test, a fixed clock."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import peewee
import psycopg2
import pytest

from db.database import close_database, open_database
from db.migrations import migrate
from db.models import Cause, Reward
from kiosk import services
from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.context import Context
from kiosk.roles import OWNER
from kiosk.views import Enrolled

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# a configuration `python main.py setup` wrote in the user's config folder is loaded when no path
# is given: the tests (and the programs they start) look in an empty folder of their own instead
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="kiosk-test-config-")

PG_URL_VARIABLE = "KIOSK_TEST_PG_URL"
START = datetime(2026, 3, 1, 12, 0, 0)
SECRET = b"s" * 32


# --- a throw-away PostgreSQL server -------------------------------------------------------------


def _postgres_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin that has initdb and pg_ctl."""

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(part) for part in re.findall(r"\d+", path.parent.name))

    found = [
        path
        for path in Path("/usr/lib/postgresql").glob("*/bin")
        if (path / "initdb").exists() and (path / "pg_ctl").exists()
    ]
    return max(found, key=version) if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ThrowAwayPostgres:
    """A PostgreSQL cluster in a temporary directory, run as the postgres user when we are root."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-test-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.folder, user="postgres")

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        return subprocess.run(
            [*prefix, *command],
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def start(self) -> str:
        port = _free_port()
        done = self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr.strip()}")
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {self.folder} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        done = self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-t",
            "60",
            "-o",
            options,
            "start",
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()} {log[-2000:]}")
        return f"postgresql://postgres@127.0.0.1:{port}/postgres"

    def stop(self) -> None:
        if self.data.exists():
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """URL of a PostgreSQL server's maintenance database: $KIOSK_TEST_PG_URL or one started here."""
    url = os.environ.get(PG_URL_VARIABLE)
    if url:
        yield url
        return
    bin_dir = _postgres_bin_dir()
    if bin_dir is None:
        pytest.fail(
            "The PostgreSQL tests need a PostgreSQL server and none was found "
            "(no initdb/pg_ctl under /usr/lib/postgresql/*/bin). Install it with "
            f"`apt-get install postgresql`, or set {PG_URL_VARIABLE}="
            "postgresql://user@host:port/postgres to use a running server.",
            pytrace=False,
        )
    server = ThrowAwayPostgres(bin_dir)
    try:
        url = server.start()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        server.stop()
        pytest.fail(
            f"Could not start a throw-away PostgreSQL server ({exc}). Fix the installation or "
            f"set {PG_URL_VARIABLE}=postgresql://user@host:port/postgres.",
            pytrace=False,
        )
    try:
        yield url
    finally:
        server.stop()


def _admin(server_url: str, statement: str) -> None:
    connection = psycopg2.connect(server_url)
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(statement)
    finally:
        connection.close()


def create_pg_database(server_url: str) -> tuple[str, str]:
    """Create an empty database on the server; return its name and URL."""
    name = f"test_{uuid.uuid4().hex[:16]}"
    _admin(server_url, f"CREATE DATABASE {name}")
    return name, server_url.rsplit("/", 1)[0] + "/" + name


def drop_pg_database(server_url: str, name: str) -> None:
    """Drop a test database, disconnecting anything still connected to it."""
    _admin(server_url, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


# --- a fresh database per test on each backend --------------------------------------------------

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, empty database: an SQLite file, or a new database on the server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kiosk.db'}"
        return
    server = request.getfixturevalue("pg_server")
    name, url = create_pg_database(server)
    try:
        yield url
    finally:
        close_database()
        drop_pg_database(server, name)


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test has its own data folder: erasing a test's member never touches (nor reads) the
    previews and exports of a kiosk that runs on this machine."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def clock() -> FixedClock:
    """A clock that only moves when told, starting at 1 March 2026, noon."""
    return FixedClock(START)


@pytest.fixture
def database(database_url: str, clock: FixedClock) -> Iterator[peewee.Database]:
    """A migrated database bound to the models' proxy, closed afterwards."""
    db = open_database(database_url)
    migrate(clock.now())
    try:
        yield db
    finally:
        close_database()


@pytest.fixture
def ctx(clock: FixedClock) -> Context:
    """The shop owner's context (as on the command line): default configuration, a fixed
    signing secret and the fixed clock."""
    return Context(Config(), SECRET, clock, staff="cli:test", role=OWNER)


@pytest.fixture
def customer_ctx(ctx: Context) -> Context:
    """The customer screen's context: the same settings, the customer role."""
    return ctx.as_customer()


# --- small factories ----------------------------------------------------------------------------


@pytest.fixture
def make_member(database: peewee.Database, ctx: Context) -> Callable[..., Enrolled]:
    """Enrol a member with a new card (and a unique phone); optionally give them points."""
    numbers = itertools.count(1)

    def make(name: str = "Ada Lovelace", points: int = 0, **extra: Any) -> Enrolled:
        extra.setdefault("phone", f"07700 9{next(numbers):05d}")
        enrolled = services.enrol(ctx, name, **extra)
        if points:
            services.adjust(ctx, enrolled.member_id, points, "starting points for a test")
        return enrolled

    return make


@pytest.fixture
def make_reward(database: peewee.Database) -> Callable[..., Reward]:
    """Add a reward to the catalogue."""
    numbers = itertools.count(1)

    def make(cost: int = 100, name: str | None = None, **fields: Any) -> Reward:
        return Reward.create(name=name or f"Reward {next(numbers)}", cost=cost, **fields)

    return make


@pytest.fixture
def make_cause(database: peewee.Database) -> Callable[..., Cause]:
    """Add a cause members can donate to."""

    def make(name: str = "Food bank", **fields: Any) -> Cause:
        return Cause.create(name=name, **fields)

    return make

"""Fixtures for running the real program as a subprocess against SQLite or PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg2
import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Completed:
    """A finished CLI run."""

    code: int
    stdout: str
    stderr: str

    def json(self) -> object:
        return json.loads(self.stdout)


@dataclass
class Cli:
    """Runs `python main.py ...` with its own data folder and database."""

    data_dir: Path
    db_url: str
    backend: str

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        env.update(
            KIOSK_DATA_DIR=str(self.data_dir), KIOSK_DB_URL=self.db_url, PYTHONIOENCODING="utf-8"
        )
        return env

    def run(self, *args: str, config: Path | None = None) -> Completed:
        command = [sys.executable, str(ROOT / "main.py")]
        if config is not None:
            command += ["--config", str(config)]
        done = subprocess.run(
            command + list(args),
            cwd=ROOT,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        return Completed(done.returncode, done.stdout, done.stderr)

    def ok(self, *args: str) -> object:
        done = self.run(*args, "--json")
        assert done.code == 0, f"{args} failed ({done.code}): {done.stderr}"
        assert "Traceback" not in done.stderr
        return done.json()


def _create_pg_database(server_url: str) -> tuple[str, str]:
    name = f"cli_{uuid.uuid4().hex[:12]}"
    connection = psycopg2.connect(server_url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {name}")
    connection.close()
    return name, server_url.rsplit("/", 1)[0] + "/" + name


def _drop_pg_database(server_url: str, name: str) -> None:
    connection = psycopg2.connect(server_url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    connection.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def cli(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Cli]:
    """A CLI bound to a fresh database of each backend."""
    data_dir = tmp_path / "data"
    if request.param == "sqlite":
        yield Cli(data_dir, f"sqlite:///{tmp_path / 'kiosk.db'}", "sqlite")
        return
    server_url = request.getfixturevalue("pg_server")
    name, url = _create_pg_database(server_url)
    try:
        yield Cli(data_dir, url, "postgres")
    finally:
        _drop_pg_database(server_url, name)


@pytest.fixture
def sqlite_cli(tmp_path: Path) -> Cli:
    """A CLI on a fresh SQLite database only."""
    return Cli(tmp_path / "data", f"sqlite:///{tmp_path / 'kiosk.db'}", "sqlite")


def run_kiosk_until(args: list[str], env: dict[str, str], done: Callable[[], bool]) -> None:
    """Run the kiosk program until done() holds (a bounded wait of a minute), check that it is
    still running, and stop it as systemd would (SIGTERM, then a kill if it hangs)."""
    kiosk = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        for _ in range(600):
            if done() or kiosk.poll() is not None:
                break
            time.sleep(0.1)
        assert kiosk.poll() is None, kiosk.communicate()[1]
    finally:
        kiosk.send_signal(signal.SIGTERM)
        try:
            kiosk.communicate(timeout=30)
        finally:
            if kiosk.poll() is None:
                kiosk.kill()
                kiosk.communicate()

"""Fixtures for service tests: a fresh migrated database per test on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import psycopg2
import pytest

from db.database import close_database, open_database
from db.migrations import migrate
from db.models import Cause, Reward
from kiosk.clock import FixedClock
from kiosk.config import Config
from kiosk.context import Context

START = datetime(2026, 3, 2, 12, 0, 0)


def create_pg_database(server_url: str) -> tuple[str, str]:
    """Create an empty database on the server; return its name and URL."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    connection = psycopg2.connect(server_url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE {name}")
    connection.close()
    return name, server_url.rsplit("/", 1)[0] + "/" + name


def drop_pg_database(server_url: str, name: str) -> None:
    """Drop a test database, closing anything still connected to it."""
    connection = psycopg2.connect(server_url)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    connection.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh, empty database of each backend."""
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


@pytest.fixture
def clock() -> FixedClock:
    """A clock that only moves when told."""
    return FixedClock(START)


@pytest.fixture
def ctx(db_url: str, clock: FixedClock) -> Iterator[Context]:
    """A migrated database and a context on it."""
    open_database(db_url)
    migrate(clock.now())
    try:
        yield Context(Config(), b"k" * 32, clock)
    finally:
        close_database()


@pytest.fixture
def catalogue(ctx: Context) -> dict[str, int]:
    """A small reward catalogue and one cause; returns ids by short name."""
    return {
        "coffee": Reward.create(name="Coffee", cost=100).id,
        "bag": Reward.create(name="Bag", cost=300, stock=1).id,
        "gold_only": Reward.create(name="Lounge", cost=50, min_tier="Gold").id,
        "cause": Cause.create(name="Food bank").id,
    }

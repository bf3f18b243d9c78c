"""A throw-away PostgreSQL server for the tests: KIOSK_TEST_PG_URL, or one started here."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / ".ci" / "pg-server.sh"


def _start() -> Iterator[str]:
    folder = tempfile.mkdtemp(prefix="kiosk-test-pg-")
    done = subprocess.run(["bash", str(SCRIPT), "start", folder], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(
            "A PostgreSQL server is needed for the PostgreSQL suite and none could be started "
            f"({done.stderr.strip()}). Install it (apt-get install postgresql) or set "
            "KIOSK_TEST_PG_URL=postgresql://user@host:port/postgres.",
            pytrace=False,
        )
    try:
        yield done.stdout.strip()
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop", folder], capture_output=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server's maintenance database, for creating test databases."""
    url = os.environ.get("KIOSK_TEST_PG_URL")
    if url:
        yield url
        return
    yield from _start()

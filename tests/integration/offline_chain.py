"""Shared set-up for the offline tests: a chain database behind a proxy, kiosks of two shops."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest

from db.database import close_database, open_database
from db.migrations import migrate
from kiosk.clock import utc_now
from kiosk.config import Config, OfflineConfig, StoreConfig
from kiosk.context import Context
from kiosk.failures import reset_connection
from kiosk.offline import gateway as gateway_module
from kiosk.offline.replica import forget_replicas
from kiosk.roles import OWNER
from tests.conftest import SECRET, create_pg_database, drop_pg_database
from tests.integration.flaky_proxy import FlakyProxy

TIMEOUTS = "connect_timeout=1&socket_timeout=2&statement_timeout=10"


@dataclass
class Chain:
    """The chain's server (direct URL), the kiosk's way to it (through the proxy), the proxy."""

    direct_url: str
    kiosk_url: str
    proxy: FlakyProxy
    folder: Path

    def heal(self) -> None:
        """The line is back; this thread's connection, cut with it, is opened afresh."""
        self.proxy.heal()
        reset_connection()

    def config(self, store: str = "SHOP-A", terminal: str = "A-1", **offline: object) -> Config:
        return dataclasses.replace(
            Config(),
            store=dataclasses.replace(StoreConfig(), id=store, terminal=terminal),
            offline=dataclasses.replace(
                OfflineConfig(), folder=str(self.folder / f"offline-{terminal}"), **offline
            ),
        )

    def context(self, store: str = "SHOP-A", terminal: str = "A-1") -> Context:
        return Context(self.config(store, terminal), SECRET, staff="cli:test", role=OWNER)


@pytest.fixture(name="chain")
def chain_fixture(pg_server: str, tmp_path: Path) -> Iterator[Chain]:
    """A fresh chain database, migrated, with the kiosk's proxied URL bound to the models."""
    name, url = create_pg_database(pg_server)
    parsed = urlparse(url)
    proxy = FlakyProxy(parsed.hostname or "127.0.0.1", parsed.port or 5432)
    proxy.__enter__()
    kiosk_url = f"postgresql://{parsed.username}@127.0.0.1:{proxy.port}/{name}?{TIMEOUTS}"
    open_database(kiosk_url)
    migrate(utc_now())
    try:
        yield Chain(url, kiosk_url, proxy, tmp_path)
    finally:
        gateway_module.uninstall()
        forget_replicas()
        proxy.heal()
        close_database()
        proxy.stop()
        drop_pg_database(pg_server, name)

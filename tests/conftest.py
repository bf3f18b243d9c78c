"""Shared fixtures: a throw-away PostgreSQL server and fresh databases for service tests."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.pg_server", "tests.core_fixtures"]

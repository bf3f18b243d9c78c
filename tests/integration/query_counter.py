"""Counts the SQL statements peewee sends on this thread's connection (BEGIN and COMMIT too)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import peewee


class _CountingCursor:
    """A DB-API cursor that notes each statement before running it."""

    def __init__(self, cursor: Any, seen: list[str]) -> None:
        self._cursor = cursor
        self._seen = seen

    def execute(self, sql: str, params: Any = None) -> Any:
        self._seen.append(" ".join(str(sql).split()))
        if params is None:
            return self._cursor.execute(sql)
        return self._cursor.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._cursor)


@contextmanager
def counted_statements(database: peewee.Database) -> Iterator[list[str]]:
    """Every statement run through the database's cursors inside the block, in order."""
    seen: list[str] = []
    original = database.cursor

    def cursor(*args: Any, **kwargs: Any) -> _CountingCursor:
        return _CountingCursor(original(*args, **kwargs), seen)

    database.cursor = cursor  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        del database.cursor


def verbs(statements: list[str]) -> list[str]:
    """The first word of each statement (SELECT, INSERT, UPDATE, BEGIN, COMMIT ...)."""
    return [statement.split()[0].upper() for statement in statements]

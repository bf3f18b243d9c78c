"""Hot-path SQL written once and run on the kiosk's own peewee connection, without query building.

peewee spends about three quarters of a simple indexed look-up building the SQL text. The
statements here are written once (with `?` for parameters), turned into the bound database's
parameter style once, and run through `Database.execute_sql`, so they share the connection,
the transaction, the error translation (peewee.OperationalError and friends) and the query
hooks of everything else; SQLite's statement cache keeps each of them prepared.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import peewee

from db.database import database_proxy

Converter = Callable[[Any], Any]


def _converter(field: peewee.Field | None) -> Converter | None:
    return None if field is None else field.python_value


class Statement:
    """One SQL statement; columns listed in `fields` are converted as peewee converts them."""

    __slots__ = ("_converters", "_texts", "sql")

    def __init__(self, sql: str, fields: Sequence[peewee.Field | None] = ()) -> None:
        self.sql = " ".join(sql.split())
        self._converters = [(i, _converter(f)) for i, f in enumerate(fields) if f is not None]
        self._texts: dict[str, str] = {}

    def _text(self, database: peewee.Database) -> str:
        text = self._texts.get(database.param)
        if text is None:
            text = self._texts[database.param] = self.sql.replace("?", database.param)
        return text

    def _convert(self, row: tuple[Any, ...]) -> tuple[Any, ...]:
        if not self._converters:
            return tuple(row)
        values = list(row)
        for index, convert in self._converters:
            value = values[index]
            if value is not None and convert is not None:
                values[index] = convert(value)
        return tuple(values)

    def all(self, *params: Any) -> list[tuple[Any, ...]]:
        """Every row."""
        database = database_proxy.obj
        cursor = database.execute_sql(self._text(database), params)
        return [self._convert(row) for row in cursor.fetchall()]

    def one(self, *params: Any) -> tuple[Any, ...] | None:
        """The first row, or None."""
        database = database_proxy.obj
        row = database.execute_sql(self._text(database), params).fetchone()
        return None if row is None else self._convert(row)

    def run(self, *params: Any) -> int:
        """Run a change; the number of rows it changed."""
        database = database_proxy.obj
        return int(database.execute_sql(self._text(database), params).rowcount)

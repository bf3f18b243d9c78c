"""Fast bulk inserts for seeding large demo and benchmark databases."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from db.database import database_proxy, is_postgres

CHUNK_ROWS = 20_000


def insert_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Insert rows in chunks with the driver's fastest path; return how many were written."""
    column_list = ", ".join(columns)
    count = 0
    chunk: list[Sequence[object]] = []
    connection = database_proxy.connection()
    if is_postgres():
        from psycopg2.extras import execute_values

        sql = f"INSERT INTO {table} ({column_list}) VALUES %s"

        def flush() -> None:
            with connection.cursor() as cursor:
                execute_values(cursor, sql, chunk, page_size=2000)
    else:
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table} ({column_list}) VALUES ({marks})"

        def flush() -> None:
            connection.executemany(sql, chunk)

    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK_ROWS:
            flush()
            count += len(chunk)
            chunk.clear()
    if chunk:
        flush()
        count += len(chunk)
    return count


def next_id(table: str) -> int:
    """The first free id of a table."""
    cursor = database_proxy.execute_sql(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")
    return int(cursor.fetchone()[0])


def reset_sequence(table: str) -> None:
    """After explicit ids, move PostgreSQL's id sequence past them."""
    if is_postgres():
        database_proxy.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
        )

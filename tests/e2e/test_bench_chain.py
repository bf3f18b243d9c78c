"""bench_chain runs terminals against PostgreSQL, directly and through pgbouncer, and its JSON
keeps the fields scripts and docs/SCALING.md follow (a tiny run: the figures are not judged)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest

from tests.conftest import create_pg_database, drop_pg_database

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from chain_pgbouncer import pgbouncer_binary  # noqa: E402
from chain_server import postmaster_pid  # noqa: E402

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

OPS = ("identify", "purchase", "redeem", "raw_identify", "heartbeat")
RUN_FIELDS = ("terminals", "terminals_running", "via", "seconds", "server_cpu_cores",
              "server_cpu_cores_all_databases", "server_cpu_ms_per_product_op",
              "terminals_cpu_cores", "loadavg_before", "loadavg_after", "loadavg_1min_mean")
OP_FIELDS = ("count", "p50_ms", "p99_ms", "max_ms", "errors", "achieved_per_s",
             "target_per_s", "late_p99_ms")
MIX = "identify=1,purchase=1,redeem=0.7,raw_identify=1,heartbeat=1"  # all within 3 s


@pytest.fixture(scope="module")
def bench_url(pg_server: str) -> Iterator[str]:
    """A database seeded once by the benchmark's own --seed-only step."""
    name, url = create_pg_database(pg_server)
    try:
        done = _bench("--pg-url", url, "--members", "400", "--seed-only")
        assert json.loads(done.stdout.splitlines()[-1])["members"] == 400
        yield url
    finally:
        drop_pg_database(pg_server, name)


def _bench(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "benchmarks/bench_chain.py", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr + done.stdout
    return done


def _server_on_this_machine(url: str) -> bool:
    connection = psycopg2.connect(url)
    try:
        return postmaster_pid(connection.cursor()) is not None
    finally:
        connection.close()


def _run(url: str, tmp_path: Path, *extra: str) -> dict:
    out = tmp_path / "chain.json"
    done = _bench("--pg-url", url, "--terminals", "3", "--seconds", "3", "--shops", "2",
                  "--mix", MIX, "--json", str(out), *extra)
    assert "raw_identify" in done.stdout  # the table
    figures = json.loads(out.read_text())
    assert figures["database"]["members"] == 400 and not figures["database"]["seeded"]
    (run,) = figures["runs"]
    for field in RUN_FIELDS:
        assert field in run, field
    assert run["terminals"] == run["terminals_running"] == 3
    for op in OPS:
        row = run["ops"][op]
        for field in OP_FIELDS:
            assert field in row, (op, field)
        assert row["count"] > 0, (op, row)
        assert row["p50_ms"] > 0 and row["p99_ms"] >= row["p50_ms"], (op, row)
    for op in ("identify", "purchase", "raw_identify"):
        assert run["ops"][op]["errors"] == 0, run["ops"][op]["error_reasons"]
    if _server_on_this_machine(url):  # a server elsewhere has no /proc here: no CPU figure
        assert run["server_cpu_seconds"] > 0  # read while the terminals' connections were open
    return run


def test_three_terminals_on_postgresql_directly(bench_url: str, tmp_path: Path) -> None:
    run = _run(bench_url, tmp_path)
    assert run["via"] == "direct" and run["pgbouncer_cpu_cores"] is None
    connection = psycopg2.connect(bench_url)  # the heartbeat job logs failures, never raises
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT store, code FROM terminal ORDER BY code")
            reported = cursor.fetchall()
    finally:
        connection.close()
    assert reported == [("S-0", "T-0"), ("S-1", "T-1"), ("S-0", "T-2")]


@pytest.mark.skipif(pgbouncer_binary() is None, reason="pgbouncer is not installed")
def test_three_terminals_through_pgbouncer_in_transaction_pooling(
    bench_url: str, tmp_path: Path
) -> None:
    run = _run(bench_url, tmp_path, "--pgbouncer", "--pgbouncer-from", "1", "--pool-size", "2")
    assert run["via"] == "pgbouncer" and run["pgbouncer_pool_size"] == 2
    assert run["pgbouncer_cpu_cores"] is not None

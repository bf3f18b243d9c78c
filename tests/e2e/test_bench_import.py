"""bench_import's JSON keeps the fields scripts follow (a tiny run: figures are not checked)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e


def test_bench_import_json_has_the_figures_scripts_follow() -> None:
    done = subprocess.run(
        [sys.executable, "benchmarks/bench_import.py", "--members", "300", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert figures["members"] == 300 and figures["sqlite"]["members"] == 300
    assert figures["seconds"] > 0 and figures["rows_per_s"] > 0 and figures["raw_seconds"] > 0
    assert figures["sqlite"]["rerun_seconds"] > 0 and figures["sqlite"]["dry_run_seconds"] > 0
    assert "raw sqlite3 executemany" in done.stderr  # the table goes to stderr with --json

"""bench_core's JSON keeps the fields scripts follow (a tiny run: figures are not checked)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e


def test_bench_core_json_has_the_figures_scripts_follow(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "benchmarks/bench_core.py",
            "--members",
            "300",
            "--samples",
            "30",
            "--redeem-samples",
            "25",
            "--json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    for measure in ("identify", "redeem_to_last_byte"):
        assert figures[measure]["p50_ms"] > 0 and figures[measure]["p99_ms"] > 0
    assert figures["identify"]["raw_p50_ms"] > 0
    assert figures["redeem_to_last_byte"]["job_bytes"] > 1000
    assert "identify is" in done.stderr  # the table goes to stderr with --json

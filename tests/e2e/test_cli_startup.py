"""The command line starts light: the parser, --help and `member show` load only what they use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("kiosk.reports", "psycopg2", "escpos", "hardware", "PIL", "qrcode", "barcode", "PySide6")

pytestmark = pytest.mark.e2e


def _loaded_after(code: str, env: dict[str, str]) -> list[str]:
    """The heavy modules loaded once code has run in a fresh interpreter."""
    probe = (
        f"import sys\n{code}\n"
        f"print('@@' + ','.join(sorted({{m.split('.')[0] if not m.startswith('kiosk.reports') "
        f"else 'kiosk.reports' for m in sys.modules if m.startswith({HEAVY!r}) "
        f"and sys.modules[m] is not None}})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("@@"))
    return [name for name in line[2:].split(",") if name]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    clean.update(KIOSK_DATA_DIR=str(tmp_path), KIOSK_DB_URL=f"sqlite:///{tmp_path / 'k.db'}")
    return clean


def test_building_the_parser_loads_no_reports_database_driver_or_printer(env) -> None:
    code = "import main\nmain.build_parser().format_help()"
    assert _loaded_after(code, env) == []


def test_member_show_on_sqlite_loads_no_reports_postgres_driver_or_printer(env) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "main.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    assert cli("db", "init").returncode == 0
    enrolled = cli("member", "enrol", "--name", "Ada Lovelace", "--json")
    assert enrolled.returncode == 0, enrolled.stderr
    card = json.loads(enrolled.stdout)["card"]
    code = (
        "import contextlib, io, main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    assert main.main(['member', 'show', {card!r}]) == 0\n"
        "assert 'Ada Lovelace' in out.getvalue()"
    )
    assert _loaded_after(code, env) == []

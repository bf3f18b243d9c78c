"""kiosk-session: the unit sees the kiosk's own exit status through cage (and xinit)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.deploy.session import require_reachable, runtime_dir, session_env, unprivileged
from tests.deploy.units import DEPLOY

pytestmark = pytest.mark.deploy

SESSION = DEPLOY / "kiosk-session"


@pytest.fixture(scope="module")
def runtime() -> Iterator[Path]:
    if shutil.which("cage") is None:
        pytest.fail("cage is missing (bash .ci/system-deps.sh)")
    require_reachable(SESSION)
    folder = runtime_dir(unprivileged()[1])
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _in_cage(runtime: Path, *command: str, session: bool = True) -> int:
    as_user, _ = unprivileged()
    program = [str(SESSION), *command] if session else ["cage", "--", *command]
    done = subprocess.run([*as_user, *session_env(runtime), *program], capture_output=True,
                          text=True, timeout=60, check=False)
    return done.returncode


@pytest.mark.parametrize("status", [0, 1, 3, 10])
def test_the_session_exits_with_the_kiosks_own_status(runtime: Path, status: int) -> None:
    assert _in_cage(runtime, "/bin/sh", "-c", f"exit {status}") == status


def test_a_kiosk_killed_by_a_signal_is_a_failure(runtime: Path) -> None:
    assert _in_cage(runtime, "/bin/sh", "-c", "kill -KILL $$") == 128 + 9


def test_cage_alone_would_hide_a_managers_close(runtime: Path) -> None:
    """Why the session script exists: Debian 12's cage 0.1.4 exits 0 whatever its client did
    (cage 0.2.0 passes the status on; then the script changes nothing)."""
    status = _in_cage(runtime, "/bin/sh", "-c", "exit 10", session=False)
    version = subprocess.run(["cage", "-v"], capture_output=True, text=True, check=False)
    if "0.1." in version.stdout + version.stderr:
        assert status == 0
    else:
        assert status == 10


def test_the_session_leaves_no_status_file_behind(runtime: Path) -> None:
    as_user, uid = unprivileged()
    folder = runtime_dir(uid)
    try:
        done = subprocess.run(
            [*as_user, *session_env(runtime, RUNTIME_DIRECTORY=str(folder)), str(SESSION),
             "/bin/sh", "-c", "exit 10"], capture_output=True, timeout=60, check=False)
        assert done.returncode == 10
        assert list(folder.iterdir()) == []
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_session_without_a_program_says_how_to_use_it() -> None:
    done = subprocess.run([str(SESSION)], capture_output=True, text=True, timeout=30,
                          check=False)
    assert done.returncode == 2 and "usage: kiosk-session" in done.stderr

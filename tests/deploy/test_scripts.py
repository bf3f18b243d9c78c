"""The shell scripts: they parse, shellcheck finds nothing, and install.sh refuses clearly."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.deploy.session import require_reachable, unprivileged
from tests.deploy.units import DEPLOY

pytestmark = pytest.mark.deploy

INSTALL = DEPLOY / "install.sh"
SESSION = DEPLOY / "kiosk-session"


def test_the_scripts_parse() -> None:
    for shell, script in (("bash", INSTALL), ("sh", SESSION)):
        done = subprocess.run([shell, "-n", str(script)], capture_output=True, text=True,
                              timeout=30, check=False)
        assert done.returncode == 0, f"{script.name}: {done.stderr}"


def test_shellcheck_finds_nothing() -> None:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.fail("shellcheck is missing (Debian package shellcheck; bash .ci/system-deps.sh)")
    done = subprocess.run([shellcheck, str(INSTALL), str(SESSION)], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_scripts_are_executable() -> None:
    for script in (INSTALL, SESSION):
        assert os.access(script, os.X_OK), f"{script.name} is not executable"


def test_install_refuses_an_ordinary_user() -> None:
    require_reachable(INSTALL)
    as_user, _ = unprivileged()
    done = subprocess.run([*as_user, "bash", str(INSTALL), "--no-apt"], capture_output=True,
                          text=True, timeout=30, check=False, cwd="/")
    assert done.returncode == 1
    assert "run me as root" in done.stderr


def test_install_refuses_an_unknown_option_before_touching_anything() -> None:
    done = subprocess.run(["bash", str(INSTALL), "--no-atp"], capture_output=True, text=True,
                          timeout=30, check=False, cwd="/")
    assert done.returncode == 1
    assert "unknown option: --no-atp" in done.stderr


def test_install_explains_its_options() -> None:
    done = subprocess.run(["bash", str(INSTALL), "--help"], capture_output=True, text=True,
                          timeout=30, check=False)
    assert done.returncode == 0
    for option in ("--source DIR", "--no-apt", "--x11"):
        assert option in done.stdout

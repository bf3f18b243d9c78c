"""deploy/install.sh for real on this machine (root only): install, use, upgrade, remove."""

from __future__ import annotations

import grp
import hashlib
import os
import pwd
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.deploy.units import DEPLOY, ROOT

pytestmark = [pytest.mark.install, pytest.mark.deploy]

PREFIX = Path("/opt/loyalty-kiosk")
DATA = Path("/var/lib/loyalty-kiosk")
CONFIG_DIR = Path("/etc/loyalty-kiosk")
CONFIG = CONFIG_DIR / "kiosk.toml"
WRAPPER = Path("/usr/local/bin/loyalty-kiosk")
UNIT_DIR = Path("/etc/systemd/system")
RULES = Path("/etc/udev/rules.d/60-loyalty-kiosk.rules")
CARD = "2900000000995"
SETUP = ("setup", "--shop-name", "Corner Market", "--country", "GB", "--printer", "none",
         "--scanner", "keyboard", "--manager", "Maria Manager", "--pin", "2468", "--empty", "--yes")


def _remove_installation() -> None:
    """Everything install.sh makes, so that the next run starts on a blank machine."""
    for folder in (PREFIX, DATA, CONFIG_DIR):
        shutil.rmtree(folder, ignore_errors=True)
    for path in (WRAPPER, RULES, *UNIT_DIR.glob("loyalty-kiosk*.service"),
                 *UNIT_DIR.glob("*.wants/loyalty-kiosk*.service")):
        path.unlink(missing_ok=True)
    subprocess.run(["userdel", "kiosk"], capture_output=True, check=False)
    subprocess.run(["groupdel", "kiosk"], capture_output=True, check=False)


@pytest.fixture
def blank_machine() -> Iterator[None]:
    if os.geteuid() != 0:
        pytest.skip("the real installation needs root (it runs in CI's throw-away machine)")
    if PREFIX.exists() or DATA.exists() or CONFIG_DIR.exists():
        pytest.skip(f"{PREFIX}, {DATA} or {CONFIG_DIR} exists: a real installation, left alone")
    try:
        yield
    finally:
        _remove_installation()


def _install(*options: str) -> str:
    done = subprocess.run(["bash", str(DEPLOY / "install.sh"), "--source", str(ROOT), "--no-apt",
                           *options],
                          capture_output=True, text=True, timeout=900, check=False, cwd="/")
    assert done.returncode == 0, f"install.sh failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(WRAPPER), *args], capture_output=True, text=True, timeout=120,
                          check=False, cwd="/")


def _mode(path: Path) -> tuple[int, str, str]:
    info = path.stat()
    return (stat.S_IMODE(info.st_mode), pwd.getpwuid(info.st_uid).pw_name,
            grp.getgrgid(info.st_gid).gr_name)


@pytest.mark.usefixtures("blank_machine")
def test_install_on_a_blank_machine_then_upgrade_in_place() -> None:
    first = _install()
    assert "Creating the system user kiosk" in first
    assert "Installed. Next steps:" in first and "loyalty-kiosk setup" in first

    kiosk = pwd.getpwnam("kiosk")
    assert kiosk.pw_dir == str(DATA)
    assert kiosk.pw_uid < 1000, "not a system user"
    member_of = {group.gr_name for group in grp.getgrall() if "kiosk" in group.gr_mem}
    wanted = {name for name in ("dialout", "lp", "video", "input", "render")
              if _group_exists(name)}
    assert wanted <= member_of, f"kiosk is in {member_of}, not in all of {wanted}"
    assert _mode(DATA) == (0o700, "kiosk", "kiosk")
    assert _mode(CONFIG_DIR) == (0o2770, "root", "kiosk")
    assert not CONFIG.exists(), "the set-up screen writes the configuration, not the installer"
    assert _mode(WRAPPER)[0] == 0o755
    assert (PREFIX / "app" / "main.py").is_file()
    assert not (PREFIX / "app" / ".git").exists() and not (PREFIX / "app" / ".venv").exists()
    assert (UNIT_DIR / "loyalty-kiosk.service").read_text() == (
        DEPLOY / "systemd" / "loyalty-kiosk.service").read_text()
    assert (UNIT_DIR / "multi-user.target.wants" / "loyalty-kiosk.service").exists(), "not enabled"
    assert RULES.read_text() == (DEPLOY / "udev" / "60-loyalty-kiosk.rules").read_text()

    # the first set-up, as a shop does it: the command writes the configuration as the kiosk user
    setup = _kiosk(*SETUP)
    assert setup.returncode == 0, setup.stdout + setup.stderr
    assert _mode(CONFIG)[1] == "kiosk"
    assert _kiosk("db", "init").returncode == 0
    enrolled = _kiosk("member", "enrol", "--name", "Alex Example", "--card", CARD)
    assert enrolled.returncode == 0, enrolled.stderr
    assert _mode(DATA / "kiosk.db")[1] == "kiosk", "the database belongs to the kiosk user"
    config_before = hashlib.sha256(CONFIG.read_bytes()).hexdigest()

    second = _install()
    assert "User kiosk exists" in second and "Keeping the configuration" in second
    assert "Upgrading the database schema" in second
    assert hashlib.sha256(CONFIG.read_bytes()).hexdigest() == config_before
    shown = _kiosk("member", "show", CARD)
    assert shown.returncode == 0 and "Alex Example" in shown.stdout, shown.stdout + shown.stderr
    assert _mode(DATA) == (0o700, "kiosk", "kiosk")

    _install("--x11")  # the bare X fallback instead of cage: only one of the two is enabled
    wants = UNIT_DIR / "multi-user.target.wants"
    assert (wants / "loyalty-kiosk-x.service").exists()
    assert not (wants / "loyalty-kiosk.service").exists()
    assert "Alex Example" in _kiosk("member", "show", CARD).stdout


def _group_exists(name: str) -> bool:
    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True

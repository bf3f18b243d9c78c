"""The systemd units: valid for systemd-analyze, and the decisions the kiosk relies on."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.deploy.units import (
    CAGE_UNIT,
    DEPLOY,
    INSTALLED_APP,
    INSTALLED_PYTHON,
    ROOT,
    UNITS,
    X11_UNIT,
    environment,
    exec_start,
    read_unit,
    single,
    values,
)

pytestmark = pytest.mark.deploy


def _verify(unit_text: str, name: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """systemd-analyze verify on a copy whose installed paths point into this checkout (the
    ExecStart program must exist for verify; everything else stays as shipped)."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.fail("systemd-analyze is missing (Debian package systemd; bash .ci/system-deps.sh)")
    copy = folder / name
    copy.write_text(unit_text.replace(INSTALLED_PYTHON, sys.executable)
                    .replace(INSTALLED_APP, str(ROOT)), encoding="utf-8")
    return subprocess.run([analyze, "verify", "--man=no", str(copy)], capture_output=True,
                          text=True, timeout=60, check=False)


@pytest.mark.parametrize("unit", UNITS, ids=[unit.name for unit in UNITS])
def test_every_unit_passes_systemd_analyze_verify(unit: Path, tmp_path: Path) -> None:
    done = _verify(unit.read_text(encoding="utf-8"), unit.name, tmp_path)
    complaints = (done.stdout + done.stderr).strip()
    assert done.returncode == 0 and not complaints, complaints


def test_the_verify_check_catches_a_broken_unit(tmp_path: Path) -> None:
    """systemd-analyze exits 0 on a line it ignores; the check above also reads its output."""
    broken = CAGE_UNIT.read_text(encoding="utf-8").replace("Type=notify", "Type=notifyy")
    done = _verify(broken, CAGE_UNIT.name, tmp_path)
    assert "notifyy" in done.stdout + done.stderr


@pytest.mark.parametrize("unit", [CAGE_UNIT, X11_UNIT], ids=["cage", "xinit"])
def test_the_unit_restarts_crashes_but_not_a_managers_close(unit: Path) -> None:
    assert single(unit, "Service", "Restart") == "always"
    assert single(unit, "Service", "RestartPreventExitStatus") == "10"
    assert single(unit, "Unit", "StartLimitIntervalSec") == "0"


@pytest.mark.parametrize("unit", [CAGE_UNIT, X11_UNIT], ids=["cage", "xinit"])
def test_the_unit_waits_for_ready_and_watches_the_kiosk(unit: Path) -> None:
    assert single(unit, "Service", "Type") == "notify"
    assert single(unit, "Service", "NotifyAccess") == "all"  # the kiosk is the compositor's child
    assert single(unit, "Service", "WatchdogSec") == "30"
    assert single(unit, "Service", "TimeoutStartSec") == "90"


@pytest.mark.parametrize("unit", [CAGE_UNIT, X11_UNIT], ids=["cage", "xinit"])
def test_the_unit_runs_on_tty1_as_the_kiosk_user(unit: Path) -> None:
    assert single(unit, "Service", "User") == "kiosk"
    assert single(unit, "Service", "PAMName") == "login"
    assert single(unit, "Service", "TTYPath") == "/dev/tty1"
    assert "getty@tty1.service" in " ".join(values(unit, "Unit", "Conflicts"))
    assert "systemd-user-sessions.service" in " ".join(values(unit, "Unit", "After"))
    assert single(unit, "Service", "StandardOutput") == "journal"
    assert single(unit, "Service", "StandardError") == "journal"
    assert single(unit, "Install", "WantedBy") == "multi-user.target"


@pytest.mark.parametrize("unit", [CAGE_UNIT, X11_UNIT], ids=["cage", "xinit"])
def test_the_unit_gives_the_installed_paths_and_keeps_the_rest_read_only(unit: Path) -> None:
    env = environment(unit)
    assert env["KIOSK_CONFIG"] == "/etc/loyalty-kiosk/kiosk.toml"
    assert env["KIOSK_DATA_DIR"] == "/var/lib/loyalty-kiosk"
    assert env["QT_QPA_PLATFORM"] == "xcb"
    assert single(unit, "Service", "StateDirectory") == "loyalty-kiosk"
    assert single(unit, "Service", "RuntimeDirectory") == "loyalty-kiosk"
    assert single(unit, "Service", "NoNewPrivileges") == "yes"
    assert single(unit, "Service", "ProtectSystem") == "full"
    assert single(unit, "Service", "ProtectHome") == "yes"
    assert single(unit, "Service", "PrivateTmp") == "yes"
    assert single(unit, "Service", "ReadWritePaths").split() == [
        "/var/lib/loyalty-kiosk", "/etc/loyalty-kiosk"]
    # the screen, keyboard and touch need the real /dev
    assert not values(unit, "Service", "PrivateDevices")


def test_the_cage_unit_runs_the_kiosk_through_the_session_script() -> None:
    words = exec_start(CAGE_UNIT, ROOT, "python")
    assert words == [str(DEPLOY / "kiosk-session"), "python", str(ROOT / "main.py")]
    x11 = exec_start(X11_UNIT, ROOT, "python")
    assert x11 == [str(DEPLOY / "kiosk-session"), "--x11", "python", str(ROOT / "main.py")]
    assert "loyalty-kiosk.service" in " ".join(values(X11_UNIT, "Unit", "Conflicts"))


def test_the_unit_reader_refuses_what_is_not_a_unit(tmp_path: Path) -> None:
    bad = tmp_path / "bad.service"
    bad.write_text("[Service]\nType notify\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Type notify"):
        read_unit(bad)

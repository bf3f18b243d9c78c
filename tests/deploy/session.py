"""Runs programs the way the kiosk's unit does: unprivileged, in cage's headless mode."""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

HEADLESS = {"WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1"}


def unprivileged() -> tuple[list[str], int]:
    """The command prefix that runs as an ordinary user (cage refuses root) and that user's id."""
    if os.geteuid() != 0:
        return [], os.geteuid()
    runuser = shutil.which("runuser") or "/usr/sbin/runuser"
    return [runuser, "-u", "nobody", "--"], pwd.getpwnam("nobody").pw_uid


def require_reachable(path: Path) -> None:
    """Make sure the unprivileged user can read this checkout's file (cage refuses root, so
    these tests run programs from the checkout as `nobody`). A checkout under a private folder
    such as /root gets the search bit (o+x, never read) on the folders above it for this test
    run, restored when the tests end; a file nobody may read still fails clearly."""
    as_user, _ = unprivileged()
    if not as_user or _readable(as_user, path):
        return
    opened = [folder for folder in reversed(path.resolve().parents) if _open_search_bit(folder)]
    if opened:
        atexit.register(_close_search_bits, opened)
    if not _readable(as_user, path):
        raise AssertionError(f"nobody cannot read {path}: put the checkout where every user can "
                             "read it, as cage refuses to run as root")


def _readable(as_user: list[str], path: Path) -> bool:
    done = subprocess.run([*as_user, "test", "-r", str(path)], capture_output=True, timeout=30,
                          check=False)
    return done.returncode == 0


def _open_search_bit(folder: Path) -> bool:
    mode = folder.stat().st_mode
    if mode & stat.S_IXOTH:
        return False
    folder.chmod(stat.S_IMODE(mode) | stat.S_IXOTH)
    return True


def _close_search_bits(folders: list[Path]) -> None:
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.chmod(stat.S_IMODE(folder.stat().st_mode) & ~stat.S_IXOTH)


def runtime_dir(owner: int) -> Path:
    """A private XDG_RUNTIME_DIR in /tmp for that user (cage puts its sockets there)."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-session-"))
    os.chown(folder, owner, -1)
    return folder


def session_env(runtime: Path, **extra: str) -> list[str]:
    """`env -i` words: a clean environment as systemd gives a service, plus cage's headless mode."""
    pairs = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(runtime),
             "XDG_RUNTIME_DIR": str(runtime), **HEADLESS, **extra}
    return ["/usr/bin/env", "-i", *(f"{key}={value}" for key, value in pairs.items())]


def python_for(uid: int, folder: Path) -> str:
    """A Python with the kiosk's packages that this user can run: the test's own when it can,
    else a small venv of the system's Python (same version) that reads the test's packages."""
    if uid == os.geteuid() or _can_run(uid, sys.executable):
        return sys.executable
    system = "/usr/bin/python3"
    version = subprocess.run([system, "-c", "import sys; print(sys.version_info[:2])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    if version != str(tuple(sys.version_info[:2])):
        raise RuntimeError(f"{sys.executable} is not reachable by uid {uid} and {system} is "
                           f"Python {version}, not {sys.version_info[:2]}")
    target = folder / "venv"
    subprocess.run([system, "-m", "venv", "--without-pip", str(target)], check=True)
    site = next(target.glob("lib/python3*/site-packages"))
    paths = [path for path in sys.path if path.endswith("site-packages")]
    lines = "".join(f"import site; site.addsitedir({path!r})\n" for path in paths)
    (site / "kiosk-test-packages.pth").write_text(lines, encoding="utf-8")
    folder.chmod(0o755)
    return str(target / "bin" / "python")


def _can_run(uid: int, program: str) -> bool:
    user = pwd.getpwuid(uid).pw_name
    done = subprocess.run(["runuser", "-u", user, "--", program, "-c", "import PySide6"],
                          capture_output=True, timeout=60, check=False)
    return done.returncode == 0

"""Each configured scanner's port: there, openable by the kiosk's user, and named for good."""

from __future__ import annotations

import grp
import os
import pwd
import re
import stat
from pathlib import Path
from typing import Any

from kiosk.config import ScannerConfig
from kiosk.doctor.account import kiosk_user
from kiosk.doctor.result import CheckResult, fail, ok, warn

BY_ID = Path("/dev/serial/by-id")
NUMBERED = re.compile(r"/tty(USB|ACM)\d+$")  # numbers that change between boots


def _label(index: int, scanner: ScannerConfig) -> str:
    return f"scanner {scanner.name}" if scanner.name else f"scanner {index + 1}"


def stable_links(device: str) -> list[str]:
    """The /dev/serial/by-id names that point at a device, e.g. /dev/ttyUSB0."""
    if not BY_ID.is_dir():
        return []
    target = os.path.realpath(device)
    return sorted(str(link) for link in BY_ID.iterdir() if os.path.realpath(link) == target)


def _suggest(ports: list[dict[str, Any]]) -> str:
    """A list of ports this machine has, with their stable names where known."""
    names = []
    for port in ports[:6]:
        device = str(port.get("device") or "")
        links = stable_links(device)
        names.append(links[0] if links else device)
    if not names:
        return "This PC shows no serial ports (`python main.py scanner list`)."
    return "Ports on this PC: " + ", ".join(names) + "."


def user_may_open(path: str, user: str) -> tuple[bool, str]:
    """Whether user may read and write the device (by owner, group or others), and the
    device's group name (for 'add kiosk to group dialout')."""
    info = os.stat(path)
    mode = stat.S_IMODE(info.st_mode)
    try:
        group = grp.getgrgid(info.st_gid).gr_name
    except KeyError:
        group = str(info.st_gid)
    account = pwd.getpwnam(user)
    if account.pw_uid == 0:
        return True, group
    if info.st_uid == account.pw_uid:
        return mode & 0o600 == 0o600, group
    if info.st_gid in os.getgrouplist(user, account.pw_gid):
        return mode & 0o060 == 0o060, group
    return mode & 0o006 == 0o006, group


def check_scanner(index: int, scanner: ScannerConfig,
                  ports: list[dict[str, Any]]) -> CheckResult:
    """One scanner: its port exists and the kiosk's user may open it."""
    name = _label(index, scanner)
    url = scanner.url
    if not url:
        return fail(name, f"The {name} has no port (scanners[{index}].url is empty).",
                    f"Set its url to the scanner's port. {_suggest(ports)}")
    if "://" in url:
        return ok(name, f"The {name} uses the pyserial URL {url} (not a device file: not "
                        "checked here; `python main.py scanner listen` shows its codes).")
    if not os.path.exists(url):
        return fail(name, f"The {name}'s port {url} does not exist.",
                    f"Plug the scanner in, or correct scanners[{index}].url. {_suggest(ports)}")
    if os.geteuid() == 0:
        user = kiosk_user()
        try:
            allowed, group = user_may_open(url, user)
        except KeyError:
            return warn(name, f"The {name}'s port {url} exists, but there is no '{user}' "
                              "user to check it for.", "Install the kiosk with deploy/install.sh "
                              "(it creates the user), or run doctor as the kiosk's user.")
        if not allowed:
            return fail(name, f"The '{user}' user may not open the {name}'s port {url} "
                              f"(group {group}).",
                        f"Add {user} to group {group}: usermod -aG {group} {user} "
                        "(then restart the kiosk).")
    elif not os.access(url, os.R_OK | os.W_OK):
        group = _group_of(url)
        return fail(name, f"This user may not open the {name}'s port {url} (group {group}).",
                    f"Add the kiosk's user to group {group}: sudo usermod -aG {group} "
                    "$USER, then log in again.")
    match = NUMBERED.search(url)
    if match:
        links = stable_links(url)
        better = f" Use {links[0]} instead." if links else (
            " Use its name under /dev/serial/by-id (or a udev rule) instead.")
        return warn(name, f"The {name}'s port {url} works, but its number can change at the next "
                          "boot or when another USB device is plugged in.",
                    f"Set scanners[{index}].url to a stable name.{better}")
    return ok(name, f"The {name}'s port {url} is there and can be opened.")


def _group_of(path: str) -> str:
    gid = os.stat(path).st_gid
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def check_scanners(scanners: list[ScannerConfig],
                   ports: list[dict[str, Any]]) -> list[CheckResult]:
    """Every configured scanner; none configured is fine (a keyboard-wedge scanner needs none)."""
    if not scanners:
        return [ok("scanners", "No serial scanner is configured (a USB keyboard-wedge scanner "
                               "needs no setting).")]
    return [check_scanner(index, scanner, ports) for index, scanner in enumerate(scanners)]

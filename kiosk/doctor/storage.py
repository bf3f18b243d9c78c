"""The data folder: there, writable, private (0700 folders, 0600 files) and with room to grow."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from kiosk.doctor.account import kiosk_user, not_owned_by_kiosk
from kiosk.doctor.result import CheckResult, fail, ok, warn
from kiosk.paths import (
    KEPT_FILE_PREFIXES,
    KEPT_TREES,
    PRIVATE_DIR_MODE,
    PRIVATE_FILE_MODE,
    data_dir,
)

WARN_FREE_BYTES = 1024**3  # under 1 GB: a few weeks of backups may no longer fit
FAIL_FREE_BYTES = 100 * 1024**2  # under 100 MB: the database may soon refuse to write
SHOWN = 3


def _mode_of(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def loose_entries(root: Path) -> list[tuple[Path, int, int]]:
    """Entries of the data folder the kiosk keeps private, whose mode is not the private one:
    (path, mode, wanted mode). The same entries as kiosk.paths.tighten_data_tree, read only."""
    found: list[tuple[Path, int, int]] = []

    def check(path: Path, wanted: int) -> None:
        if path.is_symlink():
            return
        mode = _mode_of(path)
        if mode & 0o077:
            found.append((path, mode, wanted))

    if root.resolve() != Path.home().resolve():
        check(root, PRIVATE_DIR_MODE)
    for entry in sorted(root.iterdir()):
        if entry.name in KEPT_TREES and entry.is_dir() and not entry.is_symlink():
            for folder, folders, files in os.walk(entry):
                check(Path(folder), PRIVATE_DIR_MODE)
                for name in files:
                    check(Path(folder) / name, PRIVATE_FILE_MODE)
                folders[:] = [n for n in folders if not (Path(folder) / n).is_symlink()]
        elif entry.name.startswith(KEPT_FILE_PREFIXES) and entry.is_file():
            check(entry, PRIVATE_FILE_MODE)
    return found


def check_data_folder() -> CheckResult:
    """The data folder exists, the kiosk may write it, and only the kiosk may read it."""
    folder = data_dir()
    if not folder.exists():
        return warn(
            "data folder",
            f"The data folder {folder} does not exist yet.",
            "The kiosk creates it (0700) at its first start; on a shop PC the install script "
            "creates /var/lib/loyalty-kiosk. Set KIOSK_DATA_DIR if the data lives elsewhere.",
        )
    if not folder.is_dir():
        return fail("data folder", f"The data folder {folder} is not a folder.",
                    "Move that file away or point KIOSK_DATA_DIR at a folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        return fail(
            "data folder",
            f"This user may not write in the data folder {folder}.",
            f"Run doctor as the kiosk's user, or give the folder to it: "
            f"chown -R kiosk:kiosk {folder}",
        )
    owner = not_owned_by_kiosk(str(folder))
    if owner is not None:
        return fail(
            "data folder",
            f"The data folder {folder} belongs to {owner}, so the '{kiosk_user()}' user may not "
            "write in it.",
            f"Run: chown -R {kiosk_user()}:{kiosk_user()} {folder}",
        )
    loose = loose_entries(folder)
    if loose:
        shown = ", ".join(
            f"{path} ({mode:04o}, should be {wanted:04o})" for path, mode, wanted in loose[:SHOWN]
        )
        more = f" and {len(loose) - SHOWN} more" if len(loose) > SHOWN else ""
        return fail(
            "data folder",
            f"Other users can read what the kiosk keeps about members: {shown}{more}.",
            f"Run: chmod -R go-rwx {folder} (the kiosk also tightens these at its next start).",
        )
    return ok("data folder", f"The data folder {folder} is writable and private.")


def check_free_space() -> CheckResult:
    """Free space on the data folder's disk: warn under 1 GB, fail under 100 MB."""
    folder = data_dir()
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    free = shutil.disk_usage(folder).free
    text = _size(free)
    action = (f"Free space on the disk of {folder}: delete old backups or exports, or move the "
              "data folder to a bigger disk.")
    if free < FAIL_FREE_BYTES:
        return fail("disk space", f"Only {text} free for the data folder: the database will "
                                  "soon refuse to save purchases.", action)
    if free < WARN_FREE_BYTES:
        return warn("disk space", f"Only {text} free for the data folder (under 1 GB): "
                                  "backups may soon not fit.", action)
    return ok("disk space", f"{text} free for the data folder.")


def _size(count: int) -> str:
    if count >= 1024**3:
        return f"{count / 1024**3:.1f} GB"
    return f"{count / 1024**2:.0f} MB"

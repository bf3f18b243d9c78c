"""Where member files wait to be imported: the kiosk's imports folder and mounted USB sticks."""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path

SUFFIXES = (".csv", ".txt", ".xlsx")
MOUNT_PATTERNS = ("/media/*", "/media/*/*", "/run/media/*/*", "/mnt/*")
MAX_FILES = 200


def mounted_media(patterns: Iterable[str] = MOUNT_PATTERNS) -> list[Path]:
    """The folders removable media are mounted on (those that exist and can be listed)."""
    return [Path(found) for pattern in patterns for found in sorted(glob.glob(pattern))
            if Path(found).is_dir()]


def import_files(folders: Iterable[Path]) -> list[Path]:
    """The CSV and XLSX files at the top of each folder or one folder down (hidden ones and
    Excel's ~$ lock files left out), newest first, at most MAX_FILES."""
    found: dict[Path, float] = {}
    for folder in folders:
        for depth in ("*", "*/*"):
            try:
                candidates = list(Path(folder).glob(depth))
            except OSError:
                continue
            for path in candidates:
                if _wanted(path):
                    try:
                        found[path] = path.stat().st_mtime
                    except OSError:
                        continue
    return sorted(found, key=lambda p: (-found[p], str(p)))[:MAX_FILES]


def _wanted(path: Path) -> bool:
    name = path.name
    if name.startswith((".", "~$")) or path.suffix.lower() not in SUFFIXES:
        return False
    try:
        return path.is_file()
    except OSError:
        return False

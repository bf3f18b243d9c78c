"""Where the kiosk keeps its files (the platform's user data folder unless told otherwise), and
how it creates them: folders 0700 and files 0600 whatever the umask, since they hold members'
personal data and voucher codes."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

APP_NAME = "loyalty-kiosk"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
PRIVATE_UMASK = 0o077


def data_dir() -> Path:
    """The data directory (KIOSK_DATA_DIR overrides the platform default)."""
    override = os.environ.get("KIOSK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir  # not needed (nor imported) when the folder is given

    return Path(user_data_dir(APP_NAME, appauthor=False))


def make_private_dir(path: Path) -> Path:
    """Create path and any missing parents as 0700 folders; folders that exist keep their mode
    (a parent such as /tmp must not change), except path itself inside the data folder."""
    missing = []
    current = Path(path)
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        os.chmod(folder, PRIVATE_DIR_MODE)
    if _inside_data_dir(path) and path.is_dir() and not path.is_symlink():
        os.chmod(path, PRIVATE_DIR_MODE)
    return path


def write_private_bytes(path: Path, data: bytes) -> Path:
    """Write a file readable by its owner only (0600), replacing what it held."""
    make_private_dir(path.parent)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(descriptor, "wb") as handle:
        os.fchmod(handle.fileno(), PRIVATE_FILE_MODE)  # a file that existed keeps no old mode
        handle.write(data)
    return path


def create_private_file(path: Path) -> Path:
    """Create an empty 0600 file (or make an existing one 0600), for files a library then fills."""
    make_private_dir(path.parent)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE)
    try:
        os.fchmod(descriptor, PRIVATE_FILE_MODE)
    finally:
        os.close(descriptor)
    return path


def tighten_tree(root: Path) -> int:
    """Make every folder under root (root too) 0700 and every file 0600; return how many changed.

    Symbolic links are left alone, and so are files of other users (chmod would fail anyway).
    """
    if not root.is_dir():
        return 0
    changed = 0
    for folder, folders, files in os.walk(root):
        entries = [(Path(folder), PRIVATE_DIR_MODE)]
        entries += [(Path(folder) / name, PRIVATE_FILE_MODE) for name in files]
        changed += sum(_tighten(path, mode) for path, mode in entries)
        folders[:] = [name for name in folders if not (Path(folder) / name).is_symlink()]
    return changed


def tighten_data_tree(root: Path) -> int:
    """Make what the kiosk keeps in its data folder private: the folder, the database and its
    side files, voucher.key, and the printed/, exports/, backups/, imports/ and logs/ trees.
    Other things a shop put there (images, terms) keep their modes, and a data folder that is
    the home folder keeps its own. Returns how many entries changed."""
    if not root.is_dir():
        return 0
    changed = 0
    if root.resolve() != Path.home().resolve():
        changed += _tighten(root, PRIVATE_DIR_MODE)
    for entry in root.iterdir():
        if entry.name in KEPT_TREES and entry.is_dir() and not entry.is_symlink():
            changed += tighten_tree(entry)
        elif entry.name.startswith(KEPT_FILE_PREFIXES) and entry.is_file():
            changed += _tighten(entry, PRIVATE_FILE_MODE)
    return changed


KEPT_TREES = ("printed", "exports", "backups", "imports", "logs")
KEPT_FILE_PREFIXES = ("kiosk.db", "voucher.key", ".voucher-key-")


def _tighten(path: Path, mode: int) -> int:
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            return 0
        if stat.S_IMODE(info.st_mode) != mode:
            os.chmod(path, mode)
            return 1
    except OSError:
        return 0
    return 0


def loose_permissions(path: Path) -> bool:
    """True when a file can be read or written by its group or by others."""
    try:
        return bool(stat.S_IMODE(path.stat().st_mode) & 0o077)
    except OSError:
        return False


def _inside_data_dir(path: Path) -> bool:
    try:
        Path(path).resolve().relative_to(data_dir().resolve())
    except (ValueError, OSError):
        return False
    return True

"""Old previews and exports age out: now, and again while the kiosk keeps running."""

from __future__ import annotations

import os
import time
from pathlib import Path

from kiosk.private_files import clean_old_files


def _aged(path: Path, days: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    moment = time.time() - days * 86_400
    os.utime(path, (moment, moment))
    return path


def test_only_old_previews_and_exports_go(tmp_path: Path) -> None:
    old = [_aged(tmp_path / "printed" / "a.png", 8), _aged(tmp_path / "exports" / "b.csv", 8)]
    kept = [
        _aged(tmp_path / "printed" / "c.png", 6),
        _aged(tmp_path / "kiosk.db", 100),  # the database is no export
        _aged(tmp_path / "backups" / "old.db", 100),  # backups are the shop's to rotate
        _aged(tmp_path / "exports" / "notes.txt", 100),  # not a file the kiosk writes
    ]
    assert sorted(clean_old_files(tmp_path, 7)) == sorted(old)
    assert [p.exists() for p in old] == [False, False]
    assert all(p.exists() for p in kept)



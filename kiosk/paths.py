"""Where the kiosk keeps its files: the platform's user data folder unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "loyalty-kiosk"


def data_dir() -> Path:
    """The data directory (KIOSK_DATA_DIR overrides the platform default)."""
    override = os.environ.get("KIOSK_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))

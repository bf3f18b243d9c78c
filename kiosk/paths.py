"""Where the kiosk keeps its files: the platform's user data folder unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "loyalty-kiosk"


def data_dir() -> Path:
    """The data directory (KIOSK_DATA_DIR overrides the platform default)."""
    override = os.environ.get("KIOSK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir  # not needed (nor imported) when the folder is given

    return Path(user_data_dir(APP_NAME, appauthor=False))

"""Where the configuration file is: --config, KIOSK_CONFIG, else the platform's config folder."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.paths import APP_NAME

CONFIG_NAME = "kiosk.toml"


def user_config_file() -> Path:
    """The file `setup` writes when no path is given, e.g. ~/.config/loyalty-kiosk/kiosk.toml."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / CONFIG_NAME


def given_config_path(option: str | None) -> str | None:
    """The path named by --config or KIOSK_CONFIG, or None when neither names one."""
    return option or os.environ.get("KIOSK_CONFIG") or None


def setup_target(option: str | None) -> Path:
    """The file `setup` writes: the path given, else the user's config folder."""
    given = given_config_path(option)
    return Path(given) if given else user_config_file()


def config_to_load(option: str | None) -> str | None:
    """The file the kiosk loads: the path given (even when it is missing, so the mistake is
    reported), else the file `setup` wrote in the user's config folder if there is one, else
    None (the built-in defaults: the demo)."""
    given = given_config_path(option)
    if given:
        return given
    found = user_config_file()
    return str(found) if found.is_file() else None


def first_start_pending(option: str | None) -> bool:
    """True when a configuration path is given but its file does not exist yet (the installed
    kiosk before anyone set it up): the kiosk then shows the set-up screens."""
    given = given_config_path(option)
    return bool(given) and not Path(given).exists()

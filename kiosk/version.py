"""The running program's version: kiosk.__version__ when set, else the installed project's."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import kiosk

DISTRIBUTION = "loyalty-kiosk"


def program_version() -> str:
    """The program's version ("unknown" when run from a bare source copy)."""
    own = getattr(kiosk, "__version__", None)
    if isinstance(own, str) and own:
        return own
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return "unknown"

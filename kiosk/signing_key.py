"""The voucher signing secret: kept in a file outside the database, created on first use."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from kiosk.errors import ConfigError

SECRET_BYTES = 32
ENV_SECRET = "KIOSK_VOUCHER_SECRET"


def load_secret(path: Path) -> bytes:
    """Read the secret (KIOSK_VOUCHER_SECRET wins); create the file with 0600 if it is missing."""
    from_env = os.environ.get(ENV_SECRET)
    if from_env:
        if len(from_env) < 16:
            raise ConfigError(f"{ENV_SECRET} must be at least 16 characters long.")
        return from_env.encode("utf-8")
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = secrets.token_hex(SECRET_BYTES)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(text + "\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the voucher secret: {exc}") from None
    if len(text) < 32:
        raise ConfigError(f"{path}: the voucher secret is too short (32 characters at least).")
    return text.encode("ascii")

"""The voucher signing secret: a file outside the database (created once), checked against the
fingerprint the database keeps so a kiosk of a chain never signs with a key of its own."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import secrets
import stat
import tempfile
from pathlib import Path

import peewee

from db.database import database_proxy
from db.models import ChainSetting
from kiosk.config import Config
from kiosk.errors import ConfigError
from kiosk.paths import data_dir, loose_permissions, make_private_dir

SECRET_BYTES = 32
ENV_SECRET = "KIOSK_VOUCHER_SECRET"
MIN_ENV_CHARS = 16
MIN_FILE_CHARS = 32
MIN_DISTINCT = 6  # a random hex secret of 16 characters has fewer with a chance of 1 in 40,000
FINGERPRINT_SETTING = "voucher_key_fingerprint"
FINGERPRINT_LABEL = b"kiosk voucher key fingerprint v1"

log = logging.getLogger("kiosk")


def weakness(secret: bytes, minimum: int) -> str | None:
    """Why a secret is too weak to sign vouchers with, or None when it will do."""
    if len(secret) < minimum:
        return f"too short ({minimum} characters at least)"
    if len(set(secret)) < MIN_DISTINCT:
        return f"too simple (it needs {MIN_DISTINCT} different characters at least)"
    return None


def fingerprint(secret: bytes) -> str:
    """An HMAC of a fixed label under the secret: tells keys apart, reveals nothing of them."""
    return hmac.new(secret, FINGERPRINT_LABEL, hashlib.sha256).hexdigest()


def _write_new_secret(path: Path) -> None:
    """Create the secret file atomically: a complete temporary file linked into place, so a
    process starting at the same moment reads either no file or the whole key, never a part."""
    make_private_dir(path.parent)
    descriptor, temporary = tempfile.mkstemp(prefix=".voucher-key-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(secrets.token_hex(SECRET_BYTES) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        with contextlib.suppress(FileExistsError):  # another process was first: use its key
            os.link(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def recorded_fingerprint() -> str | None:
    """The fingerprint this database keeps, or None (none yet, or no table yet)."""
    try:
        row = ChainSetting.get_or_none(ChainSetting.name == FINGERPRINT_SETTING)
    except (peewee.ProgrammingError, peewee.OperationalError):
        return None  # a database without the table: the schema check speaks about it next
    return row.value if row is not None else None


def load_secret(path: Path, configured: bool = False) -> bytes:
    """Read the secret: KIOSK_VOUCHER_SECRET wins, then the file.

    A configured file that is missing is an error; the default file is created (0600) only
    while the database knows no key yet, since a new key would not match the shop's vouchers.
    """
    from_env = os.environ.get(ENV_SECRET)
    if from_env:
        problem = weakness(from_env.encode("utf-8"), MIN_ENV_CHARS)
        if problem:
            raise ConfigError(f"{ENV_SECRET} is {problem}; use a long random value.")
        return from_env.encode("utf-8")
    if not path.exists():
        if configured:
            raise ConfigError(
                f"The voucher key file {path} (security.voucher_secret_file) does not exist. "
                "Copy voucher.key from a kiosk of this shop to that path, or correct the setting."
            )
        if recorded_fingerprint() is not None:
            raise ConfigError(
                f"This kiosk has no voucher key ({path}) but the database already has vouchers "
                f"signed with one. Copy voucher.key from the data folder of a kiosk using this "
                f"database to {path}, then start again."
            )
        _write_new_secret(path)
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the voucher secret: {exc}") from None
    problem = key_file_warning(path)
    if problem:
        log.warning("%s", problem)
    problem = weakness(text.encode("ascii"), MIN_FILE_CHARS)
    if problem:
        raise ConfigError(f"{path}: the voucher secret is {problem}.")
    return text.encode("ascii")


def key_file_warning(path: Path) -> str | None:
    """A warning when the key file can be read by its group or others (anyone who reads it can
    sign vouchers), or None. Only the file in use counts: not when KIOSK_VOUCHER_SECRET is set."""
    if os.environ.get(ENV_SECRET) or not loose_permissions(path):
        return None
    mode = stat.S_IMODE(path.stat().st_mode)
    return (
        f"The voucher key {path} can be read by other users (mode {mode:04o}): anyone who reads "
        f"it can make vouchers. Run: chmod 600 {path}"
    )


def check_voucher_key(secret: bytes, where: str) -> None:
    """Record the key's fingerprint at first use; refuse a key the database does not know.

    where names the key's source for the message (a file path or the environment variable).
    """
    mine = fingerprint(secret)
    known = recorded_fingerprint()
    if known is None:
        try:
            with database_proxy.atomic():
                ChainSetting.create(name=FINGERPRINT_SETTING, value=mine)
            return
        except peewee.IntegrityError:  # another kiosk recorded its key at the same moment
            known = recorded_fingerprint()
    if known is not None and not hmac.compare_digest(known, mine):
        raise ConfigError(
            f"This kiosk's voucher key ({where}, fingerprint {mine[:12]}) is not the key this "
            f"database's vouchers are signed with (fingerprint {known[:12]}). Copy voucher.key "
            f"from the data folder of a kiosk already using this database to {where} (or set "
            f"{ENV_SECRET} to the same secret), then start again."
        )


def voucher_key_path(config: Config) -> Path:
    """security.voucher_secret_file, else voucher.key in the data folder."""
    setting = config.security.voucher_secret_file
    return Path(setting) if setting else data_dir() / "voucher.key"


def secret_source(path: Path) -> str:
    """Where the secret in use comes from, for messages."""
    return ENV_SECRET if os.environ.get(ENV_SECRET) else str(path)

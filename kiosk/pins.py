"""Customer PINs for phone look-up: 4 to 6 digits, stored only as a salted scrypt hash."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from kiosk.errors import InvalidInput

MIN_DIGITS = 4
MAX_DIGITS = 6
DIGITS = frozenset("0123456789")

# About 40 ms per hash on a desktop CPU, 16 MiB of memory. A PIN has at most a million values,
# so the hash only slows down someone holding a copy of the database; at the kiosk the attempt
# limit (security.max_pin_attempts) is what protects an account.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
SCHEME = "scrypt"
MAX_MEMORY = 64 * 1024 * 1024


def check_pin_format(pin: str) -> str:
    """Return the PIN if it is 4 to 6 digits, else raise InvalidInput (reason pin_invalid)."""
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS or not set(pin) <= DIGITS:
        raise InvalidInput(f"A PIN is {MIN_DIGITS} to {MAX_DIGITS} digits.", reason="pin_invalid")
    return pin


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=MAX_MEMORY, dklen=length
    )


def hash_pin(pin: str) -> str:
    """Hash a well-formed PIN as 'scrypt$n$r$p$salt_hex$hash_hex' with a random salt."""
    pin = check_pin_format(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Tell whether the PIN matches a hash made by hash_pin; a malformed hash matches nothing."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return False
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt, expected = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
    except ValueError:
        return False
    if not (1 < n <= 2**20 and 0 < r <= 32 and 0 < p <= 16 and salt and expected):
        return False
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS or not set(pin) <= DIGITS:
        return False
    try:
        digest = _derive(pin, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest, expected)


_DECOY_SALT = bytes(SALT_BYTES)


def spend_verify_time(pin: str) -> None:
    """Do the work of one PIN check and throw it away.

    An answer for an unknown phone number (or an account without a PIN) then takes as long as a
    wrong PIN does, so the time of the reply does not tell a registered number from another.
    """
    candidate = pin if MIN_DIGITS <= len(pin) <= MAX_DIGITS and set(pin) <= DIGITS else "0000"
    _derive(candidate, _DECOY_SALT, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)

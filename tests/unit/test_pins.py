"""PINs: 4 to 6 digits, stored as a salted scrypt hash with its parameters, compared safely."""

from __future__ import annotations

import pytest

from kiosk.errors import InvalidInput
from kiosk.pins import SCRYPT_N, check_pin_format, hash_pin, verify_pin


@pytest.mark.parametrize("pin", ["1234", "00000", "987654"])
def test_good_pins_pass_the_format_check(pin: str) -> None:
    assert check_pin_format(pin) == pin


@pytest.mark.parametrize("pin", ["", "123", "1234567", "12a4", "12 34", " 1234", "١٢٣٤", "1234\n"])
def test_bad_pins_are_refused_with_a_reason(pin: str) -> None:
    with pytest.raises(InvalidInput, match="4 to 6 digits") as caught:
        check_pin_format(pin)
    assert caught.value.reason == "pin_invalid"


def test_a_hash_carries_its_parameters_and_a_fresh_salt() -> None:
    first, second = hash_pin("1234"), hash_pin("1234")
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", SCRYPT_N, 8, 1)
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(digest)) == 32
    assert first != second  # a new salt each time
    assert len(first) <= 200  # fits Member.pin_hash
    assert "1234" not in first.split("$", 4)[-1].replace(salt, "")


def test_verify_accepts_only_the_right_pin() -> None:
    stored = hash_pin("2468")
    assert verify_pin("2468", stored)
    for wrong in ("2469", "24680", "8642", "", "abcd"):
        assert not verify_pin(wrong, stored)


def test_verify_reads_the_parameters_from_the_stored_string() -> None:
    import hashlib

    salt = bytes(range(16))
    digest = hashlib.scrypt(b"55555", salt=salt, n=1024, r=4, p=1, dklen=24)
    stored = f"scrypt$1024$4$1${salt.hex()}${digest.hex()}"
    assert verify_pin("55555", stored) and not verify_pin("55556", stored)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain-1234",
        "bcrypt$1$2$3$00$00",
        "scrypt$16384$8$1$zz$00",
        "scrypt$x$8$1$00$00",
        "scrypt$16384$8$1$$",
        "scrypt$3$8$1$0011$0011",  # n not a power of two: scrypt itself refuses
        "scrypt$1073741824$8$1$0011$0011",  # absurd cost: refused before any work
    ],
)
def test_a_malformed_hash_matches_nothing(stored: str) -> None:
    assert not verify_pin("1234", stored)
